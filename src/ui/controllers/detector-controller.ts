import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
 * Owns the pose worker: starts it, loads a model (with progress), hands out the paced client,
 * and turns every failure into a {@link Problem}. One worker for the page's lifetime; changing the
 * model re-initialises it.
 */
export class DetectorController implements ReactiveController {
  status: DetectorStatus = { state: 'idle' };
  private connection: DetectorConnection | null = null;
  private client: DetectorClient | null = null;
  private loading: Promise<DetectorClient | null> | null = null;
  private loadedModel: ModelVariant | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly handlers: DetectorClientHandlers,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.connection?.terminate();
    this.connection = null;
    this.client = null;
    this.loadedModel = null;
    this.status = { state: 'idle' };
  }

  /** The client for `model`, loading it first if needed; null when loading failed (see status). */
  load(model: ModelVariant): Promise<DetectorClient | null> {
    if (this.client && this.loadedModel === model) return Promise.resolve(this.client);
    if (this.loading && this.status.state === 'loading' && this.status.model === model) return this.loading;
    this.loading = this.init(model);
    return this.loading;
  }

  private async init(model: ModelVariant): Promise<DetectorClient | null> {
    this.setStatus({ state: 'loading', model, progress: null });
    this.client = null;
    this.loadedModel = null;
    const connection = this.connect();
    try {
      const info = await connection.api.init(
        { model, delegate: 'auto', numPoses: 1, assets: detectorAssets(model) },
        proxy((progress: LoadProgress) => {
          if (this.status.state === 'loading') this.setStatus({ state: 'loading', model, progress });
        }),
      );
      if (connection !== this.connection) return null; // superseded while loading
      this.client = new DetectorClient(connection.api, this.handlers);
      this.loadedModel = model;
      this.setStatus({ state: 'ready', info });
      return this.client;
    } catch (error) {
      if (connection === this.connection) this.fail(error);
      return null;
    }
  }

  private connect(): DetectorConnection {
    if (this.connection) return this.connection;
    const connection = connectDetector((message) => {
      if (connection !== this.connection) return;
      // A crashed worker cannot be trusted again: start a fresh one on retry.
      this.connection = null;
      connection.terminate();
      this.fail(Object.assign(new Error(message), { name: 'runtime-load' }));
    });
    this.connection = connection;
    return connection;
  }

  /** Records a failure (from loading or from a frame) so the page can show what to do. */
  fail(error: unknown): void {
    this.client = null;
    this.loadedModel = null;
    this.setStatus({ state: 'failed', problem: detectorProblem(error) });
  }

  private setStatus(status: DetectorStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
