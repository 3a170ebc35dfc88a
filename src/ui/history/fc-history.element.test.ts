import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WAIT, button, deepAll, fill, mount, settle, textOf } from '../../../tests/element/dom';
import { exportJson } from '../../session/export';
import type { SessionRecord } from '../../session/session-summary';
import { deleteEverything, saveSession } from '../../session/store';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { pageSettings } from '../settings/settings-store';
import { FcHistory } from './fc-history';

// The chart draws on a canvas, which happy-dom does not have; its pixels are the browser tests'.
vi.mock('./fc-chart', () => ({}));
// Each wait allows WAIT (15 s) on a busy machine; the default 5 s test timeout cut a test short
// under load (seen with two cores shared by several test runs), failing it by chance.
vi.setConfig({ testTimeout: 60_000 });

const SESSION: SessionRecord = {
  id: 's1',
  routineId: 'desk-break',
  routineName: 'Desk break',
  startedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  status: 'finished',
  painBefore: 4,
  painAfter: 2,
  durationMs: 360_000,
  plan: [{ exercise: 'row', sets: 1, reps: 5 }],
  sets: [
    {
      exercise: 'row',
      item: 0,
      set: 1,
      side: null,
      unit: 'reps',
      done: 5,
      target: 5,
      cleanReps: 4,
      faultyReps: 1,
      rangeOfMotion: 61.5,
      longestHoldMs: 0,
      faults: [],
      durationMs: 20_000,
      outcome: 'completed',
    },
  ],
};

/** The history page, once it has read the device's storage. */
async function history(): Promise<FcHistory> {
  const element = await mount(new FcHistory());
  await vi.waitFor(() => expect(textOf(element)).toContain('Your data'), WAIT);
  await new Promise((resolve) => setTimeout(resolve, 20)); // the storage read
  await settle(element);
  return element;
}

beforeEach(async () => {
  await deleteEverything();
  pageSettings().update(DEFAULT_SETTINGS);
});
afterEach(() => document.body.replaceChildren());

describe('the history page', () => {
  it('with nothing done yet: says so, and the week against the goal', async () => {
    const element = await history();
    expect(textOf(element)).toContain(
      'No sessions yet: finish a routine, or a set on the Exercises page, and it shows here.',
    );
    expect(textOf(element)).toContain('This week: 0 of 3 sessions.');
  });

  it('a new weekly goal shows at once and is kept', async () => {
    const element = await history();
    const goal = deepAll(element, 'input[type=number]')[0] as HTMLInputElement;
    fill(goal, '5');
    await settle(element);
    expect(textOf(element)).toContain('This week: 0 of 5 sessions.');
    expect(pageSettings().current.weeklyGoal).toBe(5);
  });

  it('shows a finished session: routine, reps, pain before and after, and the personal best', async () => {
    await saveSession(SESSION);
    const element = await history();
    await vi.waitFor(() => expect(textOf(element)).toContain('Desk break'), WAIT);
    const text = textOf(element);
    expect(text).toContain('This week: 1 of 3 sessions.');
    expect(text).toMatch(/Desk break 5 4 → 2/);
    expect(text).toMatch(/Row 5 \(.*\) – 62°/);
  });

  it('imports an export: its sessions, and the settings it carries', async () => {
    const element = await history();
    const json = exportJson([], [SESSION], { ...DEFAULT_SETTINGS, model: 'full', weeklyGoal: 4 });
    const input = deepAll(element, 'input[type=file]')[0] as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([json], 'backup.json')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(textOf(element)).toContain('Imported 1 session and 0 routines.'), WAIT);
    // The message comes first, the sessions once read back from storage.
    await vi.waitFor(() => expect(textOf(element)).toContain('Desk break'), WAIT);
    expect(pageSettings().current).toMatchObject({ model: 'full', weeklyGoal: 4 });
  });

  it('imports a backup whose durations a wall clock got wrong, saying they were corrected', async () => {
    const element = await history();
    const json = exportJson([], [{ ...SESSION, durationMs: -60_000 }], DEFAULT_SETTINGS);
    const input = deepAll(element, 'input[type=file]')[0] as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([json], 'old.json')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(
      () =>
        expect(textOf(element)).toContain(
          'Imported 1 session and 0 routines. 1 duration in the file that could not be right (below zero or over a day) was kept within 0 and 24 hours.',
        ),
      WAIT,
    );
    expect(textOf(element)).toContain('Desk break');
  });

  it('refuses a damaged file, says why, and changes nothing', async () => {
    const element = await history();
    const input = deepAll(element, 'input[type=file]')[0] as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"format": "form-coach'], 'cut.json')] });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(textOf(element)).toContain('The file is not valid JSON'), WAIT);
    expect(textOf(element)).toContain('No sessions yet');
    expect(pageSettings().current.weeklyGoal).toBe(3);
  });

  it('"Delete all my data" deletes the settings too: sessions, routines and every setting are gone', async () => {
    await saveSession(SESSION);
    pageSettings().update({ weeklyGoal: 6, mirror: false, equipment: ['wall'], acknowledgedNotMedicalAdvice: true });
    expect(localStorage.getItem('form-coach:weekly-goal')).toBe('6');
    const element = await history();
    await vi.waitFor(() => expect(textOf(element)).toContain('This week: 1 of 6 sessions.'), WAIT);
    const confirm = vi.fn<(message: string) => boolean>(() => true);
    vi.stubGlobal('confirm', confirm);
    button(element, 'Delete all my data').click();
    await vi.waitFor(() => expect(textOf(element)).toContain('No sessions yet'), WAIT);
    expect(confirm.mock.calls[0]?.[0]).toMatch(/settings/);
    vi.unstubAllGlobals();
    expect(textOf(element)).toContain('All your data was deleted from this device, settings included.');
    expect(textOf(element)).toContain('This week: 0 of 3 sessions.');
    expect(pageSettings().current).toEqual(DEFAULT_SETTINGS);
    const kept = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    expect(kept.filter((key) => key?.startsWith('form-coach:'))).toEqual([]);
  });

  describe('a backup with older versions of sessions kept here', () => {
    const newer = { ...SESSION, painAfter: 1, updatedAt: '2026-11-20T10:00:00.000Z' };
    const older = { ...SESSION, painAfter: 5, updatedAt: '2026-11-20T09:10:00.000Z' };
    const other = { ...SESSION, id: 's2', routineName: 'Upper back' };

    async function choose(): Promise<FcHistory> {
      await saveSession(newer);
      const element = await history();
      await vi.waitFor(() => expect(textOf(element)).toMatch(/Desk break 5 4 → 1/), WAIT);
      const input = deepAll(element, 'input[type=file]')[0] as HTMLInputElement;
      const json = exportJson([], [older, other], DEFAULT_SETTINGS);
      Object.defineProperty(input, 'files', { value: [new File([json], 'old.json')], configurable: true });
      input.dispatchEvent(new Event('change'));
      await vi.waitFor(() => expect(textOf(element)).toContain('This backup has older versions of 1 session'), WAIT);
      await settle(element);
      // Asked first: nothing written yet.
      expect(textOf(element)).toContain('Nothing has been imported yet.');
      expect(textOf(element)).not.toContain('Upper back');
      return element;
    }
    const press = (element: FcHistory, name: RegExp) => {
      const found = deepAll(element, '[role=alertdialog] button').find((b) => name.test(b.textContent));
      if (!found) throw new Error(`no button ${String(name)}`);
      (found as HTMLButtonElement).click();
    };

    it('keeping mine imports the rest and keeps the newer session', async () => {
      const element = await choose();
      press(element, /keeping my newer version/);
      await vi.waitFor(
        () =>
          expect(textOf(element)).toContain(
            'Imported 1 session and 0 routines. Your newer version of 1 session was kept.',
          ),
        WAIT,
      );
      await vi.waitFor(() => expect(textOf(element)).toContain('Upper back'), WAIT);
      expect(textOf(element)).toMatch(/Desk break 5 4 → 1/);
    });

    it('replacing puts the backup’s older version in, saying so', async () => {
      const element = await choose();
      press(element, /replacing it with the older/);
      await vi.waitFor(
        () => expect(textOf(element)).toContain('1 session was replaced by the backup’s older version.'),
        WAIT,
      );
      await vi.waitFor(() => expect(textOf(element)).toMatch(/Desk break 5 4 → 5/), WAIT);
    });

    it('not importing changes nothing', async () => {
      const element = await choose();
      press(element, /Don’t import/);
      await vi.waitFor(() => expect(textOf(element)).toContain('Nothing was imported.'), WAIT);
      expect(textOf(element)).not.toContain('This backup has older versions');
      expect(textOf(element)).not.toContain('Upper back');
      expect(textOf(element)).toMatch(/Desk break 5 4 → 1/);
    });
  });
});
