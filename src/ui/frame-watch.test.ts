import { describe, expect, it } from 'vitest';
import { FrameWatch } from './frame-watch';

describe('FrameWatch', () => {
  it('says nothing before the camera starts', () => {
    expect(new FrameWatch(3000).stalled(1e6)).toBe(false);
  });

  it('notices frames that stop coming without any event, and frames that come back', () => {
    const watch = new FrameWatch(3000);
    watch.restart(0);
    for (let t = 33; t < 2000; t += 33) watch.frameArrived(t);
    expect(watch.stalled(4000)).toBe(false); // last frame at 1980: 2.02 s ago
    expect(watch.stalled(4980)).toBe(true);
    watch.frameArrived(5000);
    expect(watch.stalled(5010)).toBe(false);
  });

  it('waits for the first frame as long as for any other', () => {
    const watch = new FrameWatch(3000);
    watch.restart(100);
    expect(watch.stalled(3099)).toBe(false);
    expect(watch.stalled(3100)).toBe(true);
  });

  it('a muted track has no picture even while frames (the frozen last one) still come', () => {
    const watch = new FrameWatch(3000);
    watch.restart(0);
    watch.setMuted(true);
    watch.frameArrived(10);
    expect(watch.stalled(20)).toBe(true);
    watch.setMuted(false);
    expect(watch.stalled(30)).toBe(false);
  });

  it('a camera that starts muted is stalled until unmuted', () => {
    const watch = new FrameWatch(3000);
    watch.restart(0, true);
    expect(watch.stalled(1)).toBe(true);
  });
});
