/**
 * A page hidden mid-set (another tab chosen, the window minimised) analyses no frame: the camera's
 * frames stop coming (or are not the person's concern), so nothing can be counted or timed. A set
 * therefore pauses while hidden, and its time hidden is not part of it. Time is passed in, so the
 * rule is tested without a clock.
 */
import { msg } from '@lit/localize';

export class HiddenTime {
  private sinceMs: number | null = null;
  private totalMs = 0;

  /** Whether the page is hidden now (since `hide`, until `show`). */
  get hidden(): boolean {
    return this.sinceMs !== null;
  }

  /** The page was hidden at `nowMs` (hiding twice keeps the first time). */
  hide(nowMs: number): void {
    this.sinceMs ??= nowMs;
  }

  /** The page is shown again: true if it had been hidden (so the person is told it paused). */
  show(nowMs: number): boolean {
    if (this.sinceMs === null) return false;
    this.totalMs += Math.max(0, nowMs - this.sinceMs);
    this.sinceMs = null;
    return true;
  }

  /** All the time spent hidden up to `nowMs`, the stretch under way included. */
  hiddenMs(nowMs: number): number {
    return this.totalMs + (this.sinceMs === null ? 0 : Math.max(0, nowMs - this.sinceMs));
  }
}

/** Said on return to a set or session that paused while the page was hidden. */
export const HIDDEN_PAUSE = msg('Paused while the tab was hidden — carry on when ready.');
