import { afterEach, describe, expect, it } from 'vitest';
import { button, deepAll, mount, settle, textOf } from '../../../tests/element/dom';
import { FcFileProgress } from './fc-file-progress';

afterEach(() => {
  document.body.replaceChildren();
});

const STALLED =
  'The video stopped decoding at 0:42 (no picture came for 15 s), so the analysis stopped there. The results cover the video up to 0:42.';

describe('fc-file-progress', () => {
  it('shows frames done, and Cancel keeps what was analysed (the page is told)', async () => {
    const element = await mount(new FcFileProgress());
    element.progress = { done: 40, total: 120, startedMs: performance.now() };
    await settle(element);
    expect(textOf(element)).toContain('Analysing frame 40 of 120');
    let cancelled = 0;
    element.addEventListener('fc-cancel', () => cancelled++);
    button(element, 'Cancel').click();
    expect(cancelled).toBe(1);
  });

  it('says where a broken file stopped, as an alert that stays after the analysis, beside how it was read', async () => {
    const element = await mount(new FcFileProgress());
    element.decodedWith = 'Decoded with WebCodecs';
    await settle(element);
    expect(deepAll(element, '[role=alert]')).toHaveLength(0);
    element.stoppedEarly = STALLED;
    await settle(element);
    const alerts = deepAll(element, '[role=alert]');
    expect(alerts.map((alert) => alert.textContent)).toEqual([STALLED]);
    expect(textOf(element)).toContain('Decoded with WebCodecs');
    expect(deepAll(element, 'progress')).toHaveLength(0);
  });
});
