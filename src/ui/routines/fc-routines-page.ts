import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { EQUIPMENT, type Equipment } from '../../coach/exercise';
import { findExercise } from '../../exercises';
import { planRoutine, type PlannedItem, type Routine } from '../../session/routine';
import { BUILT_IN_ROUTINES } from '../../session/routines';
import { summarizeExercises, type SessionSummary } from '../../session/session-summary';
import { deleteRoutine, loadRoutines, openStore, saveRoutine } from '../../session/store';
import type { EquipmentEvent, RoutineEvent } from './fc-routine-list';
import type { RoutineSaveEvent } from './fc-routine-editor';
import type { ReadyEvent } from './fc-readiness';
import type { SessionFinish } from './fc-session-runner';
import './fc-readiness';
import './fc-routine-editor';
import './fc-routine-list';
import './fc-session-runner';
import './fc-session-summary';

const EQUIPMENT_KEY = 'form-coach:equipment';
const DEFAULT_EQUIPMENT: readonly Equipment[] = ['chair', 'wall', 'floor'];

type Stage =
  | { readonly kind: 'list' }
  | { readonly kind: 'edit'; readonly routine: Routine }
  | { readonly kind: 'ready'; readonly routine: Routine }
  | {
      readonly kind: 'run';
      readonly routine: Routine;
      readonly plan: readonly PlannedItem[];
      readonly painBefore: number;
    }
  | { readonly kind: 'summary'; readonly summary: SessionSummary };

/** Routines: choose (for your equipment), edit, check readiness, run, and see the summary. */
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

  @state() private stage: Stage = { kind: 'list' };
  @state() private own: Routine[] = [];
  @state() private equipment: readonly Equipment[] = readEquipment();
  @state() private storageProblem = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  override render() {
    const stage = this.stage;
    return html`
      ${this.storageProblem ? html`<p class="problem" role="alert">${this.storageProblem}</p>` : nothing}
      ${
        stage.kind === 'list'
          ? html`<fc-routine-list
              .routines=${[...BUILT_IN_ROUTINES, ...this.own]}
              .equipment=${this.equipment}
              @fc-start=${(e: RoutineEvent) => (this.stage = { kind: 'ready', routine: e.detail.routine })}
              @fc-edit=${(e: RoutineEvent) => (this.stage = { kind: 'edit', routine: editable(e.detail.routine) })}
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
                  @fc-ready=${(e: ReadyEvent) => this.run(stage.routine, e.detail.painBefore)}
                  @fc-cancel=${this.toList}
                ></fc-readiness>`
              : stage.kind === 'run'
                ? html`<fc-session-runner
                    routineName=${stage.routine.name}
                    .plan=${stage.plan}
                    @fc-finished=${(e: CustomEvent<SessionFinish>) => this.finished(stage, e.detail)}
                  ></fc-session-runner>`
                : html`<fc-session-summary
                    .summary=${stage.summary}
                    @fc-pain-after=${(e: CustomEvent<{ value: number }>) => this.setPainAfter(stage.summary, e.detail.value)}
                    @fc-done=${this.toList}
                  ></fc-session-summary>`
      }
    `;
  }

  private run(routine: Routine, painBefore: number): void {
    const plan = planRoutine(routine, new Set(this.equipment), findExercise).items;
    this.stage = { kind: 'run', routine, plan, painBefore };
  }

  private finished(stage: Extract<Stage, { kind: 'run' }>, finish: SessionFinish): void {
    const summary: SessionSummary = {
      routine: stage.routine.name,
      startedAt: finish.startedAt,
      durationMs: finish.durationMs,
      endedEarly: finish.endedEarly,
      painBefore: stage.painBefore,
      painAfter: null,
      exercises: summarizeExercises(stage.plan, finish.blocks),
    };
    this.stage = { kind: 'summary', summary };
  }

  private setPainAfter(summary: SessionSummary, painAfter: number): void {
    this.stage = { kind: 'summary', summary: { ...summary, painAfter } };
  }

  private toList = (): void => {
    this.stage = { kind: 'list' };
  };

  private async reload(): Promise<void> {
    try {
      const db = await openStore();
      this.own = await loadRoutines(db);
      db.close();
      this.storageProblem = '';
    } catch (error) {
      this.storageProblem = `Your own routines could not be loaded (${error instanceof Error ? error.message : String(error)}). The built-in ones still work.`;
    }
  }

  private onSave = async (event: RoutineSaveEvent): Promise<void> => {
    try {
      const db = await openStore();
      await saveRoutine(db, event.detail.routine);
      db.close();
      this.stage = { kind: 'list' };
      await this.reload();
    } catch (error) {
      this.storageProblem = `The routine could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`;
    }
  };

  private onDelete = async (event: RoutineEvent): Promise<void> => {
    const { routine } = event.detail;
    if (!confirm(`Delete “${routine.name}”?`)) return;
    try {
      const db = await openStore();
      await deleteRoutine(db, routine.id);
      db.close();
      await this.reload();
    } catch (error) {
      this.storageProblem = `The routine could not be deleted (${error instanceof Error ? error.message : String(error)}).`;
    }
  };

  private onEquipment = (event: EquipmentEvent): void => {
    this.equipment = event.detail.equipment;
    localStorage.setItem(EQUIPMENT_KEY, JSON.stringify(this.equipment));
  };
}

/** A built-in routine is edited as the person's own copy; their own is edited in place. */
function editable(routine: Routine): Routine {
  if (!routine.builtIn) return routine;
  return { ...routine, id: `own-${Date.now().toString(36)}`, name: `My ${routine.name.toLowerCase()}`, builtIn: false };
}

function readEquipment(): readonly Equipment[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(EQUIPMENT_KEY) ?? 'null');
    if (Array.isArray(saved)) return EQUIPMENT.filter((thing) => saved.includes(thing));
  } catch {
    // A damaged setting falls back to the default.
  }
  return DEFAULT_EQUIPMENT;
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-routines-page': FcRoutinesPage;
  }
}
