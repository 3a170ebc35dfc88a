import { msg, str } from '@lit/localize';
import type {} from '../../demo/fc-demo';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { emit, type FcEvent } from '../events';
import type { CoachUpdate } from '../../coach/coach';
import type { DetectionResult } from '../../detection/detector-api';
import type { PlannedItem } from '../../session/routine';
import { STOP_ON_PAIN } from '../../session/safety';
import { resumePoint } from '../../session/resume';
import {
  blockTarget,
  reduce,
  startSession,
  type SessionEvent,
  type SessionState,
  type Step,
} from '../../session/session-machine';
import { setRecord, type SetRecord } from '../../session/session-summary';
import { workDone } from '../../session/work-progress';
import { CoachController } from '../controllers/coach-controller';
import { PipelineController } from '../controllers/pipeline-controller';
import { SettingsController } from '../controllers/settings-controller';
import type { FcStage } from '../elements/fc-stage';
import { NO_PICTURE } from '../frame-watch';
import { HIDDEN_PAUSE } from '../hidden-time';
import { controls } from '../styles';
import { Beeper } from '../voice/beeper';
import { plural } from '../../i18n/format';
import { Narrator, restLine } from '../voice/narrator';
import { Speech } from '../voice/speech';
import '../elements/fc-hud';
import '../elements/fc-problem';
import '../elements/fc-stage';
import './fc-voice-settings';

export interface SessionFinish {
  readonly sets: readonly SetRecord[];
  readonly endedEarly: boolean;
  readonly startedAt: string;
  readonly durationMs: number;
}

/** In position this long (the coach's set-up checks passing) starts the countdown, hands-free. */
const READY_AFTER_MS = 1500;
const TICK_MS = 250;
/** Eyes-free, "no picture" is said again no sooner than this. */
const STALL_REPEAT_MS = 20_000;

/**
 * Runs a planned routine hands-free in front of the camera: each exercise's set-up, a countdown,
 * live coaching to the target, rest and side switches, spoken and captioned, with pause (Space),
 * skip and a stop that is always in view. Fires `fc-progress` (detail: the sets so far, the one
 * under way last) as each rep or hold completes, so nothing is lost if the tab closes, and
 * `fc-finished` (detail: {@link SessionFinish}).
 */
@customElement('fc-session-runner')
export class FcSessionRunner extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin-bottom: 0.75rem;
      }
      .where {
        flex: 1 1 20rem;
      }
      .where strong {
        font-size: 1.2rem;
      }
      button.stop {
        border-color: #ff5c5c;
        background: #ff5c5c;
        color: #1a0000;
        font-weight: 700;
      }
      .overlay {
        position: absolute;
        inset: 0;
        display: grid;
        place-content: center;
        text-align: center;
        gap: 0.5rem;
        background: rgb(0 0 0 / 55%);
        padding: 1rem;
        overflow: auto;
      }
      .big {
        font-size: 4rem;
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
      .overlay p {
        margin: 0;
        max-width: 36rem;
      }
      /* The move, shown before it is done (not during the set: it would cost the coach frames). */
      .overlay fc-demo {
        width: min(15rem, 40vw);
        justify-self: center;
      }
      .overlay fc-demo.small {
        width: min(12rem, 35vw);
      }
      .captions {
        list-style: none;
        min-height: 4.5rem;
        margin: 0.5rem 0;
        padding: 0;
        font-size: 1.05rem;
      }
      .captions li {
        opacity: 0.6;
      }
      .captions li:last-child {
        opacity: 1;
        font-size: 1.2rem;
      }
      .pain {
        font-size: 0.9rem;
        opacity: 0.85;
      }
      .no-picture {
        border-left: 4px solid var(--fc-warn, #f5a524);
        padding: 0.25rem 0.75rem;
      }
    `,
  ];

  @property() routineName = '';
  @property({ attribute: false }) plan: readonly PlannedItem[] = [];
  /** Sets already done, when resuming a session that was closed part-way. */
  @property({ attribute: false }) done: readonly SetRecord[] = [];

  @state() private session: SessionState | null = null;
  @state() private coaching: CoachUpdate | null = null;
  /** The last lines said, newest last: a line is readable even when the next follows at once. */
  @state() private captions: readonly string[] = [];
  /**
   * The session paused by itself because the page was hidden (no frame is analysed then, and a
   * timed set would run out unseen); said on return, until the person carries on.
   */
  @state() private pausedWhileHidden = false;
  private readonly settings = new SettingsController(this);

  @query('fc-stage') private readonly stage!: FcStage | null;

  private readonly coach = new CoachController(this);
  private readonly pipeline = new PipelineController(this, {
    onResult: (result) => this.onResult(result),
    onPlayback: () => undefined,
    onEnded: (reason) => {
      if (reason === 'problem') this.send({ type: 'pause', nowMs: performance.now() });
    },
    onModelAdapted: (model) => this.settings.update({ model }),
  });
  private readonly speech = new Speech(
    typeof speechSynthesis === 'undefined' ? null : speechSynthesis,
    (text) => (this.captions = [...this.captions.slice(-2), text]),
  );
  private readonly beeper = new Beeper();
  /** Eyes-free mode's extra lines (set-up guidance, hold seconds), through the same voice. */
  private readonly narrator = new Narrator((line) => this.speech.offer(line.text, line.priority));
  /** Whether the picture had stopped at the last tick (eyes-free mode says so once). */
  private wasStalled = false;
  private stallSaidMs = -Infinity;
  private sets: SetRecord[] = [];
  private timer = 0;
  private trackedSinceMs: number | null = null;
  private startedAt = new Date();
  /** When the runner started, on the monotonic clock: the session's length is measured from it. */
  private startedMs = 0;
  private spokenCountdown = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    // The figure showing each move next: a picture beside the words, so a chunk that fails to load
    // costs only the picture.
    import('../../demo/fc-demo').catch(() => undefined);
    // The person's choices on the exercises page hold here too.
    this.pipeline.model = this.settings.value.model;
    this.pipeline.adapt = this.settings.value.adaptModel;
    this.speech.settings = this.settings.value.speech;
    this.beeper.muted = this.settings.value.speech.muted;
    this.startedAt = new Date();
    this.startedMs = performance.now();
    this.sets = [...this.done];
    const from = this.done.length > 0 ? resumePoint(this.plan, this.done) : undefined;
    this.session = startSession(this.plan, performance.now(), from ?? undefined);
    if (this.done.length > 0 && from === null)
      this.session = { ...this.session, step: { kind: 'done', endedEarly: false } };
    this.enterStep(null, this.session.step);
    this.timer = window.setInterval(() => this.onTick(), TICK_MS);
    window.addEventListener('keydown', this.onKey);
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.startCamera();
  }

  /** Whether the focus was on one of the runner's controls (kept across step changes). */
  private hadFocus = false;
  private readonly onFocusIn = (): void => void (this.hadFocus = true);
  private readonly onFocusOut = (event: FocusEvent): void => {
    // Moving elsewhere on purpose (relatedTarget outside); a control removed under it is not.
    if (event.relatedTarget instanceof Node && !this.contains(event.relatedTarget)) this.hadFocus = false;
  };

  override firstUpdated(): void {
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
  }

  /**
   * A step change removes controls ("Skip rest" after the rest): the focus, had it been on one,
   * would drop to the page's start. It goes to Pause instead, the runner's first control.
   */
  override updated(): void {
    if (this.hadFocus && !this.matches(':focus-within')) this.renderRoot.querySelector('button')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    window.removeEventListener('keydown', this.onKey);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.speech.hush();
    this.beeper.close();
    this.pipeline.stop();
  }

  async stageVideo(): Promise<HTMLVideoElement> {
    await this.updateComplete;
    if (!this.stage) throw new Error('The video stage is not on the page');
    await this.stage.updateComplete;
    return this.stage.video;
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const step = session.step;
    const planned = step.kind === 'done' ? null : this.plan[step.item];
    const problem = this.pipeline.problem;
    return html`
      <div class="bar">
        <div class="where" aria-live="polite">${this.renderWhere(step, planned)}</div>
        <button @click=${this.togglePause} aria-keyshortcuts="Space">
          ${session.paused ? msg('Resume') : msg('Pause')}
        </button>
        ${step.kind === 'rest' ? html`<button @click=${() => this.send({ type: 'skip-rest', nowMs: performance.now() })}>${msg('Skip rest')}</button>` : nothing}
        <button @click=${() => this.send({ type: 'skip', nowMs: performance.now() })}>${msg('Skip exercise')}</button>
        <button class="stop" @click=${() => this.send({ type: 'end', nowMs: performance.now() })}>
          ${msg('Stop session')}
        </button>
      </div>
      <p class="pain">${STOP_ON_PAIN}</p>
      ${this.pipeline.stalled ? html`<p class="no-picture" role="status">${NO_PICTURE}</p>` : nothing}
      ${problem ? html`<fc-problem .problem=${problem} @fc-action=${this.onProblemAction}></fc-problem>` : nothing}
      <fc-stage
        ?mirrored=${this.settings.value.mirror}
        .frame=${this.pipeline.pose}
        .arcs=${step.kind === 'work' ? this.coach.arcs(this.coaching) : []}
        .faultyJoints=${step.kind === 'work' ? (this.coaching?.faultyJoints ?? []) : []}
      >
        ${
          planned && step.kind === 'work'
            ? html`<fc-hud
                .exercise=${planned.exercise}
                .coaching=${this.coaching}
                .target=${{ count: blockTarget(planned).count, holdS: planned.item.holdS }}
                .side=${step.side}
              ></fc-hud>`
            : nothing
        }
        ${this.renderOverlay(step, planned, session.paused)}
      </fc-stage>
      <ol class="captions" role="log" aria-live="polite" aria-label=${msg('Captions')}>
        ${this.captions.map((line) => html`<li>${line}</li>`)}
      </ol>
      <fc-voice-settings
        .settings=${this.settings.value.speech}
        .voices=${this.speech.voices()}
        ?available=${this.speech.available}
        ?eyesFree=${this.settings.value.eyesFree}
        @fc-speech=${this.onSpeechSettings}
        @fc-eyes-free=${this.onEyesFree}
      ></fc-voice-settings>
    `;
  }

  private renderWhere(step: Step, planned: PlannedItem | null | undefined) {
    if (step.kind === 'done' || !planned) return html`<strong>${this.routineName}</strong>`;
    const side = step.side === 'left' ? msg(' · left side') : step.side === 'right' ? msg(' · right side') : '';
    return html`<strong>${planned.exercise.name}</strong>
      <div>
        ${msg(str`Exercise ${step.item + 1} of ${this.plan.length} · set ${step.set} of ${planned.item.sets}`)}${side}
      </div>`;
  }

  private renderOverlay(step: Step, planned: PlannedItem | null | undefined, paused: boolean) {
    if (paused)
      return html`<div class="overlay">
        <div class="big">${msg('Paused')}</div>
        ${this.pausedWhileHidden ? html`<p role="status">${HIDDEN_PAUSE}</p>` : nothing}
        <p>${msg('Press Space or Resume to go on.')}</p>
      </div>`;
    if (!planned || step.kind === 'done' || step.kind === 'work') return nothing;
    if (step.kind === 'countdown') {
      return html`<div class="overlay">
        <div class="big">${Math.ceil(step.remainingMs / 1000)}</div>
        <fc-demo class="small" mode="still" .exercise=${planned.exercise}></fc-demo>
      </div>`;
    }
    if (step.kind === 'rest') {
      return html`<div class="overlay">
        <p>${step.switchSides ? otherSide(step.side) : msg('Rest')}</p>
        <div class="big">${Math.ceil(step.remainingMs / 1000)}</div>
      </div>`;
    }
    const guidance = this.coaching?.guidance?.text;
    return html`<div class="overlay">
      <p><strong>${msg(str`Next: ${planned.exercise.name}`)}</strong> — ${planned.exercise.card.camera}</p>
      <fc-demo .exercise=${planned.exercise}></fc-demo>
      <p>${guidance ?? msg('In position: starting…')}</p>
      <p>
        <button class="primary" @click=${() => this.send({ type: 'ready', nowMs: performance.now() })}>
          ${msg('Start now')}
        </button>
      </p>
    </div>`;
  }

  // --- the machine ---------------------------------------------------------------------------

  private send(event: SessionEvent): void {
    const before = this.session;
    if (!before) return;
    const after = reduce(before, event);
    this.session = after;
    for (const block of after.blocks.slice(before.blocks.length)) {
      const planned = this.plan[block.item];
      if (!planned) continue;
      this.sets.push(
        setRecord(planned, block, block.done, block.target, this.coach.finish(), block.durationMs, block.outcome),
      );
      this.reportProgress(null);
    }
    if (after.paused !== before.paused) {
      if (!after.paused) this.pausedWhileHidden = false;
      if (after.paused) this.speech.hush();
      this.speech.say(after.paused ? msg('Paused') : msg('Resuming'), 'announce');
    }
    if (!sameStep(before.step, after.step)) this.enterStep(before.step, after.step);
    else if (after.step.kind === 'countdown') this.speakCountdown(after.step.remainingMs);
  }

  private onTick(): void {
    this.send({ type: 'tick', nowMs: performance.now() });
    const stalled = this.pipeline.stalled;
    const now = performance.now();
    // Said as the picture stops, but not again and again if it comes and goes.
    if (stalled && !this.wasStalled && this.settings.value.eyesFree && now - this.stallSaidMs >= STALL_REPEAT_MS) {
      this.speech.say(NO_PICTURE, 'announce');
      this.stallSaidMs = now;
    }
    this.wasStalled = stalled;
  }

  /** Speech, sound and the coach's reset as the session moves from one step to the next. */
  private enterStep(before: Step | null, step: Step): void {
    if (step.kind === 'done') {
      this.finish(step.endedEarly);
      return;
    }
    const planned = this.plan[step.item];
    if (!planned) return;
    const { exercise, item } = planned;
    this.spokenCountdown = -1;
    if (step.kind === 'prepare') {
      // A new exercise: its guidance is news. Within one (prepare, countdown, the set) the same
      // guidance keeps its 8 s between repeats; a hold starts afresh by itself.
      this.narrator.reset();
      this.coach.start(exercise);
      this.coaching = null;
      this.trackedSinceMs = null;
      const side = step.side ? msg(' Left side first.') : '';
      const view = exercise.view === 'side' ? msg('Get side-on to the camera.') : msg('Face the camera.');
      this.speech.say(msg(str`Next: ${exercise.name}. ${view}${side}`), 'announce');
    } else if (step.kind === 'countdown') {
      this.speakCountdown(step.remainingMs);
    } else if (step.kind === 'work') {
      this.coach.start(exercise);
      this.coaching = null;
      this.beeper.play('go');
      this.speech.say(
        item.durationS === undefined ? msg('Go') : msg(str`Go for ${item.durationS} seconds`),
        'announce',
      );
    } else if (before?.kind === 'work') {
      const restS = Math.round(step.remainingMs / 1000);
      this.speech.say(
        step.switchSides
          ? otherSide(step.side)
          : // Eyes-free, the rest also says what comes next (the screen shows it as the rest ends).
            this.settings.value.eyesFree
            ? restLine(restS, planned, step.set)
            : plural(restS, { one: msg(str`Rest for ${restS} second`), other: msg(str`Rest for ${restS} seconds`) }),
        'announce',
      );
    }
  }

  private speakCountdown(remainingMs: number): void {
    const second = Math.ceil(remainingMs / 1000);
    if (second === this.spokenCountdown || second <= 0) return;
    this.spokenCountdown = second;
    this.speech.say(String(second), 'count');
  }

  private onResult(result: DetectionResult): void {
    const session = this.session;
    if (!session || session.paused) return;
    const step = session.step;
    if (step.kind !== 'prepare' && step.kind !== 'work') return;
    const update = this.coach.update(result, false);
    this.coaching = update;
    const now = performance.now();
    // During the set, guidance yields to everything (the count above all); before it, it leads.
    if (this.settings.value.eyesFree)
      this.narrator.guidance(update?.guidance ?? null, now, step.kind === 'work' ? 'hold' : 'cue');
    if (step.kind === 'prepare') {
      this.trackedSinceMs = update?.trackable ? (this.trackedSinceMs ?? now) : null;
      if (this.trackedSinceMs !== null && now - this.trackedSinceMs >= READY_AFTER_MS)
        this.send({ type: 'ready', nowMs: now });
      return;
    }
    const planned = this.plan[step.item];
    if (!planned || !update) return;
    for (const event of update.events) {
      if (event.type === 'cue') this.speech.say(event.cue.text, 'cue');
      if (event.type === 'rep' || event.type === 'cycle') this.beeper.play('rep');
    }
    const summary = this.coach.coach?.summary() ?? null;
    const done = workDone(planned, step.side, update, summary);
    const target = blockTarget(planned).count;
    if (done > session.done && target > 0 && planned.exercise.counting.kind !== 'hold') {
      this.speech.say(done >= target ? msg(str`${done} of ${target}. Good.`) : msg(str`${done} of ${target}`), 'count');
    }
    const counting = planned.exercise.counting;
    if (this.settings.value.eyesFree && counting.kind === 'hold') {
      const holdS = planned.item.holdS ?? planned.exercise.dosage.holdS ?? counting.minHoldS;
      this.narrator.hold(update.holdMs, holdS);
    }
    if (done > session.done && planned.exercise.counting.kind === 'hold') {
      this.beeper.play('hold');
      this.speech.say(msg('Well held'), 'announce');
    }
    this.send({ type: 'progress', nowMs: now, done });
    const counted = update.events.some((event) => event.type !== 'cue');
    const current = this.session?.step;
    if (counted && current?.kind === 'work') {
      const target = blockTarget(planned).count;
      this.reportProgress(setRecord(planned, current, done, target, summary, current.elapsedMs, 'in-progress'));
    }
  }

  /** The sets so far, and the one under way, for storage as they happen. */
  private reportProgress(current: SetRecord | null): void {
    const sets = current ? [...this.sets, current] : [...this.sets];
    emit(this, 'fc-progress', { sets });
  }

  private finish(endedEarly: boolean): void {
    clearInterval(this.timer);
    this.pipeline.stop();
    this.speech.say(endedEarly ? msg('Session stopped.') : msg('Session complete. Well done.'), 'announce');
    const detail: SessionFinish = {
      sets: this.sets,
      endedEarly,
      startedAt: this.startedAt.toISOString(),
      // Monotonic: the wall clock jumps (time zone, NTP, a laptop's sleep), which made durations
      // negative or longer than a day, and such a backup did not import back.
      durationMs: performance.now() - this.startedMs,
    };
    emit(this, 'fc-finished', detail);
  }

  private async startCamera(): Promise<void> {
    try {
      await this.pipeline.startCamera();
    } catch (error) {
      this.pipeline.problem = {
        code: 'camera-failed',
        title: msg('The camera could not start'),
        detail: msg('Try again; if it keeps failing, reload the page.'),
        actions: ['retry-camera'],
        technical: error instanceof Error ? error.message : String(error),
      };
      this.requestUpdate();
    }
  }

  // --- controls ------------------------------------------------------------------------------

  /**
   * Hidden, the session pauses (its clocks stop: rest, countdown, a timed set) and goes quiet; on
   * return it stays paused, says why, and goes on when the person does.
   */
  private onVisibility = (): void => {
    const session = this.session;
    if (!session || session.step.kind === 'done') return;
    if (document.visibilityState === 'hidden') {
      if (session.paused) return;
      this.send({ type: 'pause', nowMs: performance.now() });
      this.pausedWhileHidden = true;
      this.trackedSinceMs = null; // in position is judged afresh on return
      this.speech.hush();
    } else if (this.pausedWhileHidden && session.paused) {
      this.speech.say(HIDDEN_PAUSE, 'announce');
    }
  };

  private togglePause = (): void => {
    const paused = this.session?.paused ?? false;
    this.send({ type: paused ? 'resume' : 'pause', nowMs: performance.now() });
  };

  private onKey = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    const typing =
      target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLButtonElement;
    if (event.code === 'Space' && !typing) {
      event.preventDefault();
      this.togglePause();
    }
  };

  private onProblemAction = (event: FcEvent<'fc-action'>): void => {
    this.pipeline.problem = null;
    if (event.detail.action === 'reload') location.reload();
    else void this.startCamera().then(() => this.send({ type: 'resume', nowMs: performance.now() }));
  };

  private onSpeechSettings = (event: FcEvent<'fc-speech'>): void => {
    const speech = event.detail.settings;
    this.settings.update({ speech });
    this.speech.settings = speech;
    this.beeper.muted = speech.muted;
    if (speech.muted) this.speech.hush();
  };

  private onEyesFree = (event: FcEvent<'fc-eyes-free'>): void => {
    this.settings.update({ eyesFree: event.detail.on });
    this.narrator.reset();
  };
}

/** Said and shown when a sided move switches: "Now the right side". */
function otherSide(side: 'left' | 'right' | null): string {
  return side === 'left'
    ? msg('Now the left side')
    : side === 'right'
      ? msg('Now the right side')
      : msg('Now the other side');
}

function sameStep(a: Step, b: Step): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'done' || b.kind === 'done') return true;
  return a.item === b.item && a.set === b.set && a.side === b.side;
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-session-runner': FcSessionRunner;
  }
}
