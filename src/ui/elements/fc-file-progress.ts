import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../events';
import { timeLeftText, type FileProgress } from '../time-left';

/**
 * A file's analysis: a bar with frames done of the total, the time left and Cancel (which keeps
 * what was analysed), then how the file was read. Fires `fc-cancel`.
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
  `;

  /** The analysis while it runs; null once it has finished or stopped. */
  @property({ attribute: false }) progress: FileProgress | null = null;
  /** How the file is read (“Decoded with WebCodecs”, …); empty before it is known. */
  @property() decodedWith = '';

  override render() {
    const progress = this.progress;
    return html`
      ${
        progress
          ? html`<div class="bar">
              <progress aria-label="Analysing the video" max=${progress.total} value=${progress.done}></progress>
              <span
                >Analysing frame ${progress.done} of ${progress.total}${timeLeftText(progress, performance.now())}</span
              >
              <button @click=${this.cancel}>Cancel</button>
            </div>`
          : nothing
      }
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
