/**
 * What `npm run bench` reads from the running app: when each analysed frame was captured and when
 * its overlay reached the screen, the first pose after page load, and how many frame bitmaps the
 * page holds. Off unless the page is opened with `?bench`: then it records into memory and
 * `window.formCoachProbe` hands the record to the benchmark. Nothing is ever sent anywhere.
 */

export interface ProbeRecord {
  /** ms from navigation start to the first overlay drawn with a pose. */
  readonly firstPoseMs: number | null;
  /** Camera frame → its overlay on screen, per analysed frame (ms). */
  readonly latencyMs: readonly number[];
  /** Whether latency starts at the camera's capture time (else at the frame's arrival). */
  readonly fromCaptureTime: boolean;
  /** Frame bitmaps made by the page and not yet handed to the worker or closed. */
  readonly bitmapsHeld: number;
  readonly bitmapsMade: number;
  /** Analysed frames whose overlay was drawn. */
  readonly painted: number;
  /** How long the record covers (since the page opened, or the last clear()). */
  readonly spanMs: number;
  /** Main-thread tasks over 50 ms (the browser's Long Tasks API), their durations. */
  readonly longTaskMs: readonly number[];
}

export interface Probe {
  readonly enabled: boolean;
  /** A camera frame arrived (its MediaPipe timestamp), captured by the camera at `captureMs`. */
  frameArrived(timestampMs: number, captureMs: number | undefined): void;
  /** The overlay for the frame with this timestamp was drawn (with a pose or not). */
  overlayDrawn(timestampMs: number, withPose: boolean): void;
  bitmapMade(): void;
  bitmapReleased(): void;
  record(): ProbeRecord;
  /** Starts the record afresh (after warm-up), keeping the first pose. */
  clear(): void;
}

const MAX_PENDING = 120;
/**
 * Latencies are kept in a buffer made once, so that recording them does not itself grow the heap
 * the benchmark watches for leaks: two hours at 30 frames/s. Frames past that are not recorded.
 */
const MAX_LATENCIES = 2 * 3600 * 30;

class RecordingProbe implements Probe {
  readonly enabled = true;
  private readonly arrivals = new Map<number, number>();
  private readonly latencies = new Float32Array(MAX_LATENCIES);
  private latencyCount = 0;
  private firstPose: number | null = null;
  private captureTimes = 0;
  private held = 0;
  private made = 0;
  private paintedCount = 0;
  private since = 0;
  private longTasks: number[] = [];

  constructor() {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) this.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    } catch {
      // No Long Tasks API: the benchmark then relies on its trace alone.
    }
  }

  frameArrived(timestampMs: number, captureMs: number | undefined): void {
    if (captureMs !== undefined) this.captureTimes++;
    this.arrivals.set(timestampMs, captureMs ?? timestampMs);
    if (this.arrivals.size > MAX_PENDING) {
      const oldest = this.arrivals.keys().next().value;
      if (oldest !== undefined) this.arrivals.delete(oldest);
    }
  }

  overlayDrawn(timestampMs: number, withPose: boolean): void {
    const arrived = this.arrivals.get(timestampMs);
    this.arrivals.delete(timestampMs);
    // The canvas reaches the screen with the next frame the compositor draws.
    requestAnimationFrame(() => {
      const now = performance.now();
      if (withPose && this.firstPose === null) this.firstPose = now;
      if (arrived === undefined) return;
      this.paintedCount++;
      if (this.latencyCount < MAX_LATENCIES) this.latencies[this.latencyCount++] = now - arrived;
    });
  }

  bitmapMade(): void {
    this.made++;
    this.held++;
  }

  bitmapReleased(): void {
    this.held--;
  }

  record(): ProbeRecord {
    return {
      firstPoseMs: this.firstPose,
      latencyMs: Array.from(this.latencies.subarray(0, this.latencyCount)),
      fromCaptureTime: this.captureTimes > 0,
      bitmapsHeld: this.held,
      bitmapsMade: this.made,
      painted: this.paintedCount,
      spanMs: performance.now() - this.since,
      longTaskMs: [...this.longTasks],
    };
  }

  clear(): void {
    this.latencyCount = 0;
    this.paintedCount = 0;
    this.captureTimes = 0;
    this.since = performance.now();
    this.longTasks = [];
  }
}

const OFF: Probe = {
  enabled: false,
  frameArrived: () => undefined,
  overlayDrawn: () => undefined,
  bitmapMade: () => undefined,
  bitmapReleased: () => undefined,
  record: () => ({
    firstPoseMs: null,
    latencyMs: [],
    fromCaptureTime: false,
    bitmapsHeld: 0,
    bitmapsMade: 0,
    painted: 0,
    spanMs: 0,
    longTaskMs: [],
  }),
  clear: () => undefined,
};

declare global {
  interface Window {
    formCoachProbe?: Probe;
  }
}

function createProbe(): Probe {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('bench')) return OFF;
  const probe = new RecordingProbe();
  window.formCoachProbe = probe;
  return probe;
}

export const probe: Probe = createProbe();
