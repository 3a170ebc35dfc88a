import { afterEach, expect, it, vi } from 'vitest';
import { TestRoot } from '../../../tests/element/detector-root';
import { button, mount, settle } from '../../../tests/element/dom';
import { findExercise } from '../../exercises';
import type { PlannedItem } from '../../session/routine';
import type { FcEvent } from '../events';
import { FcSessionRunner, type SessionFinish } from './fc-session-runner';

/**
 * A session's length comes from the monotonic clock: the wall clock jumping (a time zone change, an
 * NTP correction, a laptop waking) made it negative or longer than a day, and such a backup did
 * not import back. Its own file, apart from the runner's other tests, which other work changes.
 */
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

it('a session’s length is what the monotonic clock measured, whatever the wall clock did', async () => {
  const superman = findExercise('superman');
  if (!superman) throw new Error('no superman');
  const plan: PlannedItem[] = [{ exercise: superman, item: { exercise: 'superman', sets: 1, reps: 3 } }];
  const root = await mount(new TestRoot());
  const element = new FcSessionRunner();
  element.routineName = 'Supermans';
  element.plan = plan;
  element.done = [];
  const finished: SessionFinish[] = [];
  element.addEventListener('fc-finished', (event: FcEvent<'fc-finished'>) => finished.push(event.detail));
  const startedMs = performance.now();
  await mount(element, root);

  // Five seconds pass on the monotonic clock while the wall clock is set back an hour.
  vi.spyOn(performance, 'now').mockReturnValue(startedMs + 5000);
  vi.spyOn(Date, 'now').mockReturnValue(Date.now() - 3_600_000);
  button(element, 'Stop session').click();
  await settle(element);

  expect(finished).toHaveLength(1);
  expect(finished[0]?.durationMs).toBeGreaterThanOrEqual(4000);
  expect(finished[0]?.durationMs).toBeLessThanOrEqual(5000);
});
