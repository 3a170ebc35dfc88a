import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { detectorContext, type DetectorService } from './detector-service';

/**
 * What the page's detector service did by itself (a pose model restarted after a crash, a hang or
 * a GPU reset), said once, briefly, whichever flow is on screen.
 */
@customElement('fc-detector-notice')
export class FcDetectorNotice extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    p {
      margin: 0.5rem 0;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid #2f6fb3;
      background: #eef4fb;
      color: #123;
    }
  `;

  private unsubscribe: (() => void) | null = null;
  private readonly service = new ContextConsumer(this, {
    context: detectorContext,
    subscribe: false,
    callback: (service) => this.listen(service),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.service.value) this.listen(this.service.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  override render() {
    const notice = this.service.value?.notice ?? '';
    // Always present, so that screen readers announce the sentence when it appears.
    // The live region is always there (a region added with its text is not reliably announced);
    // it takes the status role only while it says something, so the page has one status line
    // the rest of the time.
    return html`<div aria-live="polite">${notice ? html`<p role="status">${notice}</p>` : nothing}</div>`;
  }

  private listen(service: DetectorService): void {
    this.unsubscribe?.();
    this.unsubscribe = service.subscribe(() => this.requestUpdate());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-detector-notice': FcDetectorNotice;
  }
}
