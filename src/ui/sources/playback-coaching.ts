import type { CoachUpdate } from '../../coach/coach';

/** Frames per chunk: storage grows a chunk at a time, never by copying what it holds. */
const CHUNK_FRAMES = 4096;

/**
 * What the HUD and the overlay show of an update that changes only now and then: the set-up
 * guidance, the cue, the phase, the counts, the faults and the view. Kept once per run of frames
 * that show the same (a change of phase, count, cue or fault starts a new run).
 */
type Shown = Pick<
  CoachUpdate,
  'guidance' | 'trackable' | 'view' | 'phase' | 'counts' | 'cue' | 'faults' | 'faultyJoints'
>;

/**
 * What playback after a file's analysis shows of each frame's coaching, compact: a video's
 * updates, kept whole, hold every measure, the events and the objects of each frame (about 2 KB
 * a frame, 400+ MB for a 2-hour video at 30 frames a second). Kept here: per frame, the
 * timestamp, the hold clock and the measures the overlay draws (`exercise.show`) as numbers in
 * typed arrays, and an index into the runs of what else is shown (which changes a few times a
 * rep): 20–28 bytes a frame, plus a few hundred bytes a run.
 *
 * Given back (`at`) as the HUD and the overlay read it: the measures not drawn, the events (the
 * summary has them) and the view's turn angle are not kept.
 */
export class PlaybackCoaching {
  private readonly stride: number;
  private readonly numbers: Float32Array[] = [];
  private readonly runsOf: Uint32Array[] = [];
  private readonly timestampsMs: Float64Array[] = [];
  private readonly runs: Shown[] = [];
  private lastKey = '';
  private count = 0;

  /** `measures`: those the overlay draws (the exercise's `show`); their values are kept. */
  constructor(private readonly measures: readonly string[]) {
    this.stride = 1 + measures.length; // the hold clock, then each measure
  }

  get length(): number {
    return this.count;
  }

  /** Runs of frames showing the same (guidance, cue, phase, counts, faults, view). */
  get runCount(): number {
    return this.runs.length;
  }

  /** Bytes held by the per-frame arrays (the chunks allocated so far; the runs are extra). */
  get frameBytes(): number {
    return this.numbers.length * CHUNK_FRAMES * (this.stride * 4 + 4 + 8);
  }

  push(update: CoachUpdate): void {
    const slot = this.count % CHUNK_FRAMES;
    if (slot === 0) {
      this.numbers.push(new Float32Array(CHUNK_FRAMES * this.stride));
      this.runsOf.push(new Uint32Array(CHUNK_FRAMES));
      this.timestampsMs.push(new Float64Array(CHUNK_FRAMES));
    }
    const chunk = this.numbers.length - 1;
    const shown: Shown = {
      guidance: update.guidance,
      trackable: update.trackable,
      // The turn angle changes every frame and nothing in playback reads it.
      view: { view: update.view.view, near: update.view.near, turn: null },
      phase: update.phase,
      counts: update.counts,
      cue: update.cue,
      faults: update.faults,
      faultyJoints: update.faultyJoints,
    };
    const key = JSON.stringify(shown);
    if (key !== this.lastKey || this.runs.length === 0) {
      this.runs.push(shown);
      this.lastKey = key;
    }
    (this.runsOf[chunk] as Uint32Array)[slot] = this.runs.length - 1;
    (this.timestampsMs[chunk] as Float64Array)[slot] = update.timestampMs;
    const numbers = this.numbers[chunk] as Float32Array;
    const base = slot * this.stride;
    numbers[base] = update.holdMs;
    const values = update.values as Readonly<Record<string, number | null | undefined>>;
    this.measures.forEach((name, i) => {
      numbers[base + 1 + i] = values[name] ?? Number.NaN; // NaN: not measured in this frame
    });
    this.count++;
  }

  /** The coaching shown at analysed frame `index`, or null past the frames kept. */
  at(index: number): CoachUpdate | null {
    if (!(Number.isInteger(index) && index >= 0 && index < this.count)) return null;
    const chunk = Math.floor(index / CHUNK_FRAMES);
    const slot = index % CHUNK_FRAMES;
    const shown = this.runs[(this.runsOf[chunk] as Uint32Array)[slot] ?? 0] as Shown;
    const numbers = this.numbers[chunk] as Float32Array;
    const base = slot * this.stride;
    const values: Record<string, number | null> = {};
    this.measures.forEach((name, i) => {
      const value = numbers[base + 1 + i] ?? Number.NaN;
      values[name] = Number.isNaN(value) ? null : value;
    });
    return {
      ...shown,
      timestampMs: (this.timestampsMs[chunk] as Float64Array)[slot] ?? 0,
      holdMs: numbers[base] ?? 0,
      values,
      events: [],
    };
  }
}
