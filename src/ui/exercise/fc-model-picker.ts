import { msg } from '@lit/localize';
import { formatNumber } from '../../i18n/format';
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { MODEL_VARIANTS, type ModelVariant } from '../../detection/detector-api';
import { MODEL_SIZES_MB } from '../../detection/model-assets';
import { SettingsController } from '../controllers/settings-controller';
import { emit } from '../events';
import { settingStyles } from './fc-exercise-flow.styles';

const MODEL_LABELS: Record<ModelVariant, string> = {
  lite: msg('Lite — fastest'),
  full: msg('Full — more accurate'),
  heavy: msg('Heavy — most accurate, slow'),
};

/**
 * The pose model and "lighter when slow", read from and saved to the person's settings. Fires
 * `fc-model` when the person picks a model (a running camera switches to it at once).
 */
@customElement('fc-model-picker')
export class FcModelPicker extends LitElement {
  static override styles = [
    settingStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  private readonly settings = new SettingsController(this);

  override render() {
    const { model, adaptModel } = this.settings.value;
    return html`
      <label>
        ${msg('Pose model')}
        <select @change=${this.onModelChange} aria-label=${msg('Pose model')}>
          ${MODEL_VARIANTS.map(
            (variant) => html`
              <option value=${variant} ?selected=${variant === model}>
                ${MODEL_LABELS[variant]} (${formatNumber(MODEL_SIZES_MB[variant], 1)} MB)
              </option>
            `,
          )}
        </select>
      </label>
      <label title=${msg('When analysis runs under 15 frames a second, use a lighter model, then a smaller picture')}>
        <input
          type="checkbox"
          .checked=${adaptModel}
          @change=${(event: Event) => this.settings.update({ adaptModel: (event.target as HTMLInputElement).checked })}
        />
        ${msg('Lighter when slow')}
      </label>
    `;
  }

  private onModelChange = (event: Event): void => {
    const model = (event.target as HTMLSelectElement).value as ModelVariant;
    this.settings.update({ model });
    emit(this, 'fc-model', { model });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-model-picker': FcModelPicker;
  }
}
