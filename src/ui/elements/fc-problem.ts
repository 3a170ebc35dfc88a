import { msg } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../events';
import { ACTION_LABELS, type Problem, type ProblemAction } from '../problems';

/** A problem said plainly, with the actions that can fix it. Fires `fc-action`. */
@customElement('fc-problem')
export class FcProblem extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 36rem;
      margin: 0 auto;
      padding: 1.5rem;
      border-radius: var(--fc-radius, 12px);
      background: var(--fc-surface, #1d2430);
      border-left: 4px solid var(--fc-warn, #f5a524);
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    p {
      margin: 0 0 1rem;
      line-height: 1.5;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    button {
      font: inherit;
      padding: 0.55rem 1rem;
      border-radius: 8px;
      border: 1px solid var(--fc-accent, #40e0d0);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    button.primary {
      background: var(--fc-accent, #40e0d0);
      color: #062b28;
    }
    button:focus-visible {
      outline: 3px solid var(--fc-focus, #ffd166);
      outline-offset: 2px;
    }
    details {
      margin-top: 1rem;
      font-size: 0.85rem;
      opacity: 0.75;
    }
  `;

  @property({ attribute: false }) problem!: Problem;

  override render() {
    const { title, detail, actions, technical } = this.problem;
    return html`
      <section role="alert" aria-labelledby="title">
        <h2 id="title">${title}</h2>
        <p>${detail}</p>
        <div class="actions">
          ${actions.map(
            (action, index) => html`
              <button class=${index === 0 ? 'primary' : ''} @click=${() => this.act(action)}>
                ${ACTION_LABELS[action]}
              </button>
            `,
          )}
        </div>
        ${
          technical
            ? html`<details>
                <summary>${msg('Details')}</summary>
                <code>${technical}</code>
              </details>`
            : ''
        }
      </section>
    `;
  }

  private act(action: ProblemAction): void {
    emit(this, 'fc-action', { action });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-problem': FcProblem;
  }
}
