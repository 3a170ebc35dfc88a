import { describe, expect, it } from 'vitest';
import { CueScheduler, DEFAULT_CUE_TIMING, type CueCandidate, type ShownCue } from './cue-scheduler';

const NECK: CueCandidate = { id: 'neck-neutral', text: 'Lift your head in line with your back', priority: 1 };
const HINGE: CueCandidate = { id: 'hinge-45', text: 'Hinge forward a bit more', priority: 3 };
const KNEES: CueCandidate = { id: 'knees-soft', text: 'Keep a soft bend in your knees', priority: 1 };

/** Offers the same candidates every 100 ms from `fromMs` to `toMs`; returns the cues newly shown. */
function offer(scheduler: CueScheduler, candidates: readonly CueCandidate[], fromMs: number, toMs: number): ShownCue[] {
  const shown: ShownCue[] = [];
  for (let t = fromMs; t < toMs; t += 100) {
    const cue = scheduler.update(candidates, t);
    if (cue) shown.push(cue);
  }
  return shown;
}

describe('CueScheduler', () => {
  it('shows a cue for a fault at once, and nothing when there is none', () => {
    const scheduler = new CueScheduler();
    expect(scheduler.update([], 0)).toBeNull();
    expect(scheduler.update([NECK], 100)).toEqual({ ...NECK, sinceMs: 100 });
    expect(scheduler.current?.id).toBe('neck-neutral');
  });

  it('shows one cue at a time: the higher-priority fault wins', () => {
    const scheduler = new CueScheduler();
    expect(scheduler.update([NECK, HINGE, KNEES], 0)?.id).toBe('hinge-45');
  });

  it('on equal priority keeps to the order given', () => {
    expect(new CueScheduler().update([KNEES, NECK], 0)?.id).toBe('knees-soft');
    expect(new CueScheduler().update([NECK, KNEES], 0)?.id).toBe('neck-neutral');
  });

  it('keeps a cue up for its minimum show time, even if a more important fault appears or it is fixed', () => {
    const scheduler = new CueScheduler({ minShowMs: 2500, cooldownMs: 10_000 });
    scheduler.update([NECK], 0);
    expect(offer(scheduler, [HINGE], 100, 2500)).toEqual([]);
    expect(scheduler.current?.id).toBe('neck-neutral');
    expect(offer(scheduler, [], 2500, 2600)).toEqual([]);
    expect(scheduler.current).toBeNull();
  });

  it('then moves on to the next fault', () => {
    const scheduler = new CueScheduler({ minShowMs: 2500, cooldownMs: 10_000 });
    const shown = offer(scheduler, [NECK], 0, 1000).concat(offer(scheduler, [NECK, KNEES], 1000, 6000));
    expect(shown.map((cue) => [cue.id, cue.sinceMs])).toEqual([
      ['neck-neutral', 0],
      ['knees-soft', 2500],
    ]);
  });

  it('does not repeat a cue within the cooldown, however long the fault lasts', () => {
    const scheduler = new CueScheduler({ minShowMs: 2500, cooldownMs: 10_000 });
    const shown = offer(scheduler, [NECK], 0, 25_000);
    expect(shown.map((cue) => cue.sinceMs)).toEqual([0, 10_000, 20_000]);
  });

  it('lets a lower-priority cue through while the higher one cools down', () => {
    const scheduler = new CueScheduler({ minShowMs: 2000, cooldownMs: 8000 });
    const shown = offer(scheduler, [HINGE, NECK], 0, 8500);
    expect(shown.map((cue) => [cue.id, cue.sinceMs])).toEqual([
      ['hinge-45', 0],
      ['neck-neutral', 2000],
      ['hinge-45', 8000],
    ]);
  });

  it('uses 2.5 s on screen and a 10 s cooldown by default', () => {
    expect(DEFAULT_CUE_TIMING).toEqual({ minShowMs: 2500, cooldownMs: 10_000 });
  });
});
