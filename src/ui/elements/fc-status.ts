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
    span + span::before {
      content: ' · ';
      opacity: 0.6;
    }
  `;

  @property({ attribute: false }) info: DetectorInfo | null = null;
  @property({ type: Number }) fps = 0;
  @property({ type: Number }) inferenceMs = 0;

  override render() {
    const info = this.info;
    if (!info) return html``;
    return html`
      <span>Model ${info.model}</span>
      <span title=${info.delegateReason}>${info.delegate === 'GPU' ? 'GPU' : 'CPU'} (${info.delegateReason})</span>
      <span>${this.fps.toFixed(1)} fps analysed</span>
      <span>${this.inferenceMs.toFixed(0)} ms per frame</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-status': FcStatus;
  }
}
