import { msg, str } from '@lit/localize';
import { dateTime } from '../../i18n/dates';
import { plural } from '../../i18n/format';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { emit } from '../events';
import type { SessionRecord } from '../../session/session-summary';
import { singleExerciseOf } from '../../session/single-set';
import { runningText, sessionRunning, whenNoSession, whileNoSession, type Running } from '../../session/session-lock';
import { deleteSession, loadSessions, saveSession } from '../../session/store';
import { controls } from '../styles';

/**
 * A session left unfinished (the tab closed, the computer slept, a crash) is offered on the next
 * visit: resume it, keep it as it is, or throw it away. Fires `fc-resume` (detail: its id).
 *
 * Not while a session runs in another tab (it holds the session lock): that one is not unfinished
 * but under way, and resuming or discarding it here would overwrite what that tab is saving. The
 * offer then says where it runs instead, and comes when that tab finishes or closes.
 */
@customElement('fc-unfinished')
export class FcUnfinished extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      section {
        border-left: 4px solid var(--fc-accent, #40e0d0);
        background: var(--fc-surface, #1d2430);
        border-radius: 0 8px 8px 0;
        padding: 0.75rem 1rem;
        margin: 0 0 1rem;
      }
      p {
        margin: 0 0 0.5rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @state() private session: SessionRecord | null = null;
  @state() private message = '';
  /** A session runs in another tab: said instead of any offer. */
  @state() private elsewhere: Exclude<Running, null> | null = null;
  /** Ends the wait for the other tab's session when this element leaves the page. */
  private waiting: AbortController | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.waiting?.abort();
    this.waiting = null;
  }

  override render() {
    if (this.message) return html`<section role="status">${this.message}</section>`;
    if (this.elsewhere)
      return html`<section role="status" aria-label=${msg('Session in another tab')}>
        ${runningText(this.elsewhere)}
      </section>`;
    const session = this.session;
    if (!session) return nothing;
    const reps = session.sets.reduce((sum, set) => sum + set.done, 0);
    const when = dateTime(session.startedAt);
    const sets = plural(session.sets.length, {
      one: msg(str`${session.sets.length} set`),
      other: msg(str`${session.sets.length} sets`),
    });
    // A set from the Exercises page has no plan to go on with: it is kept, and the exercise opened.
    const single = singleExerciseOf(session);
    return html`
      <section role="region" aria-label=${msg('Unfinished session')}>
        <p>
          <strong>${session.routineName}</strong>${msg(
            str`, started ${when}, was not finished: ${sets} and ${reps} reps or holds are kept.`,
          )}
        </p>
        <div class="buttons">
          ${
            single
              ? html`<button class="primary" @click=${() => void this.again(session, single)}>
                  ${msg('Keep it and do it again')}
                </button>`
              : html`<button class="primary" @click=${() => void this.fire(session)}>${msg('Resume it')}</button>`
          }
          <button @click=${() => void this.keep(session)}>${msg('Save it as it is')}</button>
          <button @click=${() => void this.discard(session)}>${msg('Discard it')}</button>
        </div>
      </section>
    `;
  }

  private async load(): Promise<void> {
    const running = await sessionRunning().catch(() => null);
    if (running?.where === 'elsewhere') {
      this.waitForOtherTab(running);
      return;
    }
    // Under way in this tab: the page running it shows it.
    if (running) return;
    try {
      const sessions = await loadSessions();
      this.session = sessions.filter((s) => s.status === 'in-progress').at(-1) ?? null;
    } catch {
      this.session = null; // the history page says what is wrong with storage
    }
  }

  /** Says where the session runs, and offers what is left once that tab lets it go. */
  private waitForOtherTab(running: Exclude<Running, null>): void {
    this.session = null;
    this.elsewhere = running;
    if (this.waiting) return;
    const waiting = new AbortController();
    this.waiting = waiting;
    whenNoSession(waiting.signal).then(
      () => {
        this.waiting = null;
        this.elsewhere = null;
        void this.load();
      },
      () => undefined, // left the page meanwhile
    );
  }

  private async fire(session: SessionRecord): Promise<void> {
    const running = await sessionRunning().catch(() => null);
    if (running) {
      this.waitForOtherTab(running);
      return;
    }
    this.session = null;
    emit(this, 'fc-resume', { id: session.id });
  }

  private async keep(session: SessionRecord): Promise<void> {
    const sets = session.sets.map((set) =>
      set.outcome === 'in-progress' ? { ...set, outcome: 'ended' as const } : set,
    );
    await this.settle(
      () => saveSession({ ...session, sets, status: 'ended-early', updatedAt: new Date().toISOString() }),
      msg('Saved to your history.'),
    );
  }

  private async again(session: SessionRecord, exercise: string): Promise<void> {
    await this.keep(session);
    // Not while that session runs in another tab: the Exercises page could not start a set anyway.
    if (!this.elsewhere) location.hash = `#exercise=${exercise}`;
  }

  private async discard(session: SessionRecord): Promise<void> {
    if (!confirm(msg(str`Throw away the unfinished “${session.routineName}”?`))) return;
    await this.settle(() => deleteSession(session.id), msg('Discarded.'));
  }

  /**
   * Does `work` unless a session started in another tab since the offer was made (the offer may
   * be that very session): then says where it runs instead, and changes nothing.
   */
  private async settle(work: () => Promise<void>, done: string): Promise<void> {
    try {
      if (!(await whileNoSession(work))) {
        this.waitForOtherTab((await sessionRunning()) ?? { where: 'elsewhere', session: null });
        return;
      }
      this.message = done;
    } catch (error) {
      this.message = msg(str`That did not work: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.session = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-unfinished': FcUnfinished;
  }
}
