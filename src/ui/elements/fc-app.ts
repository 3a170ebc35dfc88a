import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { CoachSummary, CoachUpdate } from '../../coach/coach';
import type { ExerciseSpec } from '../../coach/exercise';
import { MODEL_VARIANTS, type DetectionResult, type ModelVariant } from '../../detection/detector-api';
import { MODEL_SIZES_MB } from '../../detection/model-assets';
import { EXERCISES, findExercise } from '../../exercises';
import { makeTrace } from '../../pose/trace';
import { CoachController } from '../controllers/coach-controller';
import { PipelineController } from '../controllers/pipeline-controller';
import { unsupportedProblem, type Problem, type ProblemAction } from '../problems';
import { controls } from '../styles';
import { missingFeatures } from '../support';
import '../history/fc-history';
import '../history/fc-unfinished';
import '../routines/fc-routines-page';
import './fc-accuracy';
import type { ExerciseSelectEvent } from './fc-exercise-picker';
import type { ProblemActionEvent } from './fc-problem';
import type { FcStage } from './fc-stage';
import './fc-exercise-picker';
import './fc-file-progress';
import './fc-hud';
import './fc-instructions';
import './fc-problem';
import './fc-stage';
import './fc-status';
import './fc-summary';

const MODEL_KEY = 'form-coach:model';
const MIRROR_KEY = 'form-coach:mirror';
const ADAPT_KEY = 'form-coach:adapt-model';

const MODEL_LABELS: Record<ModelVariant, string> = {
  lite: 'Lite — fastest',
  full: 'Full — more accurate',
  heavy: 'Heavy — most accurate, slow',
};

/**
 * The app: choose an exercise (or just tracking), read how to set up, then be coached live from
 * the camera or from a video file; a summary at the end. Each analysed frame is also announced as
 * an `fc-pose` event (detail: the {@link DetectionResult}).
 */
@customElement('fc-app')
export class FcApp extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        min-height: 100vh;
        color: var(--fc-text, #e8edf3);
        background: var(--fc-bg, #111722);
      }
      :host(.dragging) main {
        outline: 3px dashed var(--fc-accent, #40e0d0);
        outline-offset: -12px;
      }
      header {
        display: flex;
        align-items: baseline;
        gap: 1rem;
        padding: 1rem 1.5rem;
      }
      h1 {
        margin: 0;
        font-size: 1.25rem;
      }
      header p {
        margin: 0;
        opacity: 0.7;
      }
      nav {
        margin-left: auto;
        display: flex;
        gap: 1.25rem;
      }
      nav a {
        color: inherit;
        text-decoration: none;
        padding-bottom: 0.15rem;
      }
      nav a[aria-current='page'] {
        border-bottom: 2px solid var(--fc-accent, #40e0d0);
      }
      main {
        padding: 0 1.5rem 2rem;
        max-width: 72rem;
        margin: 0 auto;
      }
      .intro {
        max-width: 42rem;
        padding: 1rem 0;
      }
      .intro h2 {
        font-size: 1.8rem;
        margin: 0 0 0.5rem;
      }
      .intro p {
        margin: 0;
        line-height: 1.6;
        opacity: 0.85;
      }
      .chosen {
        display: grid;
        grid-template-columns: minmax(0, 42rem) auto;
        gap: 1.5rem;
        align-items: start;
      }
      .buttons,
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin: 1rem 0;
      }
      select {
        font: inherit;
        color: inherit;
        padding: 0.5rem 0.75rem;
        border-radius: 8px;
        border: 1px solid var(--fc-accent, #40e0d0);
        background: var(--fc-surface, #1d2430);
      }
      label {
        display: inline-flex;
        gap: 0.5rem;
        align-items: center;
      }
      .quiet {
        font-size: 0.9rem;
        opacity: 0.75;
      }
      .loading {
        position: absolute;
        inset: 0;
        display: grid;
        place-content: center;
        gap: 0.75rem;
        text-align: center;
        background: rgb(0 0 0 / 55%);
      }
      progress {
        width: min(24rem, 70vw);
        accent-color: var(--fc-accent, #40e0d0);
      }
      .status-row {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        margin-top: 0.5rem;
      }
      .notice {
        flex-basis: 100%;
        margin: 0;
        padding: 0.4rem 0.6rem;
        border-left: 3px solid var(--accent, #2b6cb0);
        background: color-mix(in srgb, currentColor 6%, transparent);
      }
      fc-problem,
      fc-summary {
        margin: 1.5rem 0;
      }
      details {
        margin-top: 2rem;
        opacity: 0.85;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  @state() private exercise: ExerciseSpec | null = null;
  /** An exercise (or plain tracking) has been chosen: the set-up page shows. */
  @state() private chosen = false;
  @state() private mirrored = localStorage.getItem(MIRROR_KEY) !== 'false';
  @state() private summary: CoachSummary | null = null;
  @state() private coaching: CoachUpdate | null = null;
  @state() private recording = false;
  @state() private unsupported: Problem | null = null;
  /** Which page: single exercises (the default), guided routines, or accuracy. */
  @state() private page: 'exercises' | 'routines' | 'history' | 'accuracy' = 'exercises';
  /** An unfinished session the person chose to resume. */
  @state() private resumeId = '';

  @query('fc-stage') private readonly stage!: FcStage | null;
  @query('input[type=file]') private readonly fileInput!: HTMLInputElement | null;

  private readonly coach = new CoachController(this);
  private readonly pipeline = new PipelineController(this, {
    onResult: (result) => this.onResult(result),
    onPlayback: (index) => (this.coaching = this.coach.history[index] ?? null),
    onEnded: (reason) => this.onEnded(reason),
    onModelAdapted: (model) => localStorage.setItem(MODEL_KEY, model),
  });
  private recorded: DetectionResult[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.pipeline.model = readModel();
    this.pipeline.adapt = localStorage.getItem(ADAPT_KEY) !== 'false';
    const missing = missingFeatures();
    if (missing.length > 0) this.unsupported = unsupportedProblem(missing);
    this.selectFromHash();
    window.addEventListener('hashchange', this.selectFromHash);
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.selectFromHash);
  }

  /** The stage's video element, once the stage is rendered (the pipeline plays into it). */
  async stageVideo(): Promise<HTMLVideoElement> {
    await this.updateComplete;
    if (!this.stage) throw new Error('The video stage is not on the page');
    await this.stage.updateComplete;
    return this.stage.video;
  }

  override render() {
    const problem = this.unsupported ?? this.pipeline.problem;
    return html`
      <header>
        <h1>Form Coach</h1>
        <p>Your movements, seen and coached — on this device only.</p>
        ${
          this.pipeline.source === 'none'
            ? html`<nav aria-label="Pages">
                <a href="#" aria-current=${this.page === 'exercises' ? 'page' : 'false'} @click=${this.backToPicker}
                  >Exercises</a
                >
                <a href="#routines" aria-current=${this.page === 'routines' ? 'page' : 'false'}>Routines</a>
                <a href="#history" aria-current=${this.page === 'history' ? 'page' : 'false'}>History</a>
                <a href="#accuracy" aria-current=${this.page === 'accuracy' ? 'page' : 'false'}>Accuracy</a>
              </nav>`
            : nothing
        }
      </header>
      <main>
        ${problem ? html`<fc-problem .problem=${problem} @fc-action=${this.onProblemAction}></fc-problem>` : nothing}
        ${
          this.pipeline.source === 'none' && this.page !== 'routines'
            ? html`<fc-unfinished @fc-resume=${this.onResume}></fc-unfinished>`
            : nothing
        }
        ${
          this.pipeline.source !== 'none'
            ? this.renderSession()
            : this.page === 'accuracy'
              ? html`<fc-accuracy></fc-accuracy>`
              : this.page === 'routines'
                ? html`<fc-routines-page resumeId=${this.resumeId}></fc-routines-page>`
                : this.page === 'history'
                  ? html`<fc-history></fc-history>`
                  : this.summary && this.exercise
                    ? this.renderSummary(this.exercise, this.summary)
                    : this.chosen
                      ? this.renderChosen()
                      : this.renderPicker()
        }
        <input type="file" accept="video/*,image/*" aria-label="Open a video or photo" @change=${this.onFileChosen} />
      </main>
    `;
  }

  private renderPicker() {
    return html`
      <section class="intro">
        <h2>Exercises for your upper back and neck, coached.</h2>
        <p>
          Pick an exercise, set up your camera as its card says, and move: Form Coach counts your reps, times your holds
          and tells you how to improve your form. The video never leaves this device.
        </p>
      </section>
      <fc-exercise-picker .exercises=${EXERCISES} @fc-select=${this.onSelect}></fc-exercise-picker>
      ${this.renderDeveloper()}
    `;
  }

  private renderChosen() {
    const exercise = this.exercise;
    return html`
      <div class="toolbar"><button @click=${this.backToPicker}>← All exercises</button></div>
      <div class="chosen">
        ${
          exercise
            ? html`<fc-instructions .exercise=${exercise}></fc-instructions>`
            : html`<section class="intro">
                <h2>See your skeleton</h2>
                <p>Stand where your camera can see you. Nothing is counted; the skeleton shows what the camera sees.</p>
              </section>`
        }
        <div>
          <div class="buttons">
            <button class="primary" ?disabled=${!!this.unsupported} @click=${() => this.run(this.startCamera())}>
              Start camera
            </button>
            <button ?disabled=${!!this.unsupported} @click=${this.chooseFile}>Open a video or photo</button>
          </div>
          ${this.renderModelPicker()}
          <p class="quiet">You can also drop a video file anywhere on this page.</p>
        </div>
      </div>
    `;
  }

  private renderSession() {
    const pipeline = this.pipeline;
    const status = pipeline.detector.status;
    const mirrored = pipeline.source === 'camera' && this.mirrored;
    const coaching = this.coaching;
    return html`
      <div class="toolbar">
        <button @click=${this.stop}>${this.exercise ? 'Finish' : 'Stop'}</button>
        ${
          pipeline.source === 'camera'
            ? this.renderCameraControls()
            : html`<button @click=${this.chooseFile}>Open another file</button><span>${pipeline.fileName}</span>`
        }
        ${this.renderModelPicker()}
      </div>
      <fc-stage
        ?mirrored=${mirrored}
        .frame=${pipeline.pose}
        .arcs=${this.coach.arcs(coaching)}
        .faultyJoints=${coaching?.faultyJoints ?? []}
        photo=${pipeline.photoUrl}
      >
        ${this.exercise ? html`<fc-hud .exercise=${this.exercise} .coaching=${coaching}></fc-hud>` : nothing}
        ${status.state === 'loading' ? this.renderLoading(status.progress) : nothing}
      </fc-stage>
      <fc-file-progress
        .progress=${pipeline.fileProgress}
        decodedWith=${pipeline.decodedWith}
        @fc-cancel=${() => pipeline.cancelAnalysis()}
      ></fc-file-progress>
      <div class="status-row">
        <span role="status" aria-live="polite">${this.statusText()}</span>
        ${pipeline.notice ? html`<p class="notice" role="status">${pipeline.notice}</p>` : nothing}
        <fc-status
          .info=${status.state === 'ready' ? status.info : null}
          .fps=${pipeline.fps}
          .inferenceMs=${pipeline.inferenceMs}
        ></fc-status>
      </div>
      ${
        this.summary && this.exercise
          ? html`<fc-summary .exercise=${this.exercise} .summary=${this.summary}
              >${this.renderTraceButton()}</fc-summary
            >`
          : nothing
      }
    `;
  }

  private renderSummary(exercise: ExerciseSpec, summary: CoachSummary) {
    return html`
      <fc-summary .exercise=${exercise} .summary=${summary}>
        <div class="buttons">
          <button class="primary" @click=${this.again}>Do it again</button>
          <button @click=${this.backToPicker}>Choose another exercise</button>
          ${this.renderTraceButton()}
        </div>
      </fc-summary>
    `;
  }

  private renderTraceButton() {
    return this.recorded.length > 0
      ? html`<button @click=${this.downloadTrace}>Download landmark trace (${this.recorded.length} frames)</button>`
      : nothing;
  }

  private renderDeveloper() {
    return html`
      <details>
        <summary>For developers</summary>
        <p>
          <label>
            <input type="checkbox" .checked=${this.recording} @change=${this.onRecordingChange} />
            Record a landmark trace of each session (JSON, to replay in tests)
          </label>
        </p>
        ${this.renderTraceButton()}
      </details>
    `;
  }

  private renderModelPicker() {
    return html`
      <label>
        Pose model
        <select @change=${this.onModelChange} aria-label="Pose model">
          ${MODEL_VARIANTS.map(
            (variant) => html`
              <option value=${variant} ?selected=${variant === this.pipeline.model}>
                ${MODEL_LABELS[variant]} (${MODEL_SIZES_MB[variant]} MB)
              </option>
            `,
          )}
        </select>
      </label>
      <label title="When analysis runs under 15 frames a second, use a lighter model, then a smaller picture">
        <input type="checkbox" .checked=${this.pipeline.adapt} @change=${this.onAdaptChange} />
        Lighter when slow
      </label>
    `;
  }

  private renderCameraControls() {
    const camera = this.pipeline.camera;
    return html`
      ${
        camera.devices.length > 0
          ? html`
              <label>
                Camera
                <select aria-label="Camera" @change=${this.onCameraChange}>
                  ${camera.devices.map(
                    (device) => html`
                      <option value=${device.deviceId} ?selected=${device.deviceId === camera.deviceId}>
                        ${device.label}
                      </option>
                    `,
                  )}
                </select>
              </label>
            `
          : nothing
      }
      <label>
        <input type="checkbox" .checked=${this.mirrored} @change=${this.onMirrorChange} />
        Mirror
      </label>
    `;
  }

  private renderLoading(progress: { phase: string; loadedBytes: number; totalBytes: number } | null) {
    const starting = progress?.phase === 'starting';
    const total = progress?.totalBytes ?? 0;
    const loaded = progress?.loadedBytes ?? 0;
    return html`
      <div class="loading">
        <span>${starting ? 'Starting the pose model…' : 'Loading the pose model…'}</span>
        ${
          total
            ? html`<progress
                aria-label="Loading the pose model"
                max=${total}
                .value=${starting ? total : loaded}
              ></progress>`
            : html`<progress aria-label="Loading the pose model"></progress>`
        }
        <span>${total && !starting ? `${mb(loaded)} of ${mb(total)} MB` : ''}</span>
      </div>
    `;
  }

  private statusText(): string {
    const pipeline = this.pipeline;
    const status = pipeline.detector.status;
    if (status.state === 'loading') return 'Loading…';
    if (status.state !== 'ready') return '';
    if (pipeline.fileProgress) return 'Ready. Analysing…';
    if (!pipeline.pose) return pipeline.source === 'camera' ? 'Ready. Step into view.' : 'Ready.';
    return pipeline.pose.poses.length > 0 ? 'Ready. Tracking.' : 'Ready. Nobody in view.';
  }

  // --- flow ------------------------------------------------------------------------------------

  private async startCamera(deviceId?: string): Promise<void> {
    this.beginSession();
    await this.pipeline.startCamera(deviceId);
  }

  private async openFile(file: File): Promise<void> {
    this.beginSession();
    await this.pipeline.openFile(file);
  }

  private beginSession(): void {
    this.summary = null;
    this.coaching = null;
    this.recorded = [];
    this.coach.start(this.exercise);
  }

  private onResult(result: DetectionResult): void {
    if (this.recording) this.recorded.push(result);
    this.coaching = this.coach.update(result, this.pipeline.source === 'video');
    this.dispatchEvent(new CustomEvent('fc-pose', { detail: result, bubbles: true, composed: true }));
  }

  private onEnded(reason: 'problem' | 'analysed'): void {
    if (reason === 'analysed') this.summary = this.coach.finish();
  }

  private stop = (): void => {
    if (this.pipeline.source !== 'photo') this.summary ??= this.coach.finish();
    this.pipeline.stop();
    if (!this.exercise) this.summary = null;
  };

  private again = (): void => {
    this.summary = null;
  };

  private backToPicker = (event?: Event): void => {
    event?.preventDefault();
    this.page = 'exercises';
    this.summary = null;
    this.chosen = false;
    this.exercise = null;
    history.replaceState(null, '', location.pathname + location.search);
  };

  /** Runs an action started from the UI; anything unexpected becomes a visible problem. */
  private run(action: Promise<void>): void {
    action.catch((error: unknown) => {
      this.pipeline.stop();
      this.pipeline.problem = {
        code: 'model-failed',
        title: 'Something went wrong',
        detail: 'Try again; if it keeps happening, reload the page.',
        actions: ['reload'],
        technical: error instanceof Error ? error.message : String(error),
      };
    });
  }

  // --- events ----------------------------------------------------------------------------------

  private selectFromHash = (): void => {
    const pages: Partial<Record<string, 'accuracy' | 'routines' | 'history'>> = {
      '#accuracy': 'accuracy',
      '#routines': 'routines',
      '#history': 'history',
    };
    this.page = pages[location.hash] ?? 'exercises';
    const id = new URLSearchParams(location.hash.slice(1)).get('exercise');
    const exercise = id ? findExercise(id) : undefined;
    if (exercise) {
      this.exercise = exercise;
      this.chosen = true;
    }
  };

  private onResume = (event: CustomEvent<{ id: string }>): void => {
    this.resumeId = event.detail.id;
    location.hash = '#routines';
  };

  private onSelect = (event: ExerciseSelectEvent): void => {
    const id = event.detail.id;
    this.exercise = id ? (findExercise(id) ?? null) : null;
    this.chosen = true;
    if (id) history.replaceState(null, '', `#exercise=${id}`);
  };

  private onProblemAction = (event: ProblemActionEvent): void => {
    const action: ProblemAction = event.detail.action;
    this.pipeline.problem = null;
    if (action === 'retry-camera' || action === 'retry-model') this.run(this.startCamera());
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
    if (file) this.run(this.openFile(file));
  };

  private onModelChange = (event: Event): void => {
    const model = (event.target as HTMLSelectElement).value as ModelVariant;
    localStorage.setItem(MODEL_KEY, model);
    // With the camera running, the new model takes over without restarting the set.
    this.run(this.pipeline.useModel(model));
  };

  private onAdaptChange = (event: Event): void => {
    this.pipeline.adapt = (event.target as HTMLInputElement).checked;
    localStorage.setItem(ADAPT_KEY, String(this.pipeline.adapt));
    this.requestUpdate();
  };

  private onCameraChange = (event: Event): void => {
    this.run(this.startCamera((event.target as HTMLSelectElement).value));
  };

  private onMirrorChange = (event: Event): void => {
    this.mirrored = (event.target as HTMLInputElement).checked;
    localStorage.setItem(MIRROR_KEY, String(this.mirrored));
  };

  private onRecordingChange = (event: Event): void => {
    this.recording = (event.target as HTMLInputElement).checked;
  };

  private downloadTrace = (): void => {
    const trace = makeTrace(this.recorded, {
      source: this.pipeline.source === 'camera' ? 'camera' : this.pipeline.fileName || 'camera',
      model: this.pipeline.model,
      ...(this.exercise ? { exercise: this.exercise.id } : {}),
    });
    const url = URL.createObjectURL(new Blob([JSON.stringify(trace)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `form-coach-trace-${this.exercise?.id ?? 'tracking'}-${new Date().toISOString().slice(0, 19)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  private onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.classList.add('dragging');
  };

  private onDragLeave = (): void => {
    this.classList.remove('dragging');
  };

  private onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file && !this.unsupported) {
      this.chosen = true;
      this.run(this.openFile(file));
    }
  };
}

function readModel(): ModelVariant {
  const saved = localStorage.getItem(MODEL_KEY);
  return (MODEL_VARIANTS as readonly string[]).includes(saved ?? '') ? (saved as ModelVariant) : 'lite';
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

declare global {
  interface HTMLElementTagNameMap {
    'fc-app': FcApp;
  }
  interface HTMLElementEventMap {
    'fc-pose': CustomEvent<DetectionResult>;
  }
}
