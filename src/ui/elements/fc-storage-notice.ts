import { msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { storageNotice, type StorageFacts } from '../../session/storage-health';
import { openStore, storeError, type StoreProblem } from '../../session/store';
import { pageSettings } from '../settings/settings-store';

/** What this page's notice has told the person about the database (said once, here). */
const told = new Set<StoreProblem>();

/**
 * Whether the person was told of `problem` when the app opened: then a failed save need not say it
 * again at every rep. A problem that arises later (storage refused mid-set) was not told, and the
 * place that met it says so.
 */
export const storageProblemTold = (problem: StoreProblem): boolean => told.has(problem);

/**
 * The one sentence about storage, said once when the app opens, whichever page is on screen:
 * storage blocked (the app works without history), the history held by another tab or a newer
 * version, or storage that may not outlive the window. Dismissed, it stays away for the page's
 * lifetime (where storage is blocked there is nowhere to remember more). Asks the browser nothing
 * that prompts the person (see storageNotice for the rule).
 */
@customElement('fc-storage-notice')
export class FcStorageNotice extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    div {
      display: flex;
      align-items: baseline;
      gap: 1rem;
      margin: 0.5rem 0;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid #b37a2f;
      background: #fbf4ea;
      color: #221a0f;
    }
    p {
      margin: 0;
      flex: 1;
    }
  `;

  @state() private notice: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void gatherFacts().then((facts) => {
      this.notice = storageNotice(facts);
      if (this.notice && facts.database !== 'ok') told.add(facts.database);
      // Said or not, the check is over: browser tests wait for this before asserting silence.
      this.toggleAttribute('checked', true);
    });
  }

  override render() {
    if (!this.notice) return nothing;
    return html`<div role="status">
      <p>${this.notice}</p>
      <button @click=${() => (this.notice = null)}>${msg('Dismiss')}</button>
    </div>`;
  }
}

/** What the browser says about this site's storage; any failure to answer counts as unknown. */
async function gatherFacts(): Promise<StorageFacts> {
  const manager = (navigator as { storage?: StorageManager }).storage;
  const [database, persisted, quotaBytes] = await Promise.all([
    openStore().then(
      (db) => {
        db.close();
        return 'ok' as const;
      },
      (error: unknown) => storeError(error).problem,
    ),
    manager ? manager.persisted().catch(() => null) : null,
    manager
      ? manager.estimate().then(
          (estimate) => estimate.quota ?? null,
          () => null,
        )
      : null,
  ]);
  return { database, settingsKept: pageSettings().persistent, persisted, quotaBytes };
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-storage-notice': FcStorageNotice;
  }
}
