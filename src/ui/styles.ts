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

/** Text inputs and menus. */
export const fields = css`
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--fc-surface, #1d2430);
    border: 1px solid rgb(255 255 255 / 25%);
    border-radius: 6px;
    padding: 0.3rem 0.5rem;
  }
`;

/** Tables of figures: aligned digits, a rule under each row. */
export const tables = css`
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: left;
    padding: 0.35rem 1rem 0.35rem 0;
    border-bottom: 1px solid rgb(255 255 255 / 12%);
    vertical-align: top;
  }
`;
