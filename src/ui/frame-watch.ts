/**
 * Whether pictures still arrive from the camera. A camera can freeze without ending its track:
 * the browser mutes the track (a privacy switch, a closed lid), or a driver stalls and simply
 * stops delivering frames. Either way the last picture stays on screen, so "no new frame for a
 * while" has to be noticed from the frames' timing, not from an event. Time is passed in, so the
 * rule is tested without a clock.
 */
import { msg } from '@lit/localize';

export class FrameWatch {
  private lastFrameMs: number | null = null;
  private muted = false;

  /** @param stallAfterMs how long without a new frame counts as no picture arriving. */
  constructor(private readonly stallAfterMs = STALL_AFTER_MS) {}

  /** A camera starts (or starts again): its first frame is awaited from `nowMs`. */
  restart(nowMs: number, muted = false): void {
    this.lastFrameMs = nowMs;
    this.muted = muted;
  }

  /** The camera presented a new frame. */
  frameArrived(nowMs: number): void {
    this.lastFrameMs = nowMs;
  }

  /** The browser says the track is muted (no picture) or unmuted again. */
  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  /** No picture is arriving: the track is muted, or no frame came for `stallAfterMs`. */
  stalled(nowMs: number): boolean {
    if (this.muted) return true;
    return this.lastFrameMs !== null && nowMs - this.lastFrameMs >= this.stallAfterMs;
  }
}

/**
 * Generous: a busy 2-core machine can leave a camera's frames unpresented for a second or so, and
 * a false "no picture" is worse than a late one.
 */
export const STALL_AFTER_MS = 3000;

/** Said while the camera runs but no picture arrives (muted or frozen): nothing is counted then. */
export const NO_PICTURE = msg(
  'No picture is arriving from the camera (a privacy switch, a closed lid?). Nothing is counted; Form Coach carries on by itself when it returns.',
);
