import { msg } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LANGUAGE_CHOICES, LANGUAGE_NAMES, type LanguageChoice } from '../../i18n/languages';
import { sessionRunning } from '../../session/session-lock';
import { SettingsController } from '../controllers/settings-controller';
import { fields } from '../styles';

/**
 * The language menu: Automatic (the browser's language) or a language, each named in itself so a
 * person who cannot read the current one still finds theirs. Text held in module constants (cards,
 * cues) is read once at start-up, so a change saves the setting and reloads the page — never while
 * a set or session runs in this tab, where a reload would cut it short.
 */
@customElement('fc-language-picker')
export class FcLanguagePicker extends LitElement {
  static override styles = [
    fields,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem;
        font-size: 0.9rem;
      }
      label {
        display: inline-flex;
        align-items: baseline;
        gap: 0.4rem;
      }
      p {
        margin: 0;
        font-size: 0.85rem;
        opacity: 0.85;
      }
    `,
  ];

  /** A set runs on this page: the menu waits until it ends. */
  @property({ type: Boolean }) busy = false;
  /** Why a change was not applied (a session runs here). */
  @state() private refused = '';

  private readonly settings = new SettingsController(this);

  override render() {
    const choice = this.settings.value.language;
    // "Language" in English too, so a person lost in a language they cannot read finds the menu.
    const label = msg('Language');
    const both = label === 'Language' ? label : `${label} (Language)`;
    return html`
      <label>
        ${both}
        <select
          aria-label=${both}
          ?disabled=${this.busy}
          aria-describedby=${this.refused ? 'why' : nothing}
          title=${ifDefined(this.busy && !this.refused ? msg('The language can be changed once the set is finished.') : undefined)}
          @change=${this.onChange}
        >
          ${LANGUAGE_CHOICES.map(
            (value) =>
              html`<option
                value=${value}
                ?selected=${value === choice}
                lang=${ifDefined(value === 'auto' ? undefined : value)}
              >
                ${value === 'auto' ? msg('Automatic (browser)') : LANGUAGE_NAMES[value]}
              </option>`,
          )}
        </select>
      </label>
      ${
        // Only a refusal is news to announce. During a set the reason the menu waits is its
        // tooltip, and so its description (aria-label names it): a line of header text through
        // every set would only compete with the coach's own status.
        this.refused ? html`<p id="why" role="status">${this.refused}</p>` : nothing
      }
    `;
  }

  private onChange = async (event: Event): Promise<void> => {
    const select = event.target as HTMLSelectElement;
    const language = select.value as LanguageChoice;
    const running = await sessionRunning().catch(() => null);
    if (this.busy || running?.where === 'here') {
      select.value = this.settings.value.language;
      this.refused = msg('The language can be changed once the session is finished.');
      return;
    }
    this.refused = '';
    this.settings.update({ language });
    location.reload();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-language-picker': FcLanguagePicker;
  }
}
