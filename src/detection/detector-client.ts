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

/** A frame sent to the worker and not yet answered. */
interface Flight {
  readonly job: Promise<DetectionResult>;
  /** Rejects `job` when its worker is abandoned (its answer will never come). */
  readonly abandon: (error: Error) => void;
}

/**
 * Paces frames into the worker:
 * - live frames: one frame in flight; while it runs, the newest offered frame waits and any older waiting frame
 *   is closed (latest frame wins: the coach reacts to now, not to a backlog);
 * - timestamps strictly increasing (at least 1 ms apart), as MediaPipe's VIDEO mode requires,
 *   until `reset()` starts a new source — also across a replaced worker (`suspend`/`resume`), so
 *   the page's flows keep this same client while the worker behind it is restarted;
 * - files may keep a second frame queued in the worker (`detect`'s `depth`), so the model starts on
 *   it the moment it finishes the first instead of waiting for a round trip to the page. The
 *   worker answers in order (it runs one inference at a time); the watchdog watches the oldest
 *   frame, timed from when the worker could start on it.
 */
export class DetectorClient {
  private lastTimestampMs = Number.NEGATIVE_INFINITY;
  /** Frames with the worker, oldest first. */
  private flights: Flight[] = [];
  private waiting: WaitingFrame | null = null;
  /** Null while the worker is being replaced: frames wait (latest wins) until `resume`. */
  private port: DetectorPort | null;
  /** Bumped when the worker is replaced, so an answer from the old one is ignored. */
  private generation = 0;
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
    return this.flights.length > 0;
  }

  /** Frames sent to the worker and not yet answered. */
  get inFlight(): number {
    return this.flights.length;
  }

  /** Settles when a frame in flight is answered (or abandoned), at once when none is. */
  private anyAnswer(): Promise<unknown> {
    return Promise.race(this.flights.map((flight) => flight.job.catch(() => undefined)));
  }

  /** Live sources: analyse this frame as soon as the worker is free, unless a newer one comes. */
  offer(frame: AnalysisFrame, timestampMs: number): void {
    if (this.busy || !this.port) {
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

  /**
   * Files: analyse this frame, never dropped. It is sent once fewer than `depth` frames are with
   * the worker (1: after the frame in flight is answered; 2: while the worker still works on one,
   * so that it never waits for the page). Answers come in the order the frames were sent.
   */
  async detect(frame: AnalysisFrame, timestampMs: number, depth = 1): Promise<DetectionResult> {
    while (this.flights.length >= Math.max(1, depth) || !this.port) {
      if (this.port) await this.anyAnswer();
      else await this.portReady;
    }
    return this.send(frame, timestampMs);
  }

  /** Drops any waiting frame, lets the one in flight finish, and starts afresh for a new source. */
  async reset(): Promise<void> {
    this.discardWaiting();
    while (this.busy) await this.anyAnswer();
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
    const abandoned = this.flights;
    this.flights = [];
    for (const flight of abandoned) {
      flight.abandon(Object.assign(new Error('The pose worker was restarted during the analysis'), { name: 'detect' }));
    }
    this.portReady = new Promise((resolve) => (this.markPortReady = resolve));
  }

  /** A new worker, with the model loaded, takes over; timestamps carry on increasing. */
  resume(port: DetectorPort): void {
    this.port = port;
    this.markPortReady();
    const next = this.waiting;
    this.waiting = null;
    if (next && !this.busy) this.start(next.frame, next.timestampMs);
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
    let abandon: (error: Error) => void = () => undefined;
    let answer: Promise<DetectionResult>;
    try {
      answer = port.detect(transfer(frame, [frame]), timestamp);
    } catch (error) {
      // A call that throws at once (a released connection) fails like one that fails later.
      answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const job = new Promise<DetectionResult>((resolve, reject) => {
      abandon = reject;
      answer.then(
        (result) => {
          this.settle(flight, generation);
          resolve(result);
        },
        (error: unknown) => {
          this.settle(flight, generation);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
    const flight: Flight = { job, abandon };
    this.flights.push(flight);
    // The watchdog times the oldest frame only: a frame queued behind another is not late yet.
    if (this.flights.length === 1) this.observer?.sent(this.now());
    return job;
  }

  /** A frame's answer came: it leaves the flights, and the watchdog moves on to the next one. */
  private settle(flight: Flight, generation: number): void {
    if (generation !== this.generation) return; // from a worker since replaced
    const index = this.flights.indexOf(flight);
    if (index < 0) return;
    this.flights.splice(index, 1);
    if (index !== 0) return;
    const now = this.now();
    this.observer?.settled(now);
    // The worker starts on the next frame as it answers this one (it runs one at a time).
    if (this.flights.length > 0) this.observer?.sent(now);
  }
}
