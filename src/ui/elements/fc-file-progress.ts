import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../events';
import { timeLeftText, type FileProgress } from '../time-left';

/**
 * A file's analysis: a bar with frames done of the total, the time left and Cancel (which keeps
 * what was analysed), then how the file was read, and where the analysis stopped when the file
 * broke off or stopped decoding part-way. Fires `fc-cancel`.
 */
@customElement('fc-file-progress')
export class FcFileProgress extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-top: 0.75rem;
      font-variant-numeric: tabular-nums;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .path {
      margin: 0.25rem 0 0;
      font-size: 0.85rem;
      opacity: 0.8;
    }
    .stopped {
      margin: 0.5rem 0 0;
      padding: 0.4rem 0.6rem;
      border-left: 3px solid var(--fc-focus, #ffd166);
      background: color-mix(in srgb, currentColor 6%, transparent);
    }
  `;

  /** The analysis while it runs; null once it has finished or stopped. */
  @property({ attribute: false }) progress: FileProgress | null = null;
  /** How the file is read (“Decoded with WebCodecs”, …); empty before it is known. */
  @property() decodedWith = '';
  /** Where and why the analysis stopped before the video's end; empty when it did not. */
  @property() stoppedEarly = '';

  override render() {
    const progress = this.progress;
    return html`
      ${
        progress
          ? html`<div class="bar">
              <progress
                aria-label=${msg('Analysing the video')}
                max=${progress.total}
                value=${progress.done}
              ></progress>
              <span
                >${msg(str`Analysing frame ${progress.done} of ${progress.total}`)}${timeLeftText(
                  progress,
                  performance.now(),
                )}</span
              >
              <button @click=${this.cancel}>${msg('Cancel')}</button>
            </div>`
          : nothing
      }
      ${this.stoppedEarly ? html`<p class="stopped" role="alert">${this.stoppedEarly}</p>` : nothing}
      ${this.decodedWith ? html`<p class="path">${this.decodedWith}</p>` : nothing}
    `;
  }

  private cancel = (): void => {
    emit(this, 'fc-cancel', null);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-file-progress': FcFileProgress;
  }
}
