import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_VERSION, exportCsv, exportJson, MAX_IMPORT_BYTES, parseImport, type Settings } from './export';
import { DESK_BREAK } from './routines';
import { deskBreakSession } from '../../tests/support/session-records';

const settings: Settings = { weeklyGoal: 3, equipment: ['chair', 'wall'] };
const own = { ...DESK_BREAK, id: 'own-desk', name: 'My desk break', builtIn: false };
const session = deskBreakSession({ updatedAt: '2026-11-20T09:06:00.000Z', plan: own.items });

describe('JSON export and import', () => {
  it('round-trips everything', () => {
    const result = parseImport(exportJson([own], [session], settings));
    expect(result.ok).toBe(true);
    expect(result.ok && result.data).toMatchObject({ routines: [own], sessions: [session], settings });
  });

  const exported = JSON.parse(exportJson([own], [session], settings)) as Record<string, unknown>;
  const withSession = (change: Record<string, unknown>) =>
    JSON.stringify({ ...exported, sessions: [{ ...session, ...change }] });

  it.each([
    ['malformed JSON', '{"format": "form-coach-export", ', /not valid JSON — it may be cut short/],
    ['truncated export', exportJson([own], [session], settings).slice(0, 200), /not valid JSON/],
    ['another file', '{"hello": "world"}', /not a Form Coach export/],
    [
      'a newer version',
      JSON.stringify({ ...exported, version: EXPORT_VERSION + 1 }),
      new RegExp(`version ${EXPORT_VERSION + 1} export; this Form Coach reads versions 1 to ${EXPORT_VERSION}`),
    ],
    [
      'a set without its place in the plan',
      withSession({ sets: [{ ...session.sets[0], item: undefined }] }),
      /sets\.0\.item/,
    ],
    [
      'a set placed on another exercise',
      withSession({ sets: [{ ...session.sets[0], item: 0 }] }),
      /sessions\.0 has set 1 placed at plan item 1, which is not neck-rotation\. Nothing was changed\.$/,
    ],
    ['wrong types', withSession({ painBefore: 'four' }), /sessions\.0\.painBefore/],
    ['out-of-range values', withSession({ painAfter: 11 }), /painAfter must be 0 to 10/],
    ['a huge string', withSession({ routineName: 'x'.repeat(5000) }), /routineName is longer than 80 characters/],
    ['script in strings', withSession({ routineName: '<script>alert(1)</script>' }), /must be plain text/],
    ['unknown keys', JSON.stringify({ ...exported, extra: true }), /Not imported/],
    ['prototype pollution', withSession({}).replace('{', '{"__proto__": {"polluted": true}, '), /Not imported/],
    ['a bad date', withSession({ startedAt: 'yesterday' }), /startedAt must be a date and time/],
  ])('refuses %s, saying what is wrong', (_what, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(message);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an oversized file before reading it', () => {
    const result = parseImport(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(!result.ok && result.problem).toMatch(/too large/);
  });
});

describe('a version-1 backup', () => {
  const text = readFileSync(new URL('../../tests/fixtures/backup-v1.json', import.meta.url), 'utf8');
  const old = JSON.parse(text) as { routines: unknown[]; settings: unknown; sessions: { sets: object[] }[] };

  it('still imports: the same data, each set given its place in the plan', () => {
    const result = parseImport(text);
    if (!result.ok) throw new Error(result.problem);
    expect(result.data.version).toBe(EXPORT_VERSION);
    expect(result.data.routines).toEqual(old.routines);
    expect(result.data.settings).toEqual(old.settings);
    const [migrated] = result.data.sessions;
    // Neck roll twice in the plan (items 0 and 3): the second, cut-short one is not put back on the first.
    const places = [0, 1, 2, 2, 3];
    expect(migrated?.sets).toEqual(old.sessions[0]?.sets.map((set, i) => ({ ...set, item: places[i] })));
    expect({ ...migrated, sets: [] }).toEqual({ ...old.sessions[0], sets: [] });
  });

  it('is checked like a current one', () => {
    const damaged = text.replace('"painAfter": 2', '"painAfter": 12');
    expect(parseImport(damaged)).toEqual({
      ok: false,
      problem: 'Not imported: sessions.0.painAfter must be 0 to 10. Nothing was changed.',
    });
  });
});

describe('CSV export', () => {
  it('has one row per set, with a header', () => {
    const lines = exportCsv([session]).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'session_id,started_at,routine,exercise,set,side,unit,done,target,clean_reps,faulty_reps,range_of_motion,range_of_motion_unit,longest_hold_s,faults,duration_s,outcome,pain_before,pain_after',
    );
    expect(lines[1]).toBe(
      's1,2026-11-20T09:00:00.000Z,My desk break,neck-rotation,1,left,reps,5,5,4,1,61.5,deg,0.0,shoulders-still×1,20.0,completed,4,2',
    );
  });

  it('says the range’s unit: a body-length ratio is not degrees, and keeps it through a backup', () => {
    const [set] = session.sets;
    if (!set) throw new Error('the fixture has a set');
    // The set keeps its place in the plan: that plan item becomes the reverse fly too.
    const fly = {
      ...session,
      plan: session.plan.map((item, index) => (index === set.item ? { ...item, exercise: 'reverse-fly' } : item)),
      sets: [{ ...set, exercise: 'reverse-fly', rangeOfMotion: 0.4523, rangeUnit: 'ratio' as const }],
    };
    expect(exportCsv([fly]).split('\r\n')[1]).toContain(',0.452,ratio,');
    const result = parseImport(exportJson([own], [fly], settings));
    expect(result.ok && result.data.sessions[0]?.sets[0]?.rangeUnit).toBe('ratio');
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const csv = exportCsv([{ ...session, routineName: '=HYPERLINK("x"), mine' }]);
    expect(csv).toContain(`"'=HYPERLINK(""x""), mine"`);
  });
});
