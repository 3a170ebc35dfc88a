import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { emit, type FcEvent } from '../events';
import type { Advice } from '../../session/advice';
import { NOT_MEDICAL_ADVICE, readiness, STOP_ON_PAIN } from '../../session/safety';
import { SettingsController } from '../controllers/settings-controller';
import { controls } from '../styles';
import './fc-pain-rating';

/**
 * Before a session: the plain statement that this is not medical advice (until acknowledged
 * once), two questions that stop a start with severe pain or a fresh injury, and a 0–10 pain
 * rating; and, when history suggests it, easing off or doing a little more today — offered beside
 * the usual plan, never chosen for the person. Fires `fc-ready` (detail: the rating, and the
 * suggested items if taken) or `fc-cancel`.
 */
@customElement('fc-readiness')
export class FcReadiness extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        max-width: 42rem;
        line-height: 1.55;
      }
      .statement {
        border-left: 4px solid var(--fc-warn, #f5a524);
        padding: 0.5rem 1rem;
        background: var(--fc-surface, #1d2430);
        border-radius: 0 8px 8px 0;
      }
      fieldset {
        border: 1px solid rgb(255 255 255 / 15%);
        border-radius: 8px;
        margin: 1rem 0;
      }
      label {
        display: flex;
        gap: 0.5rem;
        align-items: baseline;
        margin: 0.35rem 0;
      }
      .advice {
        border-left: 4px solid var(--fc-warn, #f5a524);
        padding: 0.5rem 1rem;
      }
      .suggestion {
        border: 1px solid rgb(255 255 255 / 18%);
        border-radius: 8px;
        padding: 0.25rem 1rem 0.75rem;
        margin: 1rem 0;
      }
      .suggestion h3 {
        margin: 0.5rem 0 0.25rem;
        font-size: 1.05rem;
      }
      .buttons {
        display: flex;
        gap: 0.75rem;
        flex-wrap: wrap;
      }
    `,
  ];

  @property() routineName = '';
  /** A change history suggests for today's session (adviseNext), or null. */
  @property({ attribute: false }) advice: Advice | null = null;
  private readonly settings = new SettingsController(this);
  @state() private severePain = false;
  @state() private recentInjury = false;
  @state() private pain: number | null = null;

  override render() {
    if (!this.settings.value.acknowledgedNotMedicalAdvice) {
      return html`
        <h2>${msg('Before you start')}</h2>
        <p class="statement" role="note">${NOT_MEDICAL_ADVICE}</p>
        <p>${STOP_ON_PAIN}</p>
        <button class="primary" @click=${() => void this.acknowledge()}>${msg('I understand')}</button>
      `;
    }
    const verdict = readiness({ severePain: this.severePain, recentInjury: this.recentInjury });
    return html`
      <h2>${msg(str`${this.routineName}: a quick check`)}</h2>
      <fieldset>
        <legend>${msg('Right now…')}</legend>
        <label>
          <input type="checkbox" .checked=${this.severePain} @change=${(e: Event) => (this.severePain = checked(e))} />
          ${msg('I have severe pain in my neck, back or shoulders.')}
        </label>
        <label>
          <input
            type="checkbox"
            .checked=${this.recentInjury}
            @change=${(e: Event) => (this.recentInjury = checked(e))}
          />
          ${msg('I was injured recently and the pain, stiffness or swelling has not gone down yet.')}
        </label>
      </fieldset>
      ${
        verdict.ok
          ? html`
              <fc-pain-rating
                label=${msg('How much pain do you feel now? 0 is none, 10 the worst imaginable.')}
                .value=${this.pain}
                @fc-rating=${(e: FcEvent<'fc-rating'>) => (this.pain = e.detail.value)}
              ></fc-pain-rating>
              <p>${STOP_ON_PAIN}</p>
              ${this.renderSuggestion()}
              <div class="buttons">
                ${
                  this.advice
                    ? html`<button ?disabled=${this.pain === null} @click=${this.startSuggested}>
                          ${this.advice.kind === 'ease' ? msg('Start, easing off today') : msg('Start with a little more')}
                        </button>
                        <button ?disabled=${this.pain === null} @click=${this.start}>
                          ${msg('Start my usual plan')}
                        </button>`
                    : html`<button class="primary" ?disabled=${this.pain === null} @click=${this.start}>
                        ${msg('Start the session')}
                      </button>`
                }
                <button @click=${this.cancel}>${msg('Not now')}</button>
              </div>
            `
          : html`
              <p class="advice" role="alert">${verdict.advice}</p>
              <div class="buttons"><button @click=${this.cancel}>${msg('Back to routines')}</button></div>
            `
      }
      ${nothing}
    `;
  }

  private renderSuggestion() {
    const advice = this.advice;
    if (!advice) return nothing;
    return html`<section class="suggestion" aria-labelledby="suggestion">
      <h3 id="suggestion">
        ${advice.kind === 'ease' ? msg('A suggestion: ease off today') : msg('A suggestion: a little more today')}
      </h3>
      <p>${advice.why}</p>
      <ul>
        ${advice.changes.map((change) => html`<li>${change}</li>`)}
      </ul>
      <p>${msg('It is your choice: your usual plan is still there.')}</p>
    </section>`;
  }

  private startSuggested = (): void => {
    if (this.pain === null || !this.advice) return;
    emit(this, 'fc-ready', { painBefore: this.pain, items: this.advice.items });
  };

  private acknowledge = async (): Promise<void> => {
    this.settings.update({ acknowledgedNotMedicalAdvice: true });
    // The button pressed is gone: the questions' heading takes the focus, not the page's start.
    await this.updateComplete;
    const heading = this.renderRoot.querySelector('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };

  private start = (): void => {
    if (this.pain === null) return;
    emit(this, 'fc-ready', { painBefore: this.pain });
  };

  private cancel = (): void => {
    emit(this, 'fc-cancel', null);
  };
}

const checked = (event: Event): boolean => (event.target as HTMLInputElement).checked;

declare global {
  interface HTMLElementTagNameMap {
    'fc-readiness': FcReadiness;
  }
}
