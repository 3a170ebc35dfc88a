import { describe, expect, it } from 'vitest';
import { need } from '../../tests/support/need';
import { PROGRESS_HISTORY } from '../../tests/support/progress-history';
import { findExercise } from '../exercises';
import { adviseNext } from './advice';
import { buildReport } from './report';
import { DESK_BREAK } from './routines';

const range = { from: new Date(2026, 10, 1), to: new Date(2026, 10, 30), weeklyGoal: 3 };

describe('the report for a seeded month', () => {
  const report = buildReport(PROGRESS_HISTORY, range, findExercise);

  it('counts sessions per week against the goal', () => {
    // Weeks from Monday 26 Oct (the week of 1 Nov) to Monday 30 Nov.
    expect(report.weeks.map((w) => w.sessions)).toEqual([0, 2, 0, 0, 2, 0]);
    expect(report.weeks.every((w) => w.goal === 3)).toBe(true);
  });

  it('sums each exercise’s sets, reps and clean share, and names the most frequent cue in today’s words', () => {
    const neck = need(
      report.exercises.find((e) => e.id === 'neck-rotation'),
      'neck rotation',
    );
    expect(neck).toMatchObject({
      sessions: 4,
      sets: 8,
      done: 40,
      // Saved as "Keep your shoulders still", an older wording: the check's cue is looked up by its id.
      topCue: { cue: 'Keep your shoulders facing forward: turn only your head', times: 2 },
    });
    expect(neck.cleanShare).toBeCloseTo(38 / 40, 5);
  });

  it('compares each side with its baseline, with the uncertainty, and only calls a clear change one', () => {
    const neck = need(
      report.exercises.find((e) => e.id === 'neck-rotation'),
      'neck rotation',
    );
    expect(neck.rangeLines).toEqual([
      expect.stringMatching(/^Left: \+23° since 3 Nov \(51° → 74°, ± \d+°\)$/),
      expect.stringMatching(
        /^Right: no clear change since 3 Nov \(53° → 56°; less than the \d+° the camera can tell apart\)$/,
      ),
    ]);
    expect(neck.asymmetry).toBeNull();
    expect(neck.bands.map((b) => b.points.map((p) => p.value))).toEqual([
      [50, 52, 72, 74],
      [52, 54, 58, 56],
    ]);
  });

  it('gives the longest hold against the first sessions’', () => {
    const trap = need(
      report.exercises.find((e) => e.id === 'upper-trap-stretch'),
      'upper trap',
    );
    expect(trap.hold).toBe('Longest hold 22 s, up from 16 s since 3 Nov');
    expect(trap.rangeLines).toEqual([]);
  });

  it('lists pain before and after each session, and what the app cannot measure', () => {
    expect(report.sessions.map((s) => [s.painBefore, s.painAfter])).toEqual([
      [4, 3],
      [4, 3],
      [3, 3],
      [2, 5],
    ]);
    expect(report.limits.join(' ')).toMatch(/cannot measure strength, pain/);
  });

  it('keeps the baseline from before the range when the range starts later', () => {
    const late = buildReport(PROGRESS_HISTORY, { ...range, from: new Date(2026, 10, 20) }, findExercise);
    expect(late.sessions).toHaveLength(2);
    expect(late.exercises.find((e) => e.id === 'neck-rotation')?.rangeLines[0]).toMatch(/since 3 Nov \(51° → 74°/);
  });

  it('after the last session’s rise in pain, the next desk break suggests easing off', () => {
    const advice = adviseNext(DESK_BREAK, PROGRESS_HISTORY, new Date(2026, 10, 27), findExercise);
    expect(advice?.kind).toBe('ease');
    expect(advice?.why).toMatch(/^Your pain went from 2 to 5 during your last session\./);
    expect(advice?.changes).toContain('Upper trapezius stretch: holds of 15 s → 10 s');
  });
});
