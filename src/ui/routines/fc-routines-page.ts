import { msg, str } from '@lit/localize';
import { activeLocale } from '../../i18n/active';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FcEvent } from '../events';
import { findExercise } from '../../exercises';
import { adviseNext, type Advice } from '../../session/advice';
import { planRoutine, type PlannedItem, type Routine } from '../../session/routine';
import { BUILT_IN_ROUTINES } from '../../session/routines';
import { clampDurationMs } from '../../session/schema';
import type { SessionRecord, SetRecord } from '../../session/session-summary';
import {
  deleteRoutine,
  loadRoutines,
  loadSessions,
  persistStorage,
  saveRoutine,
  saveSession,
  storeError,
} from '../../session/store';
import { SessionLock, runningText, sessionRunning } from '../../session/session-lock';
import { SettingsController } from '../controllers/settings-controller';
import type { SessionFinish } from './fc-session-runner';
import './fc-readiness';
import './fc-routine-editor';
import './fc-routine-list';
import './fc-session-runner';
import './fc-session-summary';

type Stage =
  | { readonly kind: 'list' }
  | { readonly kind: 'edit'; readonly routine: Routine }
  | { readonly kind: 'ready'; readonly routine: Routine; readonly advice: Advice | null }
  | { readonly kind: 'run'; readonly session: SessionRecord; readonly plan: readonly PlannedItem[] }
  | { readonly kind: 'summary'; readonly session: SessionRecord };

/**
 * Routines: choose (for your equipment), edit, check readiness, run, and see the summary. A
 * session is written to the device's storage when it starts and as each rep or hold completes.
 */
@customElement('fc-routines-page')
export class FcRoutinesPage extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .problem {
      border-left: 4px solid var(--fc-warn, #f5a524);
      padding: 0.5rem 1rem;
    }
  `;

  /** An unfinished session to resume (its id), chosen elsewhere in the app. */
  @property() resumeId = '';
  @state() private stage: Stage = { kind: 'list' };
  @state() private own: Routine[] = [];
  private readonly settings = new SettingsController(this);
  @state() private storageProblem = '';
  /** Why a session could not start or resume here: one runs in another tab (or on this page). */
  @state() private runningProblem = '';
  /** Held while a session runs here: one tab runs a session at a time. */
  private readonly lock = new SessionLock();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page leaves the session unfinished: any tab may offer it from now on.
    this.lock.release();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('resumeId') && this.resumeId) void this.resume(this.resumeId);
  }

  protected override updated(changed: Map<string, unknown>): void {
    const before = changed.get('stage') as Stage | undefined;
    if (before && before.kind !== this.stage.kind) void this.focusStage();
  }

  /**
   * A new stage takes the focus: its heading (read out first by a screen reader, and where Tab
   * goes on from), or the runner's first control. Otherwise focus would fall back to the page's
   * start with the button that was pressed gone.
   */
  private async focusStage(): Promise<void> {
    const child = this.renderRoot.querySelector<LitElement>(
      'fc-routine-list, fc-routine-editor, fc-readiness, fc-session-runner, fc-session-summary',
    );
    await child?.updateComplete;
    const target = child?.shadowRoot?.querySelector<HTMLElement>('h2, button');
    if (!target) return;
    if (target.localName === 'h2') target.tabIndex = -1;
    target.focus();
  }

  override render() {
    const stage = this.stage;
    return html`
      ${
        this.storageProblem && stage.kind !== 'summary'
          ? html`<p class="problem" role="alert">${this.storageProblem}</p>`
          : nothing
      }
      ${this.runningProblem ? html`<p class="problem" role="alert">${this.runningProblem}</p>` : nothing}
      ${
        stage.kind === 'list'
          ? html`<fc-routine-list
              .routines=${[...BUILT_IN_ROUTINES, ...this.own]}
              .equipment=${this.settings.value.equipment}
              @fc-start=${(e: FcEvent<'fc-start'>) => void this.ready(e.detail.routine)}
              @fc-edit=${(e: FcEvent<'fc-edit'>) => (this.stage = { kind: 'edit', routine: editable(e.detail.routine) })}
              @fc-delete=${this.onDelete}
              @fc-equipment=${this.onEquipment}
            ></fc-routine-list>`
          : stage.kind === 'edit'
            ? html`<fc-routine-editor
                .routine=${stage.routine}
                @fc-save=${this.onSave}
                @fc-cancel=${this.toList}
              ></fc-routine-editor>`
            : stage.kind === 'ready'
              ? html`<fc-readiness
                  routineName=${stage.routine.name}
                  .advice=${stage.advice}
                  @fc-ready=${(e: FcEvent<'fc-ready'>) =>
                    void this.run(
                      e.detail.items ? { ...stage.routine, items: e.detail.items } : stage.routine,
                      e.detail.painBefore,
                    )}
                  @fc-cancel=${this.toList}
                ></fc-readiness>`
              : stage.kind === 'run'
                ? html`<fc-session-runner
                    routineName=${stage.session.routineName}
                    .plan=${stage.plan}
                    .done=${stage.session.sets}
                    @fc-progress=${(e: FcEvent<'fc-progress'>) => void this.progress(stage, e.detail.sets)}
                    @fc-finished=${(e: FcEvent<'fc-finished'>) => void this.finished(stage, e.detail)}
                  ></fc-session-runner>`
                : html`<fc-session-summary
                    .session=${stage.session}
                    storageProblem=${this.storageProblem}
                    @fc-pain-after=${(e: FcEvent<'fc-pain-after'>) => void this.setPainAfter(stage.session, e.detail.value)}
                    @fc-done=${this.toList}
                  ></fc-session-summary>`
      }
    `;
  }

  /** Before a session: what its history suggests for today (nothing when history cannot be read). */
  private async ready(routine: Routine): Promise<void> {
    const sessions = await loadSessions().catch(() => []);
    this.stage = { kind: 'ready', routine, advice: adviseNext(routine, sessions, new Date(), findExercise) };
  }

  private async run(routine: Routine, painBefore: number): Promise<void> {
    const plan = planRoutine(routine, new Set(this.settings.value.equipment), findExercise).items;
    const now = new Date().toISOString();
    const session: SessionRecord = {
      id: `s-${Date.now().toString(36)}`,
      routineId: routine.id,
      routineName: routine.name,
      startedAt: now,
      updatedAt: now,
      status: 'in-progress',
      painBefore,
      painAfter: null,
      durationMs: 0,
      plan: plan.map((planned) => planned.item),
      sets: [],
    };
    if (!(await this.claim(session))) return;
    this.stage = { kind: 'run', session, plan };
    await this.store(session);
    // Ask once that the browser keeps this data when space runs low.
    void persistStorage().catch(() => false);
  }

  /** Continues a session closed part-way: its sets are kept, the one cut short as it was. */
  private async resume(id: string): Promise<void> {
    const session = (await loadSessions().catch(() => [])).find((s) => s.id === id);
    if (!session || !(await this.claim(session))) return;
    const plan = session.plan.flatMap((item) => {
      const exercise = findExercise(item.exercise);
      return exercise ? [{ item, exercise }] : [];
    });
    const sets = session.sets.map((set) =>
      set.outcome === 'in-progress' ? { ...set, outcome: 'ended' as const } : set,
    );
    this.stage = { kind: 'run', session: { ...session, sets }, plan };
  }

  /**
   * Takes the session lock for `session`; while a session runs in another tab, says so and stays
   * on the list (that session is not offered here to be run twice).
   */
  private async claim(session: Pick<SessionRecord, 'id' | 'routineName'>): Promise<boolean> {
    const about = { id: session.id, name: session.routineName };
    if (await this.lock.claim(about)) {
      this.runningProblem = '';
      return true;
    }
    const running = await sessionRunning();
    this.runningProblem = msg(
      str`This session cannot start here: ${runningText(running ?? { where: 'elsewhere', session: null })}`,
    );
    this.stage = { kind: 'list' };
    return false;
  }

  private async progress(stage: Extract<Stage, { kind: 'run' }>, sets: readonly SetRecord[]): Promise<void> {
    await this.store({ ...stage.session, sets, updatedAt: new Date().toISOString() });
  }

  private async finished(stage: Extract<Stage, { kind: 'run' }>, finish: SessionFinish): Promise<void> {
    const session: SessionRecord = {
      ...stage.session,
      sets: finish.sets,
      status: finish.endedEarly ? 'ended-early' : 'finished',
      durationMs: clampDurationMs(stage.session.durationMs + finish.durationMs),
      updatedAt: new Date().toISOString(),
    };
    this.lock.release();
    this.stage = { kind: 'summary', session };
    await this.store(session);
  }

  private async setPainAfter(session: SessionRecord, painAfter: number): Promise<void> {
    const updated = { ...session, painAfter };
    this.stage = { kind: 'summary', session: updated };
    await this.store(updated);
  }

  /**
   * Writes a session; a failure is said plainly: what was done since the last good save is not
   * stored (never "nothing was lost"), the session goes on on screen, and the next save writes it
   * all again once the person has done what the message says.
   */
  private async store(session: SessionRecord): Promise<void> {
    try {
      await saveSession(session);
      this.storageProblem = '';
    } catch (error) {
      this.storageProblem = msg(
        str`Your latest reps are not saved (the session goes on): ${storeError(error).message}`,
      );
    }
  }

  private toList = (): void => {
    this.stage = { kind: 'list' };
  };

  private async reload(): Promise<void> {
    try {
      this.own = await loadRoutines();
    } catch (error) {
      this.storageProblem = msg(
        str`Your own routines could not be loaded (${error instanceof Error ? error.message : String(error)}). The built-in ones still work.`,
      );
    }
  }

  private onSave = async (event: FcEvent<'fc-save'>): Promise<void> => {
    try {
      await saveRoutine(event.detail.routine);
      this.stage = { kind: 'list' };
      await this.reload();
    } catch (error) {
      this.storageProblem = msg(
        str`The routine could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
      );
    }
  };

  private onDelete = async (event: FcEvent<'fc-delete'>): Promise<void> => {
    const { routine } = event.detail;
    if (!confirm(msg(str`Delete “${routine.name}”?`))) return;
    try {
      await deleteRoutine(routine.id);
      await this.reload();
    } catch (error) {
      this.storageProblem = msg(
        str`The routine could not be deleted (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  };

  private onEquipment = (event: FcEvent<'fc-equipment'>): void => {
    this.settings.update({ equipment: [...event.detail.equipment] });
  };
}

/** A built-in routine is edited as the person's own copy; their own is edited in place. */
function editable(routine: Routine): Routine {
  if (!routine.builtIn) return routine;
  return {
    ...routine,
    id: `own-${Date.now().toString(36)}`,
    name: msg(str`My ${ownName(routine.name)}`),
    builtIn: false,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-routines-page': FcRoutinesPage;
  }
}

/** The copied routine's name inside "My …": lower-cased in English only (German keeps its nouns' capitals). */
const ownName = (name: string): string => (activeLocale() === 'en' ? name.toLowerCase() : name);
