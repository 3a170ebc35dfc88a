import { describe, expect, it } from 'vitest';
import { LIVE_GAP_MS, LiveText } from './live-text';

/** Offers one value per 33 ms frame; returns each change of what is shown, with its time. */
function run(live: LiveText<string>, frames: readonly string[], startMs = 0): [number, string][] {
  const changes: [number, string][] = [];
  let last: string | null = null;
  frames.forEach((value, i) => {
    const t = startMs + i * 33;
    const shown = live.offer(value, t);
    if (shown !== last) changes.push([t, shown]);
    last = shown;
  });
  return changes;
}

describe('live region text', () => {
  it('shows a change after a quiet spell at once', () => {
    const live = new LiveText('');
    expect(live.offer('Ready. Tracking.', 5000)).toBe('Ready. Tracking.');
    expect(live.dueMs()).toBeNull();
  });

  it('changes at most once a second when the text flickers every frame', () => {
    const live = new LiveText('');
    const frames = Array.from({ length: 300 }, (_, i) => (i % 2 ? 'Ready. Nobody in view.' : 'Ready. Tracking.'));
    const changes = run(live, frames);
    // 10 s of frames, 300 flips: about ten changes, never two within the gap.
    expect(changes.length).toBeLessThanOrEqual(11);
    for (let i = 1; i < changes.length; i++)
      expect((changes[i]?.[0] ?? 0) - (changes[i - 1]?.[0] ?? 0)).toBeGreaterThanOrEqual(LIVE_GAP_MS);
  });

  it('shows the latest of the changes held back, when the gap is over', () => {
    const live = new LiveText('');
    live.offer('Step into view of the camera', 0);
    expect(live.offer('Face the camera', 200)).toBe('Step into view of the camera');
    expect(live.offer('Turn side-on to the camera', 400)).toBe('Step into view of the camera');
    expect(live.dueMs()).toBe(LIVE_GAP_MS);
    expect(live.offer('Turn side-on to the camera', LIVE_GAP_MS)).toBe('Turn side-on to the camera');
    expect(live.dueMs()).toBeNull();
  });

  it('a change undone within the gap is never shown', () => {
    const live = new LiveText('');
    live.offer('Keep your neck long', 0);
    live.offer('', 100);
    expect(live.offer('Keep your neck long', 200)).toBe('Keep your neck long');
    expect(live.dueMs()).toBeNull();
    expect(live.offer('Keep your neck long', 2000)).toBe('Keep your neck long');
  });
});
