import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { MODEL_VARIANTS, type DetectionResult, type ModelVariant } from '../../detection/detector-api';
import { MODEL_SIZES_MB } from '../../detection/model-assets';
import type { PoseFrame } from '../../pose/types';
import { CameraController } from '../controllers/camera-controller';
import { DetectorController } from '../controllers/detector-controller';
import { detectorProblem, fileProblem, unsupportedProblem, type Problem, type ProblemAction } from '../problems';
import { RateMeter } from '../rate-meter';
import { captureFrame } from '../sources/capture';
import { LiveFrames } from '../sources/live-frames';
import { UnreadableFileError, analyseVideo, loadVideo } from '../sources/video-file';
import { missingFeatures } from '../support';
import './fc-problem';
import './fc-stage';
import './fc-status';
import type { FcStage } from './fc-stage';
import type { ProblemActionEvent } from './fc-problem';

type Source = 'none' | 'camera' | 'video' | 'photo';

/** Frames per second analysed in a video file: fixed, so every machine gets the same result. */
const FILE_ANALYSIS_RATE = 30;
const MODEL_KEY = 'form-coach:model';
const MIRROR_KEY = 'form-coach:mirror';

const MODEL_LABELS: Record<ModelVariant, string> = {
  lite: 'Lite — fastest',
  full: 'Full — more accurate',
  heavy: 'Heavy — most accurate, slow',
};

/**
 * The app shell: choose a source (camera, video or photo), see the skeleton tracked over it.
 * Each result is also announced as an `fc-pose` event (detail: the {@link DetectionResult}).
 */
@customElement('fc-app')
export class FcApp extends LitElement {
  static override styles = css`
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
      letter-spacing: 0.02em;
    }
    header p {
      margin: 0;
      opacity: 0.7;
    }
    main {
      padding: 0 1.5rem 2rem;
      max-width: 72rem;
      margin: 0 auto;
    }
    .home {
      display: grid;
      gap: 1.25rem;
      justify-items: start;
      max-width: 40rem;
      padding: 2rem 0;
    }
    .home h2 {
      font-size: 2rem;
      margin: 0;
      line-height: 1.2;
    }
    .home p {
      margin: 0;
      line-height: 1.6;
      opacity: 0.85;
    }
    .buttons,
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .toolbar {
      margin: 0.75rem 0;
    }
    button,
    select {
      font: inherit;
      color: inherit;
      padding: 0.6rem 1.1rem;
      border-radius: 8px;
      border: 1px solid var(--fc-accent, #40e0d0);
      background: transparent;
      cursor: pointer;
    }
    select {
      background: var(--fc-surface, #1d2430);
    }
    button.primary {
      background: var(--fc-accent, #40e0d0);
      color: #062b28;
      font-weight: 600;
    }
    button:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    button:focus-visible,
    select:focus-visible,
    input:focus-visible {
      outline: 3px solid var(--fc-focus, #ffd166);
      outline-offset: 2px;
    }
    label {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
    }
    .privacy {
      font-size: 0.9rem;
      opacity: 0.75;
    }
    .loading {
      inset: 0;
      display: grid;
      place-content: center;
      gap: 0.75rem;
      text-align: center;
      background: rgb(0 0 0 / 55%);
      width: 100%;
      height: 100%;
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
    .file-progress {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin-top: 0.75rem;
    }
    fc-problem {
      margin: 1.5rem 0;
    }
    input[type='file'] {
      display: none;
    }
  `;

  @state() private source: Source = 'none';
  @state() private problem: Problem | null = null;
  @state() private mirrored = localStorage.getItem(MIRROR_KEY) !== 'false';
  @state() private model: ModelVariant = readModel();
  @state() private pose: PoseFrame | null = null;
  @state() private fileName = '';
  @state() private photoUrl = '';
  @state() private fileProgress: { done: number; total: number } | null = null;
  @state() private fps = 0;
  @state() private inferenceMs = 0;

  @query('fc-stage') private readonly stage!: FcStage | null;
  @query('input[type=file]') private readonly fileInput!: HTMLInputElement | null;

  private readonly detector = new DetectorController(this, {
    onResult: (result) => this.show(result),
    onError: (error) => this.failDetector(error),
  });
  private readonly camera = new CameraController(this, (problem) => this.stopWith(problem));
  private readonly rate = new RateMeter();
  private live: LiveFrames | null = null;
  private fileRun: AbortController | null = null;
  private playback: { results: DetectionResult[]; handle: number } | null = null;
  private objectUrl = '';
  private unsupported = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const missing = missingFeatures();
    if (missing.length > 0) {
      this.unsupported = true;
      this.problem = unsupportedProblem(missing);
    }
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSource();
  }

  override render() {
    return html`
      <header>
        <h1>Form Coach</h1>
        <p>Your movements, seen and coached — on this device only.</p>
      </header>
      <main>
        ${this.problem ? html`<fc-problem .problem=${this.problem} @fc-action=${this.onProblemAction}></fc-problem>` : nothing}
        ${this.source === 'none' ? this.renderHome() : this.renderSession()}
        <input type="file" accept="video/*,image/*" aria-label="Open a video or photo" @change=${this.onFileChosen} />
      </main>
    `;
  }

  private renderHome() {
    return html`
      <section class="home">
        <h2>See your form while you move.</h2>
        <p>
          Stand where your camera can see you. Form Coach tracks your body and shows the skeleton it sees. The video
          never leaves this device: nothing is uploaded, nothing is recorded.
        </p>
        <div class="buttons">
          <button class="primary" ?disabled=${this.unsupported} @click=${() => this.run(this.startCamera())}>
            Start camera
          </button>
          <button ?disabled=${this.unsupported} @click=${this.chooseFile}>Open a video or photo</button>
        </div>
        ${this.renderModelPicker()}
        <p class="privacy">You can also drop a video file anywhere on this page.</p>
      </section>
    `;
  }

  private renderModelPicker() {
    return html`
      <label>
        Pose model
        <select @change=${this.onModelChange} aria-label="Pose model">
          ${MODEL_VARIANTS.map(
            (variant) => html`
              <option value=${variant} ?selected=${variant === this.model}>
                ${MODEL_LABELS[variant]} (${MODEL_SIZES_MB[variant]} MB)
              </option>
            `,
          )}
        </select>
      </label>
    `;
  }

  private renderSession() {
    const status = this.detector.status;
    const mirrored = this.source === 'camera' && this.mirrored;
    return html`
      <div class="toolbar">
        <button @click=${this.stopSource}>Stop</button>
        ${
          this.source === 'camera'
            ? this.renderCameraControls()
            : html`<button @click=${this.chooseFile}>Open another file</button><span>${this.fileName}</span>`
        }
        ${this.renderModelPicker()}
      </div>
      <fc-stage ?mirrored=${mirrored} .frame=${this.pose} photo=${this.photoUrl}>
        ${status.state === 'loading' ? this.renderLoading(status.progress) : nothing}
      </fc-stage>
      ${
        this.fileProgress
          ? html`
              <div class="file-progress">
                <progress
                  aria-label="Analysing the video"
                  max=${this.fileProgress.total}
                  value=${this.fileProgress.done}
                ></progress>
                <span>Analysing frame ${this.fileProgress.done} of ${this.fileProgress.total}</span>
              </div>
            `
          : nothing
      }
      <div class="status-row">
        <span role="status" aria-live="polite">${this.statusText()}</span>
        <fc-status
          .info=${status.state === 'ready' ? status.info : null}
          .fps=${this.fps}
          .inferenceMs=${this.inferenceMs}
        ></fc-status>
      </div>
    `;
  }

  private renderCameraControls() {
    return html`
      ${
        this.camera.devices.length > 1
          ? html`
              <label>
                Camera
                <select aria-label="Camera" @change=${this.onCameraChange}>
                  ${this.camera.devices.map(
                    (device) => html`
                      <option value=${device.deviceId} ?selected=${device.deviceId === this.camera.deviceId}>
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
    const status = this.detector.status;
    if (status.state === 'loading') return 'Loading…';
    if (status.state !== 'ready') return '';
    if (this.fileProgress) return 'Ready. Analysing…';
    if (!this.pose) return this.source === 'camera' ? 'Ready. Step into view.' : 'Ready.';
    return this.pose.poses.length > 0 ? 'Ready. Tracking.' : 'Ready. Nobody in view.';
  }

  // --- sources -------------------------------------------------------------------------------

  private async startCamera(deviceId?: string): Promise<void> {
    this.stopSource();
    this.source = 'camera';
    const [stream, client] = await Promise.all([this.camera.start(deviceId), this.detector.load(this.model)]);
    if (!stream) {
      this.stopWith(this.camera.problem);
      return;
    }
    if (!client) {
      this.stopWith(this.detectorFailure());
      return;
    }
    const video = await this.stageVideo();
    video.srcObject = stream;
    await video.play();
    this.live = new LiveFrames(video, client, (error) => this.failDetector(error));
    this.live.start();
  }

  private async openFile(file: File): Promise<void> {
    this.stopSource();
    this.fileName = file.name;
    if (file.type.startsWith('image/')) return this.openPhoto(file);
    this.source = 'video';
    const video = await this.stageVideo();
    this.objectUrl = URL.createObjectURL(file);
    const [loaded, client] = await Promise.all([
      loadVideo(video, this.objectUrl).then(
        () => null,
        (error: unknown) => error,
      ),
      this.detector.load(this.model),
    ]);
    if (loaded) {
      this.stopWith(this.fileFailure(file.name, loaded));
      return;
    }
    if (!client) {
      this.stopWith(this.detectorFailure());
      return;
    }
    const run = new AbortController();
    this.fileRun = run;
    this.fileProgress = { done: 0, total: 0 };
    try {
      const results = await analyseVideo(video, client, {
        ratePerSecond: FILE_ANALYSIS_RATE,
        signal: run.signal,
        onFrame: (result, index, total) => {
          this.fileProgress = { done: index + 1, total };
          this.show(result);
        },
      });
      if (run.signal.aborted) return;
      this.fileProgress = null;
      this.startPlayback(video, results);
    } catch (error) {
      if (!run.signal.aborted) this.stopWith(this.fileFailure(file.name, error) ?? detectorProblem(error));
    }
  }

  private async openPhoto(file: File): Promise<void> {
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(file);
    } catch {
      this.stopWith(fileProblem(file.name, 'is not an image this browser can read'));
      return;
    }
    this.objectUrl = URL.createObjectURL(file);
    this.photoUrl = this.objectUrl;
    this.source = 'photo';
    const client = await this.detector.load(this.model);
    if (!client) {
      bitmap.close();
      this.stopWith(this.detectorFailure());
      return;
    }
    try {
      await client.reset();
      const frame = await captureFrame(bitmap);
      this.show(await client.detect(frame, 0));
    } finally {
      bitmap.close();
    }
  }

  /** The stage's video element, once the stage is rendered. */
  private async stageVideo(): Promise<HTMLVideoElement> {
    await this.updateComplete;
    if (!this.stage) throw new Error('The video stage is not on the page');
    await this.stage.updateComplete;
    return this.stage.video;
  }

  /** After analysis the video plays with the analysed skeleton following it. */
  private startPlayback(video: HTMLVideoElement, results: DetectionResult[]): void {
    video.controls = true;
    video.currentTime = 0;
    const follow = (_now: number, metadata: VideoFrameCallbackMetadata) => {
      if (this.playback?.results !== results) return;
      const index = Math.min(results.length - 1, Math.floor(metadata.mediaTime * FILE_ANALYSIS_RATE));
      const result = results[index];
      if (result) this.pose = result;
      this.playback.handle = video.requestVideoFrameCallback(follow);
    };
    this.playback = { results, handle: video.requestVideoFrameCallback(follow) };
  }

  private stopSource = (): void => {
    this.live?.stop();
    this.live = null;
    this.fileRun?.abort();
    this.fileRun = null;
    this.fileProgress = null;
    if (this.playback) this.stage?.video.cancelVideoFrameCallback(this.playback.handle);
    this.playback = null;
    this.camera.stop();
    const video = this.stage?.video;
    if (video) {
      video.pause();
      video.controls = false;
      video.srcObject = null;
      video.removeAttribute('src');
    }
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = '';
    this.photoUrl = '';
    this.pose = null;
    this.rate.reset();
    this.fps = 0;
    this.source = 'none';
  };

  private stopWith(problem: Problem | null): void {
    this.stopSource();
    this.problem = problem;
  }

  // --- results and failures ------------------------------------------------------------------

  private show(result: DetectionResult): void {
    this.pose = result;
    this.rate.tick(performance.now());
    this.fps = this.rate.perSecond;
    this.inferenceMs = result.inferenceMs;
    this.dispatchEvent(new CustomEvent('fc-pose', { detail: result, bubbles: true, composed: true }));
  }

  private failDetector(error: unknown): void {
    this.detector.fail(error);
    this.stopWith(this.detectorFailure());
  }

  private detectorFailure(): Problem {
    const status = this.detector.status;
    return status.state === 'failed' ? status.problem : detectorProblem(new Error('The pose model is not ready'));
  }

  private fileFailure(name: string, error: unknown): Problem | null {
    return error instanceof UnreadableFileError ? fileProblem(name, error.message) : null;
  }

  /** Runs an action started from the UI; anything unexpected becomes a visible problem. */
  private run(action: Promise<void>): void {
    action.catch((error: unknown) => this.stopWith(detectorProblem(error)));
  }

  // --- events ----------------------------------------------------------------------------------

  private onProblemAction = (event: ProblemActionEvent): void => {
    const action: ProblemAction = event.detail.action;
    this.problem = null;
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
    this.model = (event.target as HTMLSelectElement).value as ModelVariant;
    localStorage.setItem(MODEL_KEY, this.model);
    if (this.source === 'camera') this.run(this.startCamera(this.camera.deviceId));
  };

  private onCameraChange = (event: Event): void => {
    this.run(this.startCamera((event.target as HTMLSelectElement).value));
  };

  private onMirrorChange = (event: Event): void => {
    this.mirrored = (event.target as HTMLInputElement).checked;
    localStorage.setItem(MIRROR_KEY, String(this.mirrored));
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
    if (file && !this.unsupported) this.run(this.openFile(file));
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
