import { css } from 'lit';

/** Buttons and focus rings shared by the elements (one look, one place). */
export const controls = css`
  button {
    font: inherit;
    color: inherit;
    padding: 0.6rem 1.1rem;
    border-radius: 8px;
    border: 1px solid var(--fc-accent, #40e0d0);
    background: transparent;
    cursor: pointer;
  }
  button.primary {
    background: var(--fc-accent, #40e0d0);
    color: #062b28;
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--fc-focus, #ffd166);
    outline-offset: 2px;
  }
`;
