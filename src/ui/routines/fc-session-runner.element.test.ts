import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TestRoot } from '../../../tests/element/detector-root';
import { WAIT, button, deepAll, mount, settle, textOf } from '../../../tests/element/dom';
import { findExercise } from '../../exercises';
import type { PlannedItem } from '../../session/routine';
import type { SetRecord } from '../../session/session-summary';
import type { FcEvent } from '../events';
import { pageSettings } from '../settings/settings-store';
import { FcSessionRunner, type SessionFinish } from './fc-session-runner';

function planned(id: string, reps: number): PlannedItem {
  const exercise = findExercise(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return { exercise, item: { exercise: id, sets: 1, reps } };
}

const PLAN = [planned('superman', 3), planned('row', 5)];

async function runner(done: readonly SetRecord[] = []) {
  const root = await mount(new TestRoot());
  const element = new FcSessionRunner();
  element.routineName = 'Floor and chair';
  element.plan = PLAN;
  element.done = done;
  const finished: SessionFinish[] = [];
  element.addEventListener('fc-finished', (event: FcEvent<'fc-finished'>) => finished.push(event.detail));
  await mount(element, root);
  return { root, element, finished };
}

beforeEach(() => pageSettings().update({ model: 'lite', mirror: true, adaptModel: true }));
afterEach(() => document.body.replaceChildren());

describe('the session runner', () => {
  it('announces the first exercise and where the person is in the plan', async () => {
    const { element } = await runner();
    const text = textOf(element);
    expect(text).toContain('Superman');
    expect(text).toContain('Exercise 1 of 2 · set 1 of 1');
    expect(text).toContain('Next: Superman. Get side-on to the camera.');
    expect(button(element, 'Stop session')).toBeTruthy();
  });

  it('uses the page’s detector with the person’s model, and their mirror choice', async () => {
    pageSettings().update({ model: 'full', mirror: false });
    const { root, element } = await runner();
    expect(root.detector.loads).toEqual(['full']);
    expect(root.detector.claims).toBe(1);
    const stage = deepAll(element, 'fc-stage')[0];
    expect(stage?.hasAttribute('mirrored')).toBe(false);
  });

  it('says plainly when the camera cannot start', async () => {
    const { element } = await runner();
    await vi.waitFor(() => expect(deepAll(element, '[role=alert]')).toHaveLength(1), WAIT);
    await settle(element);
    expect(textOf(element)).toMatch(/The camera needs a secure page|No camera found/);
    expect(textOf(element)).toContain('Paused');
  });

  it('skips to the next exercise, and a stop finishes the session early', async () => {
    const { element, finished } = await runner();
    button(element, 'Skip exercise').click();
    await settle(element);
    expect(textOf(element)).toContain('Exercise 2 of 2');
    expect(textOf(element)).toContain('Next: Row. Get side-on to the camera.');
    button(element, 'Stop session').click();
    await settle(element);
    expect(finished).toHaveLength(1);
    expect(finished[0]?.endedEarly).toBe(true);
    // Skipped before it started: nothing of the superman is recorded.
    expect(finished[0]?.sets).toEqual([]);
    expect(textOf(element)).toContain('Session stopped.');
  });

  it('pauses while the page is hidden: its clocks stop, and on return it says so and waits', async () => {
    // The runner's clock, driven by the test; its 250 ms ticks read it.
    let nowMs = 1000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => nowMs);
    let visibility: DocumentVisibilityState = 'visible';
    const state = vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    const setVisibility = async (value: DocumentVisibilityState) => {
      visibility = value;
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(element);
    };
    const { element } = await runner();
    try {
      // No camera here (its problem paused the session): carried on by hand, then started.
      await vi.waitFor(() => expect(textOf(element)).toContain('Paused'), WAIT);
      button(element, 'Resume').click();
      await settle(element);
      button(element, 'Start now').click();
      await settle(element);
      const countdown = () => deepAll(element, '.overlay .big')[0]?.textContent.trim();
      expect(countdown()).toBe('3');

      await setVisibility('hidden');
      nowMs += 60_000; // a minute in another tab: the countdown would long have run out
      await new Promise((resolve) => setTimeout(resolve, 600)); // ticks come, and find it paused
      await settle(element);
      expect(countdown()).toBe('Paused');
      await setVisibility('visible');
      const overlay = () => deepAll(element, '.overlay')[0]?.textContent ?? '';
      expect(overlay()).toContain('Paused while the tab was hidden — carry on when ready.');
      // Said too (the captions show what is said).
      expect(deepAll(element, '.captions li').at(-1)?.textContent).toBe(
        'Paused while the tab was hidden — carry on when ready.',
      );

      button(element, 'Resume').click();
      await settle(element);
      expect(overlay()).not.toContain('Paused');
      // The countdown goes on from where it stopped, not a minute on.
      expect(countdown()).toBe('3');
      expect(textOf(element)).toContain('Exercise 1 of 2');
    } finally {
      clock.mockRestore();
      state.mockRestore();
    }
  });

  it('resumes after the sets already done', async () => {
    // Only what the runner reads of a stored set matters here (the rest is the summary's).
    const done = { exercise: 'superman', set: 1, side: null, outcome: 'completed', done: 3, target: 3 } as SetRecord;
    const { element } = await runner([done]);
    expect(textOf(element)).toContain('Exercise 2 of 2');
  });
});
