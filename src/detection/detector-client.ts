import { transfer } from 'comlink';
import { probe } from '../perf/probe';
import type { AnalysisFrame, DetectionResult, PoseDetectorApi } from './detector-api';

/** The part of the worker API the client paces (Comlink's remote, or a fake in tests). */
export type DetectorPort = Pick<PoseDetectorApi, 'detect' | 'reset'>;

export interface DetectorClientHandlers {
  readonly onResult: (result: DetectionResult) => void;
  readonly onError: (error: unknown) => void;
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
 *   until `reset()` starts a new source.
 */
export class DetectorClient {
  private lastTimestampMs = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<unknown> | null = null;
  private waiting: WaitingFrame | null = null;
  /** Frames offered but replaced by a newer one before they could be analysed. */
  dropped = 0;

  constructor(
    private readonly port: DetectorPort,
    private readonly handlers: DetectorClientHandlers,
  ) {}

  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Live sources: analyse this frame as soon as the worker is free, unless a newer one comes. */
  offer(frame: AnalysisFrame, timestampMs: number): void {
    if (this.inFlight) {
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
    while (this.inFlight) await this.inFlight.catch(() => undefined);
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
    await this.port.reset();
    this.lastTimestampMs = Number.NEGATIVE_INFINITY;
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
    this.inFlight = job;
    job.then(
      (result) => {
        // The worker is free: give it the waiting frame before handling this result, so the
        // page's work on the result overlaps the next inference instead of delaying it.
        this.next();
        this.handlers.onResult(result);
      },
      (error: unknown) => {
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
    const timestamp = Math.max(timestampMs, this.lastTimestampMs + 1);
    this.lastTimestampMs = timestamp;
    probe.bitmapReleased(); // handed to the worker, which closes it
    return this.port.detect(transfer(frame, [frame]), timestamp);
  }
}
