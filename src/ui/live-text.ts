/**
 * Text in a live region changes at most once a {@link LIVE_GAP_MS}: a screen reader reads each
 * change out, and the coach's text can change from one frame to the next (a set-up check that
 * flickers, "Tracking" and "Nobody in view" as a pose comes and goes). A change after a quiet spell
 * shows at once; one that follows another too soon waits for the gap, and only the latest of those
 * is shown (what was on screen for a frame is not worth reading out).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const LIVE_GAP_MS = 1000;

/** The rule, on a clock it is given (tests drive it). */
export class LiveText<T> {
  private shown: T;
  /** A change is held back until the gap is over. */
  private pending = false;
  private changedMs = -Infinity;

  constructor(
    initial: T,
    private readonly same: (a: T, b: T) => boolean = Object.is,
    private readonly gapMs = LIVE_GAP_MS,
  ) {
    this.shown = initial;
  }

  /** What to show for `value` offered at `nowMs`: it, or what was shown while the gap lasts. */
  offer(value: T, nowMs: number): T {
    if (this.same(value, this.shown)) {
      this.pending = false;
    } else if (nowMs - this.changedMs >= this.gapMs) {
      this.shown = value;
      this.changedMs = nowMs;
      this.pending = false;
    } else {
      this.pending = true;
    }
    return this.shown;
  }

  /** When a held-back change is due (null: none is waiting). */
  dueMs(): number | null {
    return this.pending ? this.changedMs + this.gapMs : null;
  }
}

/**
 * {@link LiveText} for an element: `text(value)` in `render()` gives what to show, and a change
 * held back is shown when its time comes even if nothing else re-renders the element.
 */
export class LiveTextController<T> implements ReactiveController {
  private readonly live: LiveText<T>;
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    initial: T,
    same?: (a: T, b: T) => boolean,
  ) {
    this.live = new LiveText(initial, same);
    host.addController(this);
  }

  text(value: T): T {
    const shown = this.live.offer(value, performance.now());
    const due = this.live.dueMs();
    if (due !== null && this.timer === 0) {
      this.timer = window.setTimeout(
        () => {
          this.timer = 0;
          this.host.requestUpdate();
        },
        Math.max(0, due - performance.now()),
      );
    }
    return shown;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = 0;
  }
}
