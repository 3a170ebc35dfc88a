import { describe, expect, it } from 'vitest';
import { recoveryDelegate, RestartBudget, restartNotice, Watchdog } from './watchdog';

const OPTIONS = { minLimitMs: 1500, factor: 6, samples: 3, warmUpLimitMs: 8000 };

/** A watchdog past its warm-up, with round trips of `ms` each. */
function paced(...ms: number[]): Watchdog {
  const watchdog = new Watchdog(OPTIONS);
  let t = 0;
  for (const trip of [100, ...ms]) {
    watchdog.sent(t);
    t += trip;
    watchdog.settled(t);
  }
  return watchdog;
}

describe('the watchdog', () => {
  it('calls the worker hung only when a frame has been in flight longer than the limit', () => {
    const watchdog = paced(30, 40, 35);
    watchdog.sent(10_000);
    expect(watchdog.stalled(11_500)).toBe(false);
    expect(watchdog.stalled(11_501)).toBe(true);
  });

  it('never calls an idle worker hung (nothing in flight: the camera paused, a hidden tab)', () => {
    const watchdog = paced(30);
    expect(watchdog.stalled(1_000_000)).toBe(false);
  });

  it('gives a slow model room: six times its slowest recent round trip', () => {
    const watchdog = paced(400, 500, 450);
    expect(watchdog.limitMs).toBe(3000);
    watchdog.sent(0);
    expect(watchdog.stalled(2999)).toBe(false);
    expect(watchdog.stalled(3001)).toBe(true);
  });

  it('forgets slow round trips once enough faster ones follow', () => {
    const watchdog = paced(900, 30, 30, 30);
    expect(watchdog.limitMs).toBe(1500);
  });

  it('gives the first frame of a new worker the warm-up limit, and does not learn from it', () => {
    const watchdog = paced(30);
    watchdog.warmUp();
    watchdog.sent(0);
    expect(watchdog.stalled(7000)).toBe(false);
    watchdog.settled(7000); // a slow first answer does not stretch the limit for later frames
    expect(watchdog.limitMs).toBe(1500);
    watchdog.sent(10_000);
    expect(watchdog.stalled(11_600)).toBe(true);
  });
});

describe('the watchdog’s periodic look', () => {
  it('does not blame the worker for a page that was itself frozen since the last look', () => {
    const watchdog = paced(30);
    watchdog.sent(1000);
    expect(watchdog.check(1250, 250)).toBe(false);
    // The page froze for 3 s: the answer may be waiting unread in the queue.
    expect(watchdog.check(4250, 250)).toBe(false);
    // Looking on time again, and still nothing: hung.
    expect(watchdog.check(4500, 250)).toBe(true);
  });
});

describe('the restart budget', () => {
  it('allows three restarts a minute, then says the worker keeps failing', () => {
    const budget = new RestartBudget(3, 60_000);
    expect([0, 1000, 2000].map((t) => budget.take(t))).toEqual([true, true, true]);
    expect(budget.take(3000)).toBe(false);
    expect(budget.take(60_000)).toBe(true); // the first has left the window
  });
});

describe('the delegate after a restart', () => {
  it('tries the GPU again after a first lost context, and the CPU after a second', () => {
    expect(recoveryDelegate('context-lost', 'auto', 'GPU', 0)).toBe('auto');
    expect(recoveryDelegate('context-lost', 'auto', 'GPU', 1)).toBe('CPU');
  });

  it('keeps the preference after a crash or a hang, and the CPU once chosen', () => {
    expect(recoveryDelegate('crash', 'auto', 'GPU', 5)).toBe('auto');
    expect(recoveryDelegate('hang', 'GPU', 'GPU', 0)).toBe('GPU');
    expect(recoveryDelegate('context-lost', 'CPU', 'CPU', 3)).toBe('CPU');
  });

  it('says what happened, and that the set carries on', () => {
    expect(restartNotice('crash', 'CPU', 'CPU')).toBe(
      'The pose model restarted after it crashed. Your set carries on.',
    );
    expect(restartNotice('context-lost', 'CPU', 'GPU')).toBe(
      'The pose model restarted after the graphics processor reset, now on the CPU. Your set carries on.',
    );
  });
});
