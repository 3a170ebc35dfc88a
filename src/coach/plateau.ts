/**
 * How long a rep stayed at its top (a pause), read so that landmark noise and a low frame rate do
 * not change the answer:
 *
 * - The top is the level the signal DWELLS at, not its single highest sample: the highest level it
 *   stays at or beyond for `TOP_DWELL_MS` in all. One noisy frame (67 ms at 15 fps) cannot set it;
 *   a rep that turns straight back loses little (a smooth turn 1.3 s long stays within 2 % of its
 *   range of the peak for 150 ms).
 * - "Near the top" is within `TOP_BAND` of the rep's range, measured from where the rep came from
 *   (the rest it left, see `Track`), not from where it crossed the counter's start threshold: on a
 *   small lift that crossing is most of the way up, and a band of 20 % of what is left is narrower
 *   than the noise (a superman's 1.2 s pause read as 0.2 s).
 * - Time is integrated between samples, the crossings of the level interpolated: at 15 fps a
 *   counted frame is 67 ms, and counting frames (or spanning the first to the last) moves the
 *   answer by a frame at each end.
 */

export interface Sample {
  readonly timeMs: number;
  readonly value: number;
}

/** How long the signal must stay at or beyond a level for it to be the top. */
export const TOP_DWELL_MS = 150;
/** Near the top: within this fraction of the rep's range of the top. */
export const TOP_BAND = 0.2;

/** `value` oriented so that the peak is high. */
const toward = (peakIsLow: boolean) => (value: number) => (peakIsLow ? -value : value);

/**
 * Milliseconds the samples spend at or beyond `level` (above it, or below it when `peakIsLow`),
 * with the signal taken as linear between samples.
 */
export function timeBeyond(samples: readonly Sample[], level: number, peakIsLow = false): number {
  const up = toward(peakIsLow);
  const at = up(level);
  let total = 0;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1];
    const b = samples[i];
    if (!a || !b) continue;
    const dt = b.timeMs - a.timeMs;
    const va = up(a.value);
    const vb = up(b.value);
    if (va >= at && vb >= at) total += dt;
    else if (va >= at || vb >= at) {
      // Crosses the level between the two: the part of the interval on the level's far side.
      const crossing = (at - va) / (vb - va);
      total += va >= at ? crossing * dt : (1 - crossing) * dt;
    }
  }
  return total;
}

/**
 * The level the samples dwell at: the highest (lowest when `peakIsLow`) they stay at or beyond
 * for `dwellMs` in all. Samples spanning less than `dwellMs` give their extreme.
 */
export function dwellLevel(samples: readonly Sample[], dwellMs = TOP_DWELL_MS, peakIsLow = false): number {
  const up = toward(peakIsLow);
  const values = samples.map((sample) => up(sample.value));
  let low = Math.min(...values);
  let high = Math.max(...values);
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.timeMs - first.timeMs < dwellMs) return up(high);
  // Time beyond a level falls as the level rises: bisect for where it crosses dwellMs. 30 halvings
  // of the rep's range is far finer than any threshold.
  for (let i = 0; i < 30; i++) {
    const middle = (low + high) / 2;
    if (timeBeyond(samples, up(middle), peakIsLow) >= dwellMs) low = middle;
    else high = middle;
  }
  return up(low);
}

/**
 * How long the rep's samples stayed near their top: within `TOP_BAND` of the range from `from`
 * (where the rep came from: the rest it left) to the level they dwell at. 0 without samples.
 */
export function timeAtTop(samples: readonly Sample[], from: number, peakIsLow = false): number {
  if (samples.length === 0) return 0;
  const top = dwellLevel(samples, TOP_DWELL_MS, peakIsLow);
  return timeBeyond(samples, top - (top - from) * TOP_BAND, peakIsLow);
}
