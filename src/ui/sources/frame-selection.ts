/**
 * Which decoded frame serves which analysis time, so that decoding a file straight through gives
 * the very frames the seek path shows: after a seek to `t`, Chromium shows the frame whose
 * presentation interval [its timestamp, the next frame's) contains `t` — compared in whole
 * microseconds, as Chromium holds times: the seek time truncated (`base::Seconds`), frame
 * timestamps rounded to the nearest (FFmpeg's rescaling of the container's ticks). The rounding
 * matters where analysis times fall on frame boundaries: a 60 fps clip analysed at 30, or a 25 fps
 * clip from a start half a frame in. This rule, and no simpler one, matched the seek path's
 * pictures frame by frame on such clips (7/60 s = 116 666 µs is shown the frame of 0.1 s, because
 * the next one starts at 116 667 µs; 5/60 s = 83 333 µs is shown its own frame).
 * A time before the first frame is shown the first frame, and a time past the last the last.
 * Known limit: within a microsecond of a boundary Chromium's own arithmetic decides, and it is not
 * this one throughout (a 25 fps clip analysed from 2.7 s, every time on a boundary: 8.12 s went to
 * the earlier frame, 8.08 s to its own). On the shared manifest every clip but that one gave the
 * seek path's landmarks to the last digit, and that one the same count.
 *
 * Frames arrive in presentation order; a frame is only known to end when the next one starts, so
 * each frame's times are handed out when the next frame arrives, or at the end.
 */
export class FrameSelector {
  private next = 0;
  private started = false;

  /** `times`: the analysis times in seconds, increasing (see `analysisTimes`). */
  constructor(private readonly times: readonly number[]) {}

  /** Analysis times not yet given a frame. */
  get remaining(): number {
    return this.times.length - this.next;
  }

  /**
   * The next decoded frame, in presentation order, starts at `startS`. Returns the indices (into
   * the times) that the frame before it serves: often none, sometimes several. The first frame's
   * call returns none (it has no frame before it; the times before it are the first frame's).
   */
  push(startS: number): number[] {
    if (!this.started) {
      this.started = true;
      return [];
    }
    const startUs = Math.round(startS * 1e6);
    return this.take((time) => Math.trunc(time * 1e6) < startUs);
  }

  /** The stream ended: the indices the last frame pushed serves. */
  finish(): number[] {
    return this.started ? this.take(() => true) : [];
  }

  private take(serves: (time: number) => boolean): number[] {
    const indices: number[] = [];
    while (this.next < this.times.length && serves(this.times[this.next] ?? Number.POSITIVE_INFINITY)) {
      indices.push(this.next++);
    }
    return indices;
  }
}
