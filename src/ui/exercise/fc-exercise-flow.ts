import { msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { CoachSummary, CoachUpdate } from '../../coach/coach';
import type { ExerciseSpec } from '../../coach/exercise';
import { placeStill, stillSentence } from '../../coach/still';
import type { DetectionResult } from '../../detection/detector-api';
import { EXERCISES, findExercise } from '../../exercises';
import type { SessionRecord } from '../../session/session-summary';
import { SessionLock, runningText, sessionRunning } from '../../session/session-lock';
import { startSingle, updateSingle } from '../../session/single-set';
import { saveSession, storeError } from '../../session/store';
import { CoachController } from '../controllers/coach-controller';
import { PipelineController } from '../controllers/pipeline-controller';
import { SettingsController } from '../controllers/settings-controller';
import type { FcStage } from '../elements/fc-stage';
import { storageProblemTold } from '../elements/fc-storage-notice';
import { emit, type FcEvent } from '../events';
import { NO_PICTURE } from '../frame-watch';
import { HIDDEN_PAUSE, HiddenTime } from '../hidden-time';
import { LiveTextController } from '../live-text';
import { attemptProblem, sessionElsewhereProblem, type Attempt } from '../problems';
import { controls } from '../styles';
import { flowStyles, settingStyles } from './fc-exercise-flow.styles';
import { TraceRecorder } from './trace-recorder';
import './fc-model-picker';
import '../elements/fc-exercise-picker';
import '../elements/fc-file-progress';
import '../elements/fc-hud';
import '../elements/fc-instructions';
import '../elements/fc-problem';
import { plural } from '../../i18n/format';
import { fixed } from '../fixed';
import '../elements/fc-stage';
import '../elements/fc-status';
import '../elements/fc-summary';

/** Where the single-exercise flow is. `exercise` null: plain tracking, nothing counted. */
type Stage =
  | { readonly kind: 'picker' }
  | { readonly kind: 'chosen'; readonly exercise: ExerciseSpec | null }
  /** A camera, video or photo runs; `back` is where stopping or a failure returns to. */
  | {
      readonly kind: 'session';
      readonly exercise: ExerciseSpec | null;
      readonly back: 'picker' | 'chosen';
      /** A video's summary, once analysed (shown under its playback). */
      readonly summary: CoachSummary | null;
    }
  | { readonly kind: 'summary'; readonly exercise: ExerciseSpec; readonly summary: CoachSummary };

/**
 * One exercise (or just tracking): choose it, read how to set up, then be coached live from the
 * camera or from a video or photo; a summary at the end. Fires `fc-pose` for each analysed frame
 * and `fc-running` as a session starts and ends.
 *
 * Longer than a file should be (most of it the four stages' templates), because the stages share
 * the pipeline, the coach and the attempt a retry repeats; split apart, each would be handed all
 * three. The pieces that stand alone are elsewhere: the model picker, the trace recorder, the
 * sources' controllers and the problems' wording.
 */
@customElement('fc-exercise-flow')
export class FcExerciseFlow extends LitElement {
  static override styles = [controls, settingStyles, flowStyles];

  /** The browser lacks what analysis needs (the shell says what): nothing can start. */
  @property({ type: Boolean }) unsupported = false;
  /** An exercise to open at its set-up page (from the address, `#exercise=<id>`). */
  @property() exerciseId = '';

  @state() private stage: Stage = { kind: 'picker' };
  @state() private coaching: CoachUpdate | null = null;
  /** Where the open photo places the person in the exercise, in a sentence ('' before it is read). */
  @state() private stillVerdict = '';

  @query('fc-stage') private readonly stageElement!: FcStage | null;
  @query('input[type=file]') private readonly fileInput!: HTMLInputElement | null;

  private readonly settings = new SettingsController(this);
  private readonly coach = new CoachController(this);
  /** The status line is a live region: "Tracking" and "Nobody in view" as a pose flickers are not read out per frame. */
  private readonly liveStatus = new LiveTextController(this, '');
  private readonly pipeline = new PipelineController(this, {
    onResult: (result) => this.onResult(result),
    onPlayback: (index) => (this.coaching = this.coach.playback.at(index)),
    onEnded: (reason) => this.onEnded(reason),
    onStill: (scene) => this.onStill(scene),
    onModelAdapted: (model) => this.settings.update({ model }),
  });
  private readonly trace = new TraceRecorder();
  /**
   * The camera set under way: it outlives the camera (unplugged, switched, a model that fails),
   * so that the count carries on when the picture comes back. `record` is its place in history,
   * made at the first rep or hold and saved at each one after.
   */
  private liveSet: {
    readonly exercise: ExerciseSpec | null;
    readonly startedMs: number;
    /** The camera ran at least once (a camera that never started is no set to wait with). */
    running: boolean;
    record: SessionRecord | null;
    /** While the page is hidden the set pauses: nothing is counted, and the time is not the set's. */
    readonly hidden: HiddenTime;
  } | null = null;
  /** Held while a camera set of an exercise runs here: one tab runs a session at a time. */
  private readonly lock = new SessionLock();
  /** Said on return when the set paused while the page was hidden (until the next count). */
  @state() private hiddenNotice = '';
  /** Saves in the order they were made (a later count never overwritten by an earlier one). */
  private saving: Promise<void> = Promise.resolve();
  /** Why the set could not be saved, said beside the status (the count itself goes on). */
  @state() private saveProblem = '';
  /** What the person last started, so that "Try again" retries that and nothing else. */
  private attempt: Attempt | null = null;
  private announcedRunning = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.pipeline.model = this.settings.value.model;
    this.pipeline.adapt = this.settings.value.adaptModel;
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.lock.release();
  }

  /** Back to the list of exercises (the shell's "Exercises" link). */
  showPicker(): void {
    this.endLiveSet();
    this.pipeline.stop();
    this.stage = { kind: 'picker' };
  }

  /** A file dropped on the page: analysed for the exercise chosen, if any. */
  openDropped(file: File): void {
    if (this.unsupported) return;
    const exercise = this.stage.kind === 'picker' ? null : this.stage.exercise;
    this.openFile(file, exercise, 'chosen');
  }

  /** The stage's video element, once the stage is rendered (the pipeline plays into it). */
  async stageVideo(): Promise<HTMLVideoElement> {
    await this.updateComplete;
    if (!this.stageElement) throw new Error('The video stage is not on the page');
    await this.stageElement.updateComplete;
    return this.stageElement.video;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // The settings may change from the model picker or another page; the pipeline follows them.
    this.pipeline.adapt = this.settings.value.adaptModel;
    if (changed.has('exerciseId') && this.exerciseId) {
      const exercise = findExercise(this.exerciseId);
      if (exercise && this.stage.kind !== 'session') this.stage = { kind: 'chosen', exercise };
    }
  }

  protected override updated(): void {
    const running = this.pipeline.source !== 'none';
    if (running !== this.announcedRunning) {
      this.announcedRunning = running;
      emit(this, 'fc-running', { running });
    }
  }

  override render() {
    const stage = this.stage;
    const problem = this.pipeline.problem;
    return html`
      ${problem ? html`<fc-problem .problem=${problem} @fc-action=${this.onProblemAction}></fc-problem>` : nothing}
      ${problem?.code.startsWith('camera-') ? this.renderCameraChoice() : nothing}
      ${
        stage.kind === 'session'
          ? this.renderSession(stage)
          : stage.kind === 'summary'
            ? this.renderSummary(stage.exercise, stage.summary)
            : stage.kind === 'chosen'
              ? this.renderChosen(stage.exercise)
              : this.renderPicker()
      }
      <input
        type="file"
        accept="video/*,image/*"
        aria-label=${msg('Open a video or photo')}
        @change=${this.onFileChosen}
      />
    `;
  }

  private renderPicker() {
    return html`
      <section class="intro">
        <h2>${msg('Exercises for your upper back and neck, coached.')}</h2>
        <p>
          ${msg(
            'Pick an exercise, set up your camera as its card says, and move: Form Coach counts your reps, times your holds and tells you how to improve your form. The video never leaves this device.',
          )}
        </p>
      </section>
      <fc-exercise-picker .exercises=${EXERCISES} @fc-select=${this.onSelect}></fc-exercise-picker>
      ${this.renderDeveloper()}
    `;
  }

  private renderChosen(exercise: ExerciseSpec | null) {
    return html`
      <div class="toolbar"><button @click=${this.backToPicker}>${msg('← All exercises')}</button></div>
      <div class="chosen">
        ${
          exercise
            ? html`<fc-instructions .exercise=${exercise} .model=${this.settings.value.model}></fc-instructions>`
            : html`<section class="intro">
                <h2>${msg('See your skeleton')}</h2>
                <p>
                  ${msg('Stand where your camera can see you. Nothing is counted; the skeleton shows what the camera sees.')}
                </p>
              </section>`
        }
        <div>
          <div class="buttons">
            <button class="primary" ?disabled=${this.unsupported} @click=${() => this.startCamera(exercise)}>
              ${msg('Start camera')}
            </button>
            <button ?disabled=${this.unsupported} @click=${this.chooseFile}>${msg('Open a video or photo')}</button>
          </div>
          <fc-model-picker @fc-model=${this.onModelChange}></fc-model-picker>
          <p class="quiet">${msg('You can also drop a video file anywhere on this page.')}</p>
        </div>
      </div>
    `;
  }

  private renderSession(stage: Extract<Stage, { kind: 'session' }>) {
    const pipeline = this.pipeline;
    const status = pipeline.detector.status;
    const mirrored = pipeline.source === 'camera' && this.settings.value.mirror;
    const coaching = this.coaching;
    return html`
      <div class="toolbar">
        <button @click=${this.stop}>${stage.exercise ? msg('Finish') : msg('Stop')}</button>
        ${
          pipeline.source === 'camera' || this.liveSet
            ? this.renderCameraControls(stage.exercise)
            : html`<button @click=${this.chooseFile}>${msg('Open another file')}</button
                ><span>${pipeline.fileName}</span>`
        }
        <fc-model-picker @fc-model=${this.onModelChange}></fc-model-picker>
      </div>
      <fc-stage
        ?mirrored=${mirrored}
        .frame=${pipeline.pose}
        .arcs=${this.coach.arcs(coaching)}
        .faultyJoints=${coaching?.faultyJoints ?? []}
        photo=${pipeline.photoUrl}
      >
        ${stage.exercise ? html`<fc-hud .exercise=${stage.exercise} .coaching=${coaching}></fc-hud>` : nothing}
        ${status.state === 'loading' ? this.renderLoading(status.progress) : nothing}
      </fc-stage>
      <fc-file-progress
        .progress=${pipeline.fileProgress}
        decodedWith=${pipeline.decodedWith}
        stoppedEarly=${pipeline.fileStoppedEarly}
        @fc-cancel=${() => pipeline.cancelAnalysis()}
      ></fc-file-progress>
      ${this.stillVerdict ? html`<p class="verdict" aria-live="polite">${this.stillVerdict}</p>` : nothing}
      <div class="status-row">
        <span role="status" aria-live="polite">${this.liveStatus.text(this.statusText())}</span>
        ${pipeline.notice ? html`<p class="notice" role="status">${pipeline.notice}</p>` : nothing}
        ${this.hiddenNotice ? html`<p class="notice" role="status">${this.hiddenNotice}</p>` : nothing}
        ${this.saveProblem ? html`<p class="notice" role="alert">${this.saveProblem}</p>` : nothing}
        <fc-status
          .info=${status.state === 'ready' ? status.info : null}
          .fps=${pipeline.fps}
          .inferenceMs=${pipeline.inferenceMs}
        ></fc-status>
      </div>
      ${
        stage.summary && stage.exercise
          ? html`<fc-summary .exercise=${stage.exercise} .summary=${stage.summary}
              >${this.renderTraceButton(stage.exercise)}</fc-summary
            >`
          : nothing
      }
    `;
  }

  private renderSummary(exercise: ExerciseSpec, summary: CoachSummary) {
    return html`
      <fc-summary .exercise=${exercise} .summary=${summary}>
        ${this.saveProblem ? html`<p class="notice" role="alert">${this.saveProblem}</p>` : nothing}
        <div class="buttons">
          <button class="primary" @click=${() => (this.stage = { kind: 'chosen', exercise })}>
            ${msg('Do it again')}
          </button>
          <button @click=${this.backToPicker}>${msg('Choose another exercise')}</button>
          ${this.renderTraceButton(exercise)}
        </div>
      </fc-summary>
    `;
  }

  private renderTraceButton(exercise: ExerciseSpec | null) {
    return this.trace.frames > 0
      ? html`<button @click=${() => this.downloadTrace(exercise)}>
          ${plural(this.trace.frames, {
            one: msg(str`Download landmark trace (${this.trace.frames} frame)`),
            other: msg(str`Download landmark trace (${this.trace.frames} frames)`),
          })}
        </button>`
      : nothing;
  }

  private renderDeveloper() {
    return html`
      <details>
        <summary>${msg('For developers')}</summary>
        <p>
          <label>
            <input type="checkbox" .checked=${this.trace.on} @change=${this.onRecordingChange} />
            ${msg('Record a landmark trace of each session (JSON, to replay in tests)')}
          </label>
        </p>
        ${this.renderTraceButton(null)}
      </details>
    `;
  }

  private renderCameraControls(exercise: ExerciseSpec | null) {
    return html`
      ${this.pipeline.problem ? nothing : this.renderCameraSelect(exercise)}
      <label>
        <input type="checkbox" .checked=${this.settings.value.mirror} @change=${this.onMirrorChange} />
        ${msg('Mirror')}
      </label>
    `;
  }

  /** The cameras there are, offered with a camera problem (another may well work). */
  private renderCameraChoice() {
    const select = this.renderCameraSelect(this.chosenExercise(), msg('Use another camera'));
    return select === nothing ? nothing : html`<div class="toolbar">${select}</div>`;
  }

  private renderCameraSelect(exercise: ExerciseSpec | null, label = msg('Camera')) {
    const camera = this.pipeline.camera;
    if (camera.devices.length === 0) return nothing;
    return html`
      <label>
        ${label}
        <select
          aria-label=${label}
          @change=${(event: Event) => {
            this.pipeline.problem = null;
            this.startCamera(exercise, (event.target as HTMLSelectElement).value);
          }}
        >
          ${camera.devices.map(
            (device) => html`
              <option value=${device.deviceId} ?selected=${device.deviceId === camera.deviceId}>${device.label}</option>
            `,
          )}
        </select>
      </label>
    `;
  }

  private renderLoading(progress: { phase: string; loadedBytes: number; totalBytes: number } | null) {
    const starting = progress?.phase === 'starting';
    const total = progress?.totalBytes ?? 0;
    const loaded = progress?.loadedBytes ?? 0;
    return html`
      <div class="loading">
        <span>${starting ? msg('Starting the pose model…') : msg('Loading the pose model…')}</span>
        ${
          total
            ? html`<progress
                aria-label=${msg('Loading the pose model')}
                max=${total}
                .value=${starting ? total : loaded}
              ></progress>`
            : html`<progress aria-label=${msg('Loading the pose model')}></progress>`
        }
        <span>${total && !starting ? msg(str`${mb(loaded)} of ${mb(total)} MB`) : ''}</span>
      </div>
    `;
  }

  private statusText(): string {
    const pipeline = this.pipeline;
    const status = pipeline.detector.status;
    if (pipeline.source === 'none' && this.liveSet)
      return this.liveSet.exercise
        ? msg('Paused: your count is kept and carries on when the camera is back.')
        : msg('Paused.');
    if (pipeline.stalled) return NO_PICTURE;
    if (status.state === 'loading') return msg('Loading…');
    if (status.state !== 'ready') return '';
    if (pipeline.fileProgress) return msg('Ready. Analysing…');
    if (!pipeline.pose) return pipeline.source === 'camera' ? msg('Ready. Step into view.') : msg('Ready.');
    return pipeline.pose.poses.length > 0 ? msg('Ready. Tracking.') : msg('Ready. Nobody in view.');
  }

  // --- flow ------------------------------------------------------------------------------------

  /**
   * Starts the camera; with a camera set under way (another camera chosen, "Try again" after an
   * interruption), the set carries on with its count instead of starting afresh.
   */
  private startCamera(exercise: ExerciseSpec | null, deviceId?: string): void {
    const set = this.liveSet;
    if (!set || this.stage.kind !== 'session') {
      this.endLiveSet();
      // A set of an exercise is history: it runs only while no other tab runs a session.
      if (exercise && !this.lock.held) {
        void this.claimThenStart(exercise, deviceId);
        return;
      }
      this.begin(exercise, 'chosen');
      this.liveSet = { exercise, startedMs: performance.now(), running: false, record: null, hidden: new HiddenTime() };
    }
    const carried = set?.exercise ?? exercise;
    const started = this.pipeline.startCamera(deviceId).then(() => {
      if (this.liveSet && this.pipeline.source === 'camera') this.liveSet.running = true;
    });
    this.run({ kind: 'camera', exercise: carried, ...(deviceId ? { deviceId } : {}) }, started);
  }

  /** Takes the session lock, then starts; while another tab runs a session, says so instead. */
  private async claimThenStart(exercise: ExerciseSpec, deviceId?: string): Promise<void> {
    if (await this.lock.claim({ id: `single-${exercise.id}`, name: exercise.name })) {
      this.startCamera(exercise, deviceId);
      return;
    }
    const running = await sessionRunning().catch(() => null);
    this.pipeline.problem = sessionElsewhereProblem(runningText(running ?? { where: 'elsewhere', session: null }));
    this.requestUpdate();
  }

  private openFile(file: File, exercise: ExerciseSpec | null, back: 'picker' | 'chosen'): void {
    this.begin(exercise, back);
    this.run({ kind: 'file', exercise, file, back }, this.pipeline.openFile(file));
  }

  /** A new session: the summary, coaching and recording of the last one are dropped. */
  private begin(exercise: ExerciseSpec | null, back: 'picker' | 'chosen'): void {
    this.endLiveSet();
    this.stage = { kind: 'session', exercise, back, summary: null };
    this.coaching = null;
    this.hiddenNotice = '';
    this.stillVerdict = '';
    this.trace.restart();
    this.coach.start(exercise);
  }

  /**
   * Runs what the person started; anything unexpected becomes a visible problem named after what
   * failed (the camera, the file or the model), and "Try again" retries that.
   */
  private run(attempt: Attempt, action: Promise<void>): void {
    this.attempt = attempt;
    action.catch((error: unknown) => {
      this.pipeline.stop();
      if (!this.waitsPaused()) this.leaveSession();
      this.pipeline.problem = attemptProblem(attempt, error);
      this.requestUpdate();
    });
  }

  private retry(attempt: Attempt | null): void {
    if (attempt?.kind === 'file') this.openFile(attempt.file, attempt.exercise, attempt.back);
    // Any camera: the one asked for last may be the one that failed (the controller falls back).
    else this.startCamera(attempt?.exercise ?? this.chosenExercise());
  }

  private chosenExercise(): ExerciseSpec | null {
    return this.stage.kind === 'picker' ? null : this.stage.exercise;
  }

  /** The source stopped by itself: back to where the session started from. */
  private leaveSession(): void {
    const stage = this.stage;
    if (stage.kind !== 'session') return;
    this.stage = stage.back === 'picker' ? { kind: 'picker' } : { kind: 'chosen', exercise: stage.exercise };
  }

  private onResult(result: DetectionResult): void {
    // A camera set paused while the page is hidden: no frame of it is the person's to count.
    if (this.pipeline.source === 'camera' && this.liveSet?.hidden.hidden) return;
    this.trace.add(result);
    this.coaching = this.coach.update(result, this.pipeline.source === 'video');
    if (this.pipeline.source === 'camera' && this.coaching?.events.some(counts)) {
      this.hiddenNotice = '';
      this.saveLiveSet(false);
    }
    emit(this, 'fc-pose', result);
  }

  /** Writes the camera set as it stands to history (each rep or hold, and at the end). */
  private saveLiveSet(finished: boolean): void {
    const set = this.liveSet;
    const coach = this.coach.coach;
    if (!set?.exercise || !coach) return;
    const summary = coach.summary();
    if (!set.record && summary.reps.length + summary.holds.length + summary.cycles.length === 0) return;
    const now = new Date();
    const record = updateSingle(
      set.record ?? startSingle(set.exercise, `s-${now.getTime().toString(36)}`, now),
      set.exercise,
      summary,
      performance.now() - set.startedMs - set.hidden.hiddenMs(performance.now()),
      finished,
      now,
    );
    set.record = record;
    this.saving = this.saving
      .then(() => saveSession(record))
      .then(
        () => {
          this.saveProblem = '';
        },
        (error: unknown) => {
          this.saveProblem = saveProblemText(error);
        },
      );
  }

  /**
   * After a problem: a camera set that ran waits, paused, with its count (the problem says how to
   * go on); one whose camera never started is dropped, and the page goes back to its card.
   */
  private waitsPaused(): boolean {
    if (this.liveSet?.running) return true;
    this.liveSet = null;
    this.lock.release();
    return false;
  }

  /** The camera set is over (finished, or left for something else): saved as finished. */
  private endLiveSet(): void {
    this.hiddenNotice = '';
    if (!this.liveSet) return;
    this.saveLiveSet(true);
    this.liveSet = null;
    this.lock.release();
  }

  /** A photo was shown as a still scene: say where it places the person (the eval scores the same). */
  private onStill(scene: readonly DetectionResult[]): void {
    const stage = this.stage;
    if (stage.kind !== 'session' || !stage.exercise) return;
    this.stillVerdict = stillSentence(stage.exercise, placeStill(stage.exercise, scene));
  }

  private onEnded(reason: 'problem' | 'analysed'): void {
    const stage = this.stage;
    if (reason === 'problem') {
      if (!this.waitsPaused()) this.leaveSession();
    } else if (stage.kind === 'session') this.stage = { ...stage, summary: this.coach.finish() };
  }

  private stop = (): void => {
    const stage = this.stage;
    if (stage.kind !== 'session') return;
    const summary = this.pipeline.source === 'photo' ? stage.summary : (stage.summary ?? this.coach.finish());
    this.endLiveSet();
    this.pipeline.stop();
    if (stage.exercise && summary) this.stage = { kind: 'summary', exercise: stage.exercise, summary };
    else this.leaveSession();
  };

  private backToPicker = (): void => {
    this.showPicker();
    history.replaceState(null, '', location.pathname + location.search);
  };

  // --- events ----------------------------------------------------------------------------------

  /** The page hidden mid-set pauses the set; on return it says so, and the count carries on. */
  private onVisibility = (): void => {
    const set = this.liveSet;
    if (!set?.exercise) return;
    const now = performance.now();
    if (document.visibilityState === 'hidden') set.hidden.hide(now);
    else if (set.hidden.show(now)) this.hiddenNotice = msg(str`${HIDDEN_PAUSE} Your count is kept.`);
  };

  private onSelect = (event: FcEvent<'fc-select'>): void => {
    const id = event.detail.id;
    this.stage = { kind: 'chosen', exercise: id ? (findExercise(id) ?? null) : null };
    if (id) history.replaceState(null, '', `#exercise=${id}`);
  };

  private onProblemAction = (event: FcEvent<'fc-action'>): void => {
    const action = event.detail.action;
    this.pipeline.problem = null;
    if (action === 'retry-camera') this.startCamera(this.chosenExercise());
    else if (action === 'retry-model') this.retry(this.attempt);
    else if (action === 'open-file') this.chooseFile();
    else location.reload();
  };

  private chooseFile = (): void => {
    this.fileInput?.click();
  };

  private onFileChosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // so that choosing the same file again is a change too
    const stage = this.stage;
    if (file)
      this.openFile(
        file,
        this.chosenExercise(),
        stage.kind === 'session' ? stage.back : stage.kind === 'picker' ? 'picker' : 'chosen',
      );
  };

  private onModelChange = (event: FcEvent<'fc-model'>): void => {
    // With the camera running, the new model takes over without restarting the set.
    const model = event.detail.model;
    const previous = this.pipeline.model;
    const switched = this.pipeline.useModel(model).then(() => {
      // A model that would not load is not the person's preference from now on: the one that
      // worked is kept, and "Try again" goes back to it with the set as it was.
      if (this.pipeline.problem && this.pipeline.model === model) {
        this.pipeline.model = previous;
        this.settings.update({ model: previous });
      }
    });
    this.run({ kind: 'model', exercise: this.chosenExercise(), model }, switched);
  };

  private onMirrorChange = (event: Event): void => {
    this.settings.update({ mirror: (event.target as HTMLInputElement).checked });
  };

  private onRecordingChange = (event: Event): void => {
    this.trace.on = (event.target as HTMLInputElement).checked;
    this.requestUpdate();
  };

  private downloadTrace(exercise: ExerciseSpec | null): void {
    this.trace.download({
      source: this.pipeline.source === 'camera' ? 'camera' : this.pipeline.fileName || 'camera',
      model: this.pipeline.model,
      ...(exercise ? { exercise: exercise.id } : {}),
    });
  }
}

/** A coach event that changes the count (a rep, a hold or a circle), so the set is saved. */
const counts = (event: { readonly type: string }): boolean =>
  event.type === 'rep' || event.type === 'hold' || event.type === 'cycle';

const mb = (bytes: number): string => fixed(bytes / 1e6, 1);

declare global {
  interface HTMLElementTagNameMap {
    'fc-exercise-flow': FcExerciseFlow;
  }
}

/**
 * What a failed save of the set means, said beside the count (which goes on): the reps and holds
 * since the last good save are not stored, and what to do. The next save writes the whole set
 * again, so freeing space is enough. Storage blocked for the site from the start is said once, by
 * the page's storage notice (fc-storage-notice): not again at every rep.
 */
function saveProblemText(error: unknown): string {
  const problem = storeError(error);
  if (problem.problem === 'unavailable' && storageProblemTold('unavailable')) return '';
  return msg(str`Your latest reps are not saved (the set goes on counting): ${problem.message}`);
}
