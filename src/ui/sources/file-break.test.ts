import { afterEach, describe, expect, it, vi } from 'vitest';
import { ABORTED, DecodeStalledError, clockTime, describeBreak, within } from './file-break';

afterEach(() => {
  vi.useRealTimers();
});

describe('within', () => {
  it('gives what came in time', async () => {
    await expect(within(Promise.resolve(7), 1000)).resolves.toBe(7);
    await expect(within(Promise.reject(new Error('bad frame')), 1000)).rejects.toThrow('bad frame');
  });

  it('gives up on a wait that never ends, saying how long nothing came', async () => {
    vi.useFakeTimers();
    const waiting = within(new Promise<never>(() => undefined), 15_000);
    const settled = vi.fn();
    waiting.catch(settled);
    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const error: unknown = settled.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(DecodeStalledError);
    expect((error as DecodeStalledError).waitedMs).toBe(15_000);
  });

  it('stops waiting at once when the analysis is cancelled', async () => {
    vi.useFakeTimers();
    const run = new AbortController();
    const waiting = within(new Promise<never>(() => undefined), 15_000, run.signal);
    run.abort();
    await expect(waiting).resolves.toBe(ABORTED);
    await expect(within(Promise.resolve(1), 10, run.signal)).resolves.toBe(ABORTED);
  });
});

describe('the words for a break', () => {
  it('writes positions as a player does', () => {
    expect(clockTime(0)).toBe('0:00');
    expect(clockTime(42.9)).toBe('0:42');
    expect(clockTime(725)).toBe('12:05');
    expect(clockTime(3723.5)).toBe('1:02:03');
  });

  it('says what happened, where, and what the results cover', () => {
    expect(describeBreak({ kind: 'stalled', atS: 42.02, waitedMs: 15_000 })).toBe(
      'The video stopped decoding at 0:42 (no picture came for 15 s), so the analysis stopped there. The results cover the video up to 0:42.',
    );
    expect(describeBreak({ kind: 'damaged', atS: 61.5 })).toBe(
      'The file is damaged at 1:01: the browser could not decode it past there. The results cover the video up to 1:01.',
    );
  });
});
