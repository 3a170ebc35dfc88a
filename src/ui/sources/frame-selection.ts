/**
 * Which decoded frame serves which analysis time, so that decoding a file straight through gives
 * the very frames the seek path shows.
 *
 * After a seek to `t`, Chromium's video renderer drops every decoded frame that ends before `t`
 * (`timestamp + duration < t`, VideoRendererImpl::IsBeforeStartTime) and shows the first one left:
 * the first frame, in presentation order, that ends at or after `t`. When `t` falls exactly on the
 * boundary of two frames (a 60 fps clip analysed at 30 fps: every other frame boundary is an
 * analysis time) that is the earlier frame, not the one starting at `t`. The comparison is in
 * whole microseconds, as Chromium's is, every time truncated — the seek time (`base::Seconds`),
 * the frame's timestamp and its duration: frame by frame, a 60 fps clip's picture matched the
 * seek path's only under that rule (0.1 s + 16 666 µs ends at 116 666 µs and serves 7/60 s; 1/15 s
 * ends at 83 332 µs and does not serve 5/60 s). A time past the last frame gets the last frame
 * (the video holds its last picture).
 */
export class FrameSelector {
  private next = 0;

  /** `times`: the analysis times in seconds, increasing (see `analysisTimes`). */
  constructor(private readonly times: readonly number[]) {}

  /** Analysis times not yet given a frame. */
  get remaining(): number {
    return this.times.length - this.next;
  }

  /**
   * The next decoded frame, in presentation order: starts at `startS`, lasts `durationS`.
   * Returns the indices (into the times) it serves — often none, sometimes several.
   */
  push(startS: number, durationS: number): number[] {
    const endUs = toMicroseconds(startS) + toMicroseconds(durationS);
    return this.take((time) => Math.trunc(time * 1e6) <= endUs);
  }

  /** The stream ended: the indices the last frame pushed serves besides (the times past its end). */
  finish(): number[] {
    return this.take(() => true);
  }

  private take(serves: (time: number) => boolean): number[] {
    const indices: number[] = [];
    while (this.next < this.times.length && serves(this.times[this.next] ?? Number.POSITIVE_INFINITY)) {
      indices.push(this.next++);
    }
    return indices;
  }
}

/**
 * A frame time (a tick count over the track's timescale, as the nearest double in seconds) as
 * Chromium holds it: truncated to the microsecond. The nudge keeps a whole number of microseconds
 * that the division left a hair below (0.2 s → 199 999.99…) whole.
 */
const toMicroseconds = (seconds: number): number => Math.floor(seconds * 1e6 + 1e-3);
