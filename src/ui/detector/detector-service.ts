import { createContext } from '@lit/context';
import { proxy } from 'comlink';
import { connectDetector, type DetectorConnection } from '../../detection/connect-detector';
import type { DetectorInfo, LoadProgress, ModelVariant } from '../../detection/detector-api';
import { DetectorClient, type DetectorClientHandlers } from '../../detection/detector-client';
import { detectorAssets } from '../../detection/model-assets';
import { detectorProblem, type Problem } from '../problems';

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
  /** Calls `listener` on every status change; returns the call that stops it. */
  subscribe(listener: () => void): () => void;
}

/** Provided by the app root (`fc-app`), consumed by every flow that analyses frames. */
export const detectorContext = createContext<DetectorService>(Symbol('fc-detector-service'));

/**
 * The detector service on a real worker. The worker starts on the first `load`, changing the
 * model re-initialises the same worker, and a crashed worker is replaced on the next `load`.
 */
export class WorkerDetectorService implements DetectorService {
  status: DetectorStatus = { state: 'idle' };
  private connection: DetectorConnection | null = null;
  private client: DetectorClient | null = null;
  private loading: Promise<DetectorClient | null> | null = null;
  private loadedModel: ModelVariant | null = null;
  private handlers: DetectorClientHandlers | null = null;
  private readonly listeners = new Set<() => void>();
  /** What the client reports goes to whoever claimed the service last. */
  private readonly forward: DetectorClientHandlers = {
    onResult: (result) => this.handlers?.onResult(result),
    onError: (error) => this.handlers?.onError(error),
  };

  constructor(private readonly connect: typeof connectDetector = connectDetector) {}

  load(model: ModelVariant): Promise<DetectorClient | null> {
    if (this.client && this.loadedModel === model) return Promise.resolve(this.client);
    if (this.loading && this.status.state === 'loading' && this.status.model === model) return this.loading;
    this.loading = this.init(model);
    return this.loading;
  }

  claim(handlers: DetectorClientHandlers): void {
    this.handlers = handlers;
  }

  fail(error: unknown): void {
    this.client = null;
    this.loadedModel = null;
    this.setStatus({ state: 'failed', problem: detectorProblem(error) });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the worker (the page is going away). */
  dispose(): void {
    this.connection?.terminate();
    this.connection = null;
    this.client = null;
    this.loadedModel = null;
    this.setStatus({ state: 'idle' });
  }

  private async init(model: ModelVariant): Promise<DetectorClient | null> {
    this.setStatus({ state: 'loading', model, progress: null });
    this.client = null;
    this.loadedModel = null;
    const connection = this.worker();
    try {
      const info = await connection.api.init(
        { model, delegate: 'auto', numPoses: 1, assets: detectorAssets(model) },
        proxy((progress: LoadProgress) => {
          if (this.status.state === 'loading') this.setStatus({ state: 'loading', model, progress });
        }),
      );
      if (connection !== this.connection) return null; // superseded while loading
      this.client = new DetectorClient(connection.api, this.forward);
      this.loadedModel = model;
      this.setStatus({ state: 'ready', info });
      return this.client;
    } catch (error) {
      if (connection === this.connection) this.fail(error);
      return null;
    }
  }

  private worker(): DetectorConnection {
    if (this.connection) return this.connection;
    const connection = this.connect((message) => {
      if (connection !== this.connection) return;
      // A crashed worker cannot be trusted again: start a fresh one on retry.
      this.connection = null;
      connection.terminate();
      this.fail(Object.assign(new Error(message), { name: 'runtime-load' }));
    });
    this.connection = connection;
    return connection;
  }

  private setStatus(status: DetectorStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
