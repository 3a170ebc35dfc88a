/**
 * One cue at a time: the most important fault first, shown long enough to read (and say), and the
 * same cue not repeated before a cooldown, so a person who is working on it is not nagged.
 */

export interface CueCandidate {
  readonly id: string;
  readonly text: string;
  readonly priority: number;
}

export interface ShownCue extends CueCandidate {
  readonly sinceMs: number;
}

export interface CueTiming {
  /** A cue stays up at least this long, even if the fault is fixed sooner. */
  readonly minShowMs: number;
  /** The same cue is not shown again until this long after it was last shown. */
  readonly cooldownMs: number;
}

export const DEFAULT_CUE_TIMING: CueTiming = { minShowMs: 2500, cooldownMs: 10_000 };

export class CueScheduler {
  current: ShownCue | null = null;
  private readonly lastShownMs = new Map<string, number>();

  constructor(private readonly timing: CueTiming = DEFAULT_CUE_TIMING) {}

  /** Offers this frame's candidates; returns a cue newly shown at this frame, if any. */
  update(candidates: readonly CueCandidate[], timeMs: number): ShownCue | null {
    if (this.current && timeMs - this.current.sinceMs < this.timing.minShowMs) return null;
    this.current = null;
    let best: CueCandidate | null = null;
    for (const candidate of candidates) {
      const last = this.lastShownMs.get(candidate.id);
      if (last !== undefined && timeMs - last < this.timing.cooldownMs) continue;
      if (!best || candidate.priority > best.priority) best = candidate;
    }
    if (!best) return null;
    this.current = { ...best, sinceMs: timeMs };
    this.lastShownMs.set(best.id, timeMs);
    return this.current;
  }
}
