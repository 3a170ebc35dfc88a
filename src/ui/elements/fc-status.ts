import { msg, str } from '@lit/localize';
import { fixed } from '../fixed';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DetectorInfo } from '../../detection/detector-api';

/** One quiet line: which model runs where, and how fast. */
@customElement('fc-status')
export class FcStatus extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-size: 0.85rem;
      font-variant-numeric: tabular-nums;
      opacity: 0.8;
    }
  `;

  @property({ attribute: false }) info: DetectorInfo | null = null;
  @property({ type: Number }) fps = 0;
  @property({ type: Number }) inferenceMs = 0;

  override render() {
    const info = this.info;
    if (!info) return html``;
    const delegate = `${info.delegate} — ${info.delegateReason}`;
    return html`${msg(
      str`Model ${info.model} · ${delegate} · ${fixed(this.fps, 1)} fps analysed · ${fixed(this.inferenceMs, 0)} ms per frame`,
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-status': FcStatus;
  }
}
