import { msg } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { fields } from '../styles';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../events';
import type { SpeechSettings } from '../voice/speech';
import { voiceOptions } from '../voice/voices';

/**
 * One switch to mute voice and beeps, eyes-free mode, the voice and its rate. Fires `fc-speech`
 * and `fc-eyes-free`.
 */
@customElement('fc-voice-settings')
export class FcVoiceSettings extends LitElement {
  static override styles = [
    fields,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        font-size: 0.95rem;
      }
      label {
        display: inline-flex;
        gap: 0.5rem;
        align-items: center;
      }
      select {
        /* Wide enough for "… — online: sends the spoken words to Google". */
        max-width: 28rem;
      }
    `,
  ];

  @property({ attribute: false }) settings!: SpeechSettings;
  @property({ attribute: false }) voices: readonly SpeechSynthesisVoice[] = [];
  @property({ type: Boolean }) available = true;
  /** Eyes-free mode: the voice also says the set-up guidance, a hold's seconds and the rest. */
  @property({ type: Boolean }) eyesFree = false;

  override render() {
    const { muted, voice, rate } = this.settings;
    return html`
      <label>
        <input
          type="checkbox"
          .checked=${muted}
          @change=${(e: Event) => this.change({ muted: (e.target as HTMLInputElement).checked })}
        />
        ${msg('Mute voice and beeps')}
      </label>
      <label>
        <input
          type="checkbox"
          .checked=${this.eyesFree}
          @change=${(e: Event) => emit(this, 'fc-eyes-free', { on: (e.target as HTMLInputElement).checked })}
        />
        ${msg('Eyes-free: say everything the screen shows')}
      </label>
      ${
        this.available
          ? html`
              ${
                this.voices.length > 0
                  ? html`<label>
                      ${msg('Voice')}
                      <select @change=${(e: Event) => this.change({ voice: (e.target as HTMLSelectElement).value })}>
                        ${voiceOptions(this.voices).map(
                          (option) =>
                            html`<option value=${option.value} ?selected=${option.value === voice}>
                              ${option.label}
                            </option>`,
                        )}
                      </select>
                    </label>`
                  : nothing
              }
              <label>
                ${msg('Speed')}
                <input
                  type="range"
                  min="0.6"
                  max="1.4"
                  step="0.1"
                  .value=${String(rate)}
                  aria-label=${msg('Speaking speed')}
                  @change=${(e: Event) => this.change({ rate: Number((e.target as HTMLInputElement).value) })}
                />
              </label>
            `
          : html`<span>${msg('This browser cannot speak: captions only.')}</span>`
      }
    `;
  }

  private change(change: Partial<SpeechSettings>): void {
    const settings = { ...this.settings, ...change };
    emit(this, 'fc-speech', { settings });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-voice-settings': FcVoiceSettings;
  }
}
