import { msg } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../events';
import type { ExercisePhase, ExerciseSpec } from '../../coach/exercise';
import { controls } from '../styles';
// Types only: the stills are drawn by the demonstration chunk, loaded when the picker shows.
import type {} from '../../demo/fc-demo';

const PHASES: readonly { phase: ExercisePhase; title: string }[] = [
  { phase: 'warm-up', title: msg('Warm-up') },
  { phase: 'strength', title: msg('Strength') },
  { phase: 'cool-down', title: msg('Cool-down stretches') },
];

/** The exercises to choose from, by phase of a session. Fires `fc-select` (id null: just track). */
@customElement('fc-exercise-picker')
export class FcExercisePicker extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 1.25rem 0 0.5rem;
        font-size: 1rem;
        opacity: 0.8;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 0.75rem;
      }
      button {
        width: 100%;
        text-align: left;
        display: grid;
        gap: 0.25rem;
        padding: 0.9rem 1rem;
        border-color: rgb(255 255 255 / 15%);
        background: var(--fc-surface, #1d2430);
      }
      button:hover {
        border-color: var(--fc-accent, #40e0d0);
      }
      .name {
        font-weight: 600;
      }
      fc-demo {
        margin-bottom: 0.25rem;
      }
      .meta {
        font-size: 0.85rem;
        opacity: 0.75;
      }
      .track {
        margin-top: 1rem;
      }
      .track button {
        width: auto;
        background: transparent;
      }
    `,
  ];

  @property({ attribute: false }) exercises: readonly ExerciseSpec[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Without the chunk the picker is the list it always was; the stills are a scanning aid.
    import('../../demo/fc-demo').catch(() => undefined);
  }

  override render() {
    return html`
      ${PHASES.map(({ phase, title }) => {
        const list = this.exercises.filter((exercise) => exercise.phase === phase);
        if (list.length === 0) return '';
        return html`
          <h3>${title}</h3>
          <ul>
            ${list.map(
              (exercise) => html`
                <li>
                  <button @click=${() => this.select(exercise.id)} data-exercise=${exercise.id}>
                    <fc-demo mode="still" .exercise=${exercise}></fc-demo>
                    <span class="name">${exercise.name}</span>
                    <span class="meta">${exercise.dosage.text}</span>
                    <span class="meta"
                      >${exercise.view === 'side' ? msg('Side-on to the camera') : msg('Facing the camera')}</span
                    >
                  </button>
                </li>
              `,
            )}
          </ul>
        `;
      })}
      <div class="track">
        <button @click=${() => this.select(null)}>${msg('Just show my skeleton')}</button>
      </div>
    `;
  }

  private select(id: string | null): void {
    emit(this, 'fc-select', { id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-exercise-picker': FcExercisePicker;
  }
}
