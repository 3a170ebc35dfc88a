import { msg, str } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LIMITS } from '../../session/schema';
import { emit } from '../events';

/** A 0–10 pain rating as eleven radio buttons (keyboard: arrows). Fires `fc-rating`. */
@customElement('fc-pain-rating')
export class FcPainRating extends LitElement {
  static override styles = css`
    fieldset {
      border: 1px solid rgb(255 255 255 / 15%);
      border-radius: 8px;
      margin: 1rem 0;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
    }
    label {
      display: inline-grid;
      place-items: center;
      min-width: 2.4rem;
      padding: 0.35rem 0;
      border-radius: 6px;
      border: 1px solid rgb(255 255 255 / 25%);
      cursor: pointer;
      font-variant-numeric: tabular-nums;
    }
    input {
      position: absolute;
      opacity: 0;
    }
    label:has(input:checked) {
      background: var(--fc-accent, #40e0d0);
      color: #062b28;
      font-weight: 700;
    }
    label:has(input:focus-visible) {
      outline: 3px solid var(--fc-focus, #ffd166);
      outline-offset: 2px;
    }
  `;

  @property() label = msg('Pain, 0 to 10');
  @property({ type: Number }) value: number | null = null;

  override render() {
    return html`
      <fieldset>
        <legend>${this.label}</legend>
        <div class="scale" role="radiogroup" aria-label=${this.label}>
          ${Array.from(
            // The scale history keeps and the backup checks: one number per step.
            { length: LIMITS.pain.max - LIMITS.pain.min + 1 },
            (_, step) => LIMITS.pain.min + step,
          ).map(
            (rating) => html`
              <label>
                <input
                  type="radio"
                  name="pain"
                  .value=${String(rating)}
                  .checked=${this.value === rating}
                  aria-label=${msg(str`Pain ${rating} of ${LIMITS.pain.max}`)}
                  @change=${() => this.pick(rating)}
                />
                ${rating}
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private pick(value: number): void {
    this.value = value;
    emit(this, 'fc-rating', { value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-pain-rating': FcPainRating;
  }
}
