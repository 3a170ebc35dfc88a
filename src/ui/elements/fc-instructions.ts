import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { checkCues, type ExerciseSpec } from '../../coach/exercise';
import type { AccuracyPublication } from '../accuracy/accuracy-report';
import { evidenceFor, evidenceNote } from '../accuracy/evidence';
import { PUBLISHED } from '../accuracy/published';
// Types only: the demonstration (puppet, poses, drawing) is its own chunk, loaded below.
import type {} from '../../demo/fc-demo';

/** An exercise's instruction card: set-up, camera, the movement, the dosage, what is watched. */
@customElement('fc-instructions')
export class FcInstructions extends LitElement {
  static override styles = css`
    :host {
      display: block;
      line-height: 1.55;
    }
    h2 {
      margin: 0 0 0.25rem;
    }
    h3 {
      margin: 1rem 0 0.25rem;
      font-size: 1rem;
    }
    p,
    ol,
    ul {
      margin: 0.25rem 0;
    }
    .dosage {
      font-weight: 600;
      color: var(--fc-accent, #40e0d0);
    }
    .stop {
      border-left: 3px solid var(--fc-warn, #f5a524);
      padding-left: 0.75rem;
    }
    fc-demo {
      margin: 0.75rem 0 0.25rem;
      max-width: 34rem;
    }
    .unmeasured {
      opacity: 0.7;
      font-style: italic;
    }
    .evidence {
      font-size: 0.9em;
      opacity: 0.85;
    }
  `;

  @property({ attribute: false }) exercise!: ExerciseSpec;
  /** What the coach was checked on (the published eval results); the built-in ones unless a test gives others. */
  @property({ attribute: false }) publication: AccuracyPublication = PUBLISHED;
  /** The pose model whose results to quote; the first published (lite) when it has none. */
  @property() model: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The figure is a picture of the move, not the card's text: the card reads without it, so a
    // chunk that fails to load costs only the picture.
    import('../../demo/fc-demo').catch(() => undefined);
  }

  override render() {
    const { name, dosage, card, checks } = this.exercise;
    return html`
      <h2>${name}</h2>
      <p class="dosage">${dosage.text}</p>
      <fc-demo .exercise=${this.exercise}></fc-demo>
      <h3>${msg('Camera')}</h3>
      <p>${card.camera}</p>
      ${
        card.equipment.length > 0
          ? html`<h3>${msg('You need')}</h3>
              <p>${card.equipment.join('; ')}</p>`
          : nothing
      }
      <h3>${msg('How to do it')}</h3>
      <ol>
        ${card.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${
        card.feel
          ? html`<h3>${msg('What to feel')}</h3>
              <p>${card.feel}</p>`
          : nothing
      }
      <h3>${msg('What I watch for')}</h3>
      <ul>
        ${checks.map(
          (check) => html`
            <li>
              ${checkCues(check).join(' / ')}
              ${
                check.notMeasuredReason
                  ? html`<span class="unmeasured"
                      >${msg(str`— not measured from this view: ${check.notMeasuredReason}`)}</span
                    >`
                  : nothing
              }
            </li>
          `,
        )}
      </ul>
      ${this.renderEvidence()}
      ${card.stop ? html`<p class="stop">${card.stop} ${msg('This app is not medical advice.')}</p>` : nothing}
    `;
  }

  /**
   * A short note of what this exercise was checked on: real clips and photos, or synthetic
   * movement only — in words, so it reads the same without colour or sight.
   */
  private renderEvidence() {
    const found = evidenceFor(this.publication, this.exercise.id, this.model);
    if (!found) return nothing;
    return html`<p class="evidence">
      ${evidenceNote(found.evidence)} <a href="#accuracy">${msg('How accurate is it?')}</a>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-instructions': FcInstructions;
  }
}
