import { transfer } from 'comlink';
import { probe } from '../perf/probe';
import type { AnalysisFrame, DetectionResult, PoseDetectorApi } from './detector-api';

/** The part of the worker API the client paces (Comlink's remote, or a fake in tests). */
export type DetectorPort = Pick<PoseDetectorApi, 'detect' | 'reset'>;

export interface DetectorClientHandlers {
  readonly onResult: (result: DetectionResult) => void;
  readonly onError: (error: unknown) => void;
  /**
   * A new worker took over after a fault: the pause was the restart's, not slow analysis, so
   * whoever measures the analysis rate starts afresh.
   */
  readonly onRestarted?: () => void;
}

/** Hears when a frame goes to the worker and when its answer comes back (the watchdog). */
export interface FlightObserver {
  sent(nowMs: number): void;
  settled(nowMs: number): void;
}

interface WaitingFrame {
  readonly frame: AnalysisFrame;
  readonly timestampMs: number;
}

/**
 * Paces frames into the worker:
 * - one frame in flight; while it runs, the newest offered frame waits and any older waiting frame
 *   is closed (latest frame wins: the coach reacts to now, not to a backlog);
 * - timestamps strictly increasing (at least 1 ms apart), as MediaPipe's VIDEO mode requires,
 *   until `reset()` starts a new source — also across a replaced worker (`suspend`/`resume`), so
 *   the page's flows keep this same client while the worker behind it is restarted.
 */
export class DetectorClient {
  private lastTimestampMs = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<unknown> | null = null;
  private waiting: WaitingFrame | null = null;
  /** Null while the worker is being replaced: frames wait (latest wins) until `resume`. */
  private port: DetectorPort | null;
  /** Bumped when the worker is replaced, so an answer from the old one is ignored. */
  private generation = 0;
  /** Rejects the `detect()` call in flight when its worker is abandoned. */
  private abandon: ((error: Error) => void) | null = null;
  private portReady: Promise<void> = Promise.resolve();
  private markPortReady: () => void = () => undefined;
  /** Frames offered but replaced by a newer one before they could be analysed. */
  dropped = 0;

  constructor(
    port: DetectorPort,
    private readonly handlers: DetectorClientHandlers,
    private readonly observer: FlightObserver | null = null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.port = port;
  }

  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Live sources: analyse this frame as soon as the worker is free, unless a newer one comes. */
  offer(frame: AnalysisFrame, timestampMs: number): void {
    if (this.inFlight || !this.port) {
      if (this.waiting) {
        this.waiting.frame.close();
        probe.bitmapReleased();
        this.dropped++;
      }
      this.waiting = { frame, timestampMs };
      return;
    }
    this.start(frame, timestampMs);
  }

  /** Files: analyse this frame (after any frame in flight), never dropped. */
  async detect(frame: AnalysisFrame, timestampMs: number): Promise<DetectionResult> {
    while (this.inFlight || !this.port) {
      if (this.inFlight) await this.inFlight.catch(() => undefined);
      else await this.portReady;
    }
    const job = this.send(frame, timestampMs);
    this.inFlight = job;
    try {
      return await job;
    } finally {
      this.inFlight = null;
    }
  }

  /** Drops any waiting frame, lets the one in flight finish, and starts afresh for a new source. */
  async reset(): Promise<void> {
    this.discardWaiting();
    while (this.inFlight) await this.inFlight.catch(() => undefined);
    while (!this.port) await this.portReady;
    await this.port.reset();
    this.lastTimestampMs = Number.NEGATIVE_INFINITY;
  }

  /**
   * The worker is being replaced: the frame in flight will never be answered. Live frames wait for
   * `resume` (the latest wins); a file's `detect()` in flight fails (its frame went with the worker).
   */
  suspend(): void {
    if (!this.port) return;
    this.port = null;
    this.generation++;
    this.inFlight = null;
    this.abandon?.(Object.assign(new Error('The pose worker was restarted during the analysis'), { name: 'detect' }));
    this.abandon = null;
    this.portReady = new Promise((resolve) => (this.markPortReady = resolve));
  }

  /** A new worker, with the model loaded, takes over; timestamps carry on increasing. */
  resume(port: DetectorPort): void {
    this.port = port;
    this.markPortReady();
    const next = this.waiting;
    this.waiting = null;
    if (next && !this.inFlight) this.start(next.frame, next.timestampMs);
    else if (next) this.waiting = next;
  }

  /** Closes a waiting frame; nothing more will be sent until the next offer/detect. */
  discardWaiting(): void {
    if (this.waiting) {
      this.waiting.frame.close();
      probe.bitmapReleased();
    }
    this.waiting = null;
  }

  private start(frame: AnalysisFrame, timestampMs: number): void {
    const job = this.send(frame, timestampMs);
    const generation = this.generation;
    this.inFlight = job;
    job.then(
      (result) => {
        if (generation !== this.generation) return; // from a worker since replaced
        // The worker is free: give it the waiting frame before handling this result, so the
        // page's work on the result overlaps the next inference instead of delaying it.
        this.next();
        this.handlers.onResult(result);
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.next();
        this.handlers.onError(error);
      },
    );
  }

  private next(): void {
    this.inFlight = null;
    const next = this.waiting;
    this.waiting = null;
    if (next) this.start(next.frame, next.timestampMs);
  }

  private send(frame: AnalysisFrame, timestampMs: number): Promise<DetectionResult> {
    const port = this.port;
    if (!port) throw new Error('No worker to send the frame to'); // callers wait for `resume`
    const timestamp = Math.max(timestampMs, this.lastTimestampMs + 1);
    this.lastTimestampMs = timestamp;
    probe.bitmapReleased(); // handed to the worker, which closes it
    const generation = this.generation;
    this.observer?.sent(this.now());
    return new Promise<DetectionResult>((resolve, reject) => {
      this.abandon = reject;
      const settle = () => {
        if (generation !== this.generation) return;
        this.abandon = null;
        this.observer?.settled(this.now());
      };
      let answer: Promise<DetectionResult>;
      try {
        answer = port.detect(transfer(frame, [frame]), timestamp);
      } catch (error) {
        // A call that throws at once (a released connection) fails like one that fails later.
        answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      answer.then(
        (result) => {
          settle();
          resolve(result);
        },
        (error: unknown) => {
          settle();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}
