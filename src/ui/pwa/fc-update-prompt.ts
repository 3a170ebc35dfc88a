import { msg } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { controls } from '../styles';
import { watchServiceWorker, type ServiceWorkerState } from './register';

/**
 * "A new version of Form Coach is ready — reload": shown when the service worker has a new
 * version waiting. Never while a set runs (`busy`): the swap waits for the person, always.
 */
@customElement('fc-update-prompt')
export class FcUpdatePrompt extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      p {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin: 0 0 1rem;
        padding: 0.5rem 1rem;
        border-left: 4px solid var(--fc-accent, #40e0d0);
        background: var(--fc-surface, #1d2430);
        border-radius: 0 8px 8px 0;
      }
    `,
  ];

  /** A set or session is running: hold the prompt until it ends. */
  @property({ type: Boolean }) busy = false;
  @state() private sw: ServiceWorkerState = { update: null, offlineReady: false };
  @state() private dismissed = false;
  private unwatch: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatch = watchServiceWorker((sw) => (this.sw = sw));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
  }

  override render() {
    const update = this.sw.update;
    if (!update || this.busy || this.dismissed) return nothing;
    return html`<p role="status">
      ${msg('A new version of Form Coach is ready.')}
      <button class="primary" @click=${() => void update()}>${msg('Reload to update')}</button>
      <button @click=${() => (this.dismissed = true)}>${msg('Later')}</button>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-update-prompt': FcUpdatePrompt;
  }
}
