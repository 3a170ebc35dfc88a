import { createContext } from '@lit/context';
import { proxy } from 'comlink';
import { connectDetector, type DetectorConnection } from '../../detection/connect-detector';
import type {
  DelegatePreference,
  DetectorInfo,
  LoadProgress,
  ModelVariant,
  WorkerFault,
} from '../../detection/detector-api';
import { DetectorClient, type DetectorClientHandlers } from '../../detection/detector-client';
import { detectorAssets } from '../../detection/model-assets';
import { detectorProblem, type Problem } from '../problems';
import { recoveryDelegate, RestartBudget, restartNotice, Watchdog, type RecoveryCause } from './watchdog';

export type DetectorStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'loading'; readonly model: ModelVariant; readonly progress: LoadProgress | null }
  | { readonly state: 'ready'; readonly info: DetectorInfo }
  | { readonly state: 'failed'; readonly problem: Problem };

/**
 * The page's one pose detector: one worker, one model loaded at a time, shared by every flow
 * (the single exercise, the routine runner). Whoever runs a source `claim`s it, so results go to
 * the flow on screen; only one flow shows at a time.
 */
export interface DetectorService {
  readonly status: DetectorStatus;
  /** The client for `model`, loading it first if needed; null when loading failed (see status). */
  load(model: ModelVariant): Promise<DetectorClient | null>;
  /** Sends the client's results and frame errors to `handlers` from now on. */
  claim(handlers: DetectorClientHandlers): void;
  /** Records a failure (from loading or from a frame) so the page can show what to do. */
  fail(error: unknown): void;
  /** Calls `listener` on every status or notice change; returns the call that stops it. */
  subscribe(listener: () => void): () => void;
  /** What the service did by itself (a restarted worker), said briefly; '' when nothing. */
  readonly notice: string;
}

/** Provided by the app root (`fc-app`), consumed by every flow that analyses frames. */
export const detectorContext = createContext<DetectorService>(Symbol('fc-detector-service'));

/** Time and faults, injectable so that unit tests drive the clock. */
export interface ServiceOptions {
  readonly now: () => number;
  readonly every: (callback: () => void, ms: number) => () => void;
  readonly after: (callback: () => void, ms: number) => () => void;
  /** Browser tests may inject faults into the worker (`?fc-faults` in the address). */
  readonly faults: boolean;
}

const PAGE_OPTIONS: ServiceOptions = {
  now: () => performance.now(),
  every: (callback, ms) => {
    const id = setInterval(callback, ms);
    return () => clearInterval(id);
  },
  after: (callback, ms) => {
    const id = setTimeout(callback, ms);
    return () => clearTimeout(id);
  },
  faults: typeof location !== 'undefined' && new URLSearchParams(location.search).has('fc-faults'),
};

/** How often the watchdog looks: a hang is noticed at most this late. */
const WATCH_EVERY_MS = 250;
/** How long the restart notice stays: long enough to read, gone before it is stale. */
const NOTICE_MS = 8000;

interface Running {
  readonly connection: DetectorConnection;
  /** Rejects when the worker crashes, so that a pending `init` never hangs. */
  readonly crashed: Promise<never>;
}

/**
 * The detector service on a real worker. The worker starts on the first `load`, changing the
 * model re-initialises the same worker. A worker that crashes, stops answering (the watchdog) or
 * loses its WebGL context is replaced and the model reloaded behind the same client, so the flows
 * and their coach (the count, the hold clock, the set) never notice but for a brief notice.
 */
export class WorkerDetectorService implements DetectorService {
  status: DetectorStatus = { state: 'idle' };
  notice = '';
  /** Results delivered, and workers replaced: read by the browser tests through the page. */
  results = 0;
  restarts = 0;
  private running: Running | null = null;
  private client: DetectorClient | null = null;
  private loading: Promise<DetectorClient | null> | null = null;
  private recovering: Promise<void> | null = null;
  private loadedModel: ModelVariant | null = null;
  private delegate: DelegatePreference = 'auto';
  private gpuLosses = 0;
  private handlers: DetectorClientHandlers | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly watchdog = new Watchdog();
  private readonly budget = new RestartBudget();
  private readonly options: ServiceOptions;
  private stopWatching: (() => void) | null = null;
  private clearNotice: (() => void) | null = null;
  /** What the client reports goes to whoever claimed the service last. */
  private readonly forward: DetectorClientHandlers = {
    onResult: (result) => {
      this.results++;
      this.handlers?.onResult(result);
    },
    onError: (error) => {
      // A lost GPU context is not the flow's problem: a new worker gets a new context.
      const lost = error instanceof Error && error.name === 'context-lost';
      if (!lost || (!this.recovering && !this.recover('context-lost'))) this.handlers?.onError(error);
    },
  };

  constructor(
    private readonly connect: typeof connectDetector = connectDetector,
    options: Partial<ServiceOptions> = {},
  ) {
    this.options = { ...PAGE_OPTIONS, ...options };
  }

  load(model: ModelVariant): Promise<DetectorClient | null> {
    if (this.recovering) return this.recovering.then(() => this.load(model));
    if (this.client && this.loadedModel === model) return Promise.resolve(this.client);
    if (this.loading && this.status.state === 'loading' && this.status.model === model) return this.loading;
    this.loading = this.init(model);
    return this.loading;
  }

  claim(handlers: DetectorClientHandlers): void {
    this.handlers = handlers;
  }

  fail(error: unknown): void {
    this.client?.suspend();
    this.client = null;
    this.loadedModel = null;
    this.watch(false);
    this.setStatus({ state: 'failed', problem: detectorProblem(error) });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A browser test's hook (only with `?fc-faults`): break the worker as a real fault would. */
  inject(fault: WorkerFault | 'terminate'): void {
    if (this.options.faults) this.running?.connection.inject(fault);
  }

  /** Stops the worker (the page is going away). */
  dispose(): void {
    this.watch(false);
    this.clearNotice?.();
    this.running?.connection.terminate();
    this.running = null;
    this.client = null;
    this.loadedModel = null;
    this.setStatus({ state: 'idle' });
  }

  private async init(model: ModelVariant): Promise<DetectorClient | null> {
    this.setStatus({ state: 'loading', model, progress: null });
    this.client?.suspend();
    this.client = null;
    this.loadedModel = null;
    this.watch(false);
    const running = this.worker();
    try {
      const info = await this.start(running, model, (progress) => {
        if (this.status.state === 'loading') this.setStatus({ state: 'loading', model, progress });
      });
      if (running !== this.running) return null; // superseded while loading
      this.client = new DetectorClient(running.connection.api, this.forward, this.watchdog, this.options.now);
      this.loadedModel = model;
      this.watch(true);
      this.setStatus({ state: 'ready', info });
      return this.client;
    } catch (error) {
      if (running === this.running) this.drop(running, error);
      return null;
    }
  }

  private start(running: Running, model: ModelVariant, onProgress?: (progress: LoadProgress) => void) {
    const restart = !onProgress; // a recovery: nobody waits for a progress bar
    const options = { model, delegate: this.delegate, numPoses: 1, assets: detectorAssets(model), restart };
    const init = onProgress
      ? running.connection.api.init(options, proxy(onProgress))
      : running.connection.api.init(options);
    return Promise.race([init, running.crashed]);
  }

  /**
   * Replaces the worker behind the same client: the flows keep their client, their coach and their
   * set; frames offered meanwhile wait (the latest wins) and flow again once the model is back.
   * False when there is nothing running to recover (the caller reports the fault instead).
   */
  private recover(cause: RecoveryCause): boolean {
    const client = this.client;
    const model = this.loadedModel;
    const previous = this.status.state === 'ready' ? this.status.info : null;
    if (this.recovering || !client || !model || !previous) return false;
    if (!this.budget.take(this.options.now())) {
      const error = Object.assign(new Error(`The pose worker failed again (${cause})`), { name: 'detect' });
      this.fail(error);
      this.handlers?.onError(error);
      return true; // handled: the flow has heard
    }
    this.delegate = recoveryDelegate(cause, this.delegate, previous.delegate, this.gpuLosses);
    if (cause === 'context-lost' && previous.delegate === 'GPU') this.gpuLosses++;
    client.suspend();
    this.watchdog.warmUp();
    if (this.running) this.running.connection.terminate();
    this.running = null;
    const running = this.worker();
    this.recovering = this.start(running, model).then(
      (info) => {
        this.recovering = null;
        if (running !== this.running) return;
        client.resume(running.connection.api);
        this.restarts++;
        this.setStatus({ state: 'ready', info });
        this.handlers?.onRestarted?.();
        this.say(restartNotice(cause, info.delegate, previous.delegate));
      },
      (error: unknown) => {
        this.recovering = null;
        if (running !== this.running) return;
        this.drop(running, error);
        this.handlers?.onError(error);
      },
    );
    return true;
  }

  /** A worker that failed is not reused: the next `load` starts a fresh one. */
  private drop(running: Running, error: unknown): void {
    running.connection.terminate();
    if (this.running === running) this.running = null;
    this.fail(error);
  }

  private worker(): Running {
    if (this.running) return this.running;
    let reject: (error: Error) => void = () => undefined;
    const crashed = new Promise<never>((_, fail) => (reject = fail));
    crashed.catch(() => undefined); // heard through `start` while loading; otherwise by `recover`
    const connection = this.connect(
      (message) => {
        if (running !== this.running) return;
        const error = Object.assign(new Error(message), { name: 'runtime-load' });
        // Loading: `start` rejects with it. Running: a new worker takes over.
        reject(error);
        if (this.client && !this.recovering) this.recover('crash');
      },
      { faults: this.options.faults },
    );
    const running: Running = { connection, crashed };
    this.running = running;
    return running;
  }

  /** The watchdog looks at the frame in flight while a client runs. */
  private watch(on: boolean): void {
    this.stopWatching?.();
    this.stopWatching = on
      ? this.options.every(() => {
          if (!this.recovering && this.watchdog.check(this.options.now(), WATCH_EVERY_MS)) this.recover('hang');
        }, WATCH_EVERY_MS)
      : null;
    if (on) this.watchdog.warmUp();
  }

  private say(notice: string): void {
    this.clearNotice?.();
    this.notice = notice;
    this.clearNotice = this.options.after(() => {
      this.notice = '';
      this.clearNotice = null;
      this.notify();
    }, NOTICE_MS);
    this.notify();
  }

  private setStatus(status: DetectorStatus): void {
    this.status = status;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
