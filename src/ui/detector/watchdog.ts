import { msg, str } from '@lit/localize';
import type { Delegate, DelegatePreference } from '../../detection/detector-api';
import type { FlightObserver } from '../../detection/detector-client';

export interface WatchdogOptions {
  /** Never call a worker hung sooner than this: a busy 2-core machine stalls a frame for ~1 s. */
  readonly minLimitMs: number;
  /** …nor sooner than this many times the slowest recent round trip (the heavy model is slow). */
  readonly factor: number;
  /** How many recent round trips set the pace. */
  readonly samples: number;
  /**
   * The first frame after a (re)start waits for the scene landmarker to be built and the runtime
   * to warm up, so it gets this long.
   */
  readonly warmUpLimitMs: number;
}

export const WATCHDOG_DEFAULTS: WatchdogOptions = {
  minLimitMs: 1500,
  factor: 6,
  samples: 20,
  warmUpLimitMs: 15_000,
};

/**
 * Decides when the worker has stopped answering: a frame in flight for longer than the limit.
 * Pure (time comes in as arguments), so its decisions are tested without real clocks.
 */
export class Watchdog implements FlightObserver {
  private sentAtMs: number | null = null;
  private readonly recent: number[] = [];
  private warmingUp = true;

  constructor(private readonly options: WatchdogOptions = WATCHDOG_DEFAULTS) {}

  sent(nowMs: number): void {
    this.sentAtMs = nowMs;
  }

  settled(nowMs: number): void {
    if (this.sentAtMs === null) return;
    if (!this.warmingUp) {
      this.recent.push(nowMs - this.sentAtMs);
      if (this.recent.length > this.options.samples) this.recent.shift();
    }
    this.warmingUp = false;
    this.sentAtMs = null;
  }

  /** A new worker: its first answer may be slow, and nothing is in flight to it yet. */
  warmUp(): void {
    this.sentAtMs = null;
    this.warmingUp = true;
  }

  get limitMs(): number {
    if (this.warmingUp) return this.options.warmUpLimitMs;
    const slowest = this.recent.length > 0 ? Math.max(...this.recent) : 0;
    return Math.max(this.options.minLimitMs, this.options.factor * slowest);
  }

  /** True when a frame has been with the worker for longer than the limit. */
  stalled(nowMs: number): boolean {
    return this.sentAtMs !== null && nowMs - this.sentAtMs > this.limitMs;
  }

  private lastCheckMs: number | null = null;

  /**
   * The periodic look (every `everyMs`): stalled, unless the page itself was stalled since the last
   * look. A main thread frozen for seconds (GC, a busy machine) has the worker's answer queued
   * unread, and the worker is not to blame for that.
   */
  check(nowMs: number, everyMs: number): boolean {
    const pageStalled = this.lastCheckMs !== null && nowMs - this.lastCheckMs > 2 * everyMs + 500;
    this.lastCheckMs = nowMs;
    return !pageStalled && this.stalled(nowMs);
  }
}

/**
 * Restarts allowed in a window of time: a worker that keeps dying is a problem to show, not a
 * loop to spin in.
 */
export class RestartBudget {
  private readonly times: number[] = [];

  constructor(
    private readonly max = 3,
    private readonly windowMs = 60_000,
  ) {}

  /** Records a restart at `nowMs` if one is allowed; false when the budget is spent. */
  take(nowMs: number): boolean {
    while (this.times.length > 0 && nowMs - (this.times[0] ?? nowMs) >= this.windowMs) this.times.shift();
    if (this.times.length >= this.max) return false;
    this.times.push(nowMs);
    return true;
  }
}

export type RecoveryCause = 'crash' | 'hang' | 'context-lost';

/**
 * The delegate to ask of a restarted worker. A GPU context lost once may be a one-off driver reset
 * (try the GPU again); lost again, the GPU is not to be trusted this session: use the CPU.
 */
export function recoveryDelegate(
  cause: RecoveryCause,
  current: DelegatePreference,
  usedDelegate: Delegate,
  gpuLossesBefore: number,
): DelegatePreference {
  if (current === 'CPU') return 'CPU';
  if (cause === 'context-lost' && usedDelegate === 'GPU' && gpuLossesBefore >= 1) return 'CPU';
  return current;
}

/** The one sentence the person sees after a restart. */
export function restartNotice(cause: RecoveryCause, delegate: Delegate, previous: Delegate): string {
  const why =
    cause === 'context-lost'
      ? msg('after the graphics processor reset')
      : cause === 'crash'
        ? msg('after it crashed')
        : msg('after it stopped responding');
  const cpu = delegate === 'CPU' && previous === 'GPU' ? msg(', now on the CPU') : '';
  return msg(str`The pose model restarted ${why}${cpu}. Your set carries on.`);
}
