import { css } from 'lit';

/** The selects and labelled switches beside the buttons (the flow's and the model picker's). */
export const settingStyles = css`
  select {
    font: inherit;
    color: inherit;
    padding: 0.5rem 0.75rem;
    border-radius: 8px;
    border: 1px solid var(--fc-accent, #40e0d0);
    background: var(--fc-surface, #1d2430);
    /* A long camera name (or large text) shortens the menu rather than widening the page. */
    min-width: 0;
    max-width: 100%;
    text-overflow: ellipsis;
  }
  label {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    max-width: 100%;
  }
`;

/** The single-exercise flow's layout: the intro, the set-up page, the session and its status. */
export const flowStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .intro {
    max-width: 42rem;
    padding: 1rem 0;
  }
  .intro h2 {
    font-size: 1.8rem;
    margin: 0 0 0.5rem;
  }
  .intro p {
    margin: 0;
    line-height: 1.6;
    opacity: 0.85;
  }
  /*
   * The card beside its buttons; with large text (or a narrow window) the buttons go below it,
   * rather than squeezing the card to a word a line.
   */
  .chosen {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5rem;
    align-items: start;
  }
  .chosen > :first-child {
    flex: 1 1 24rem;
    max-width: 42rem;
  }
  .chosen > :last-child {
    flex: 0 1 auto;
    min-width: 0;
  }
  .buttons,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin: 1rem 0;
  }
  .quiet {
    font-size: 0.9rem;
    opacity: 0.75;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: 0.75rem;
    text-align: center;
    background: rgb(0 0 0 / 55%);
  }
  progress {
    width: min(24rem, 70vw);
    accent-color: var(--fc-accent, #40e0d0);
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-top: 0.5rem;
  }
  /* Where a photo places the person: the answer the person opened the photo for. */
  .verdict {
    margin: 0.6rem 0 0;
    font-size: 1.15rem;
    font-weight: 600;
  }
  .notice {
    flex-basis: 100%;
    margin: 0;
    padding: 0.4rem 0.6rem;
    border-left: 3px solid var(--accent, #2b6cb0);
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  fc-problem,
  fc-summary {
    margin: 1.5rem 0;
  }
  details {
    margin-top: 2rem;
    opacity: 0.85;
  }
  input[type='file'] {
    display: none;
  }
`;
