import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkClipFile, checkExercise, clipSegment } from './clip-checks';
import { loadManifest, ManifestError, parseManifest, type ClipError, type ClipSpec, type Manifest } from './manifest';

// The footage is never copied into the project (its licences forbid it); these tests skip without it.
const FOOTAGE_DIR =
  process.env['FC_FOOTAGE'] ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/footage');
const HAS_FOOTAGE = existsSync(join(FOOTAGE_DIR, 'manifest.json'));
const NO_FOOTAGE = `skipped: needs the shared footage at ${FOOTAGE_DIR}`;

const MANIFEST_PATH = '/data/eval/manifest.json';

const validEntry = {
  id: 'neck-tilts-seated',
  file: 'clips/sagor_neck_flexion.mp4',
  exercise: 'neck-tilts',
  expect: { reps: 7 },
};

const manifestWith = (...clips: unknown[]): string => JSON.stringify({ version: 1, clips });
const parse = (...clips: unknown[]): Manifest => parseManifest(manifestWith(...clips), MANIFEST_PATH);

function onlyClip(entry: unknown): ClipSpec {
  const [first] = parse(entry).entries;
  if (!first?.ok) throw new Error(`expected a valid clip, got ${JSON.stringify(first)}`);
  return first.clip;
}

function onlyError(entry: unknown): ClipError {
  const [first] = parse(entry).entries;
  if (!first || first.ok) throw new Error(`expected an error row, got ${JSON.stringify(first)}`);
  return first.error;
}

const reasonFor = (patch: Record<string, unknown>): string => onlyError({ ...validEntry, ...patch }).reason;
const reasonForExpect = (expectation: unknown): string => reasonFor({ expect: expectation });

describe.skipIf(!HAS_FOOTAGE)(HAS_FOOTAGE ? 'the shared footage manifests' : NO_FOOTAGE, () => {
  it.each(['manifest.json', 'manifest-extra.json'])('%s parses with every clip valid and its file on disk', (name) => {
    const manifest = loadManifest(join(FOOTAGE_DIR, name));
    const raw = JSON.parse(readFileSync(join(FOOTAGE_DIR, name), 'utf8')) as { clips: unknown[] };
    expect(manifest.entries).toHaveLength(raw.clips.length);
    for (const entry of manifest.entries) {
      expect(entry).toMatchObject({ ok: true });
      if (entry.ok) expect(checkClipFile(entry.clip)).toBeNull();
    }
  });

  it('reads holds, segments and absolute paths from manifest.json', () => {
    const clips = loadManifest(join(FOOTAGE_DIR, 'manifest.json')).entries.flatMap((e) => (e.ok ? [e.clip] : []));
    const byId = new Map(clips.map((clip) => [clip.id, clip]));
    expect(byId.get('neck-tilts-seated')).toMatchObject({
      file: join(FOOTAGE_DIR, 'clips/sagor_neck_flexion.mp4'),
      camera: join(FOOTAGE_DIR, 'camera/sagor_neck_flexion.mjpeg'),
      exercise: 'neck-tilts',
      view: 'front',
      expect: { unit: 'holds', count: 7, minHoldS: 0.5, tolerance: 0 },
      grade: 'B',
    });
    expect(byId.get('superman-prone')).toMatchObject({ startS: 3, endS: 13.6, expect: { unit: 'reps', count: 3 } });
    expect(byId.get('wall-angel-elbow-flexion-only')?.expect.count).toBe(0);
    expect(byId.get('neck-roll-closeup')?.endS).toBeUndefined();
  });

  it('reads every entry of manifest-photos.json as a photo with its file on disk', () => {
    const { entries, photos } = loadManifest(join(FOOTAGE_DIR, 'manifest-photos.json'));
    expect(entries).toEqual([]);
    expect(photos.length).toBeGreaterThan(0);
    for (const photo of photos) expect(checkClipFile(photo)).toBeNull();
    expect(photos.map((photo) => photo.expect.position)).toEqual(
      expect.arrayContaining(['start', 'peak', 'hold', 'out']),
    );
  });
});

describe('parseManifest: the manifest as a whole', () => {
  const problem = (text: string): string => {
    try {
      parseManifest(text, MANIFEST_PATH);
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestError);
      return (error as ManifestError).message;
    }
    throw new Error('expected a ManifestError');
  };

  it('points at the line and column of a JSON syntax error', () => {
    expect(problem('{\n  "version": 1,\n  "clips": [],\n}')).toMatch(
      /^manifest \/data\/eval\/manifest.json: is not valid JSON at line 4, column 1 \(/,
    );
  });

  it('says where truncated JSON ends', () => {
    expect(problem('{\n  "version": 1,\n  "clips": [')).toMatch(/not valid JSON at line 3, column 13/);
    expect(problem('')).toMatch(/not valid JSON at line 1, column 1/);
  });

  it('rejects anything but an object', () => {
    expect(problem('[]')).toMatch(/must be a JSON object, got \[\]/);
    expect(problem('null')).toMatch(/must be a JSON object, got null/);
  });

  it('needs version 1', () => {
    expect(problem('{"clips": []}')).toMatch(/"version" is missing \(expected 1\)/);
    expect(problem('{"version": 2, "clips": []}')).toMatch(/"version" must be 1, got 2/);
    expect(problem('{"version": "1", "clips": []}')).toMatch(/"version" must be 1, got "1"/);
  });

  it('needs clips to be an array', () => {
    expect(problem('{"version": 1}')).toMatch(/"clips" must be an array, got nothing/);
    expect(problem('{"version": 1, "clips": {"a": 1}}')).toMatch(/"clips" must be an array, got \{"a":1\}/);
  });

  it('counts lines and columns after a byte-order mark as an editor shows them', () => {
    expect(problem('\uFEFF{\n "version": 1,}')).toMatch(/not valid JSON at line 2, column 15/);
  });

  it('accepts a byte-order mark, no clips, and unknown keys', () => {
    const manifest = parseManifest('\uFEFF{"version": 1, "clips": [], "generator": "x"}', MANIFEST_PATH);
    expect(manifest).toEqual({ path: MANIFEST_PATH, dir: '/data/eval', entries: [], photos: [] });
  });

  it('loadManifest reports a manifest that cannot be read', () => {
    expect(() => loadManifest('/nonexistent/manifest.json')).toThrow(
      /manifest \/nonexistent\/manifest.json: cannot be read/,
    );
  });
});

describe('parseManifest: a valid clip', () => {
  it('resolves file and camera against the manifest folder and fills defaults', () => {
    expect(onlyClip({ ...validEntry, camera: 'camera/a.mjpeg' })).toEqual({
      id: 'neck-tilts-seated',
      index: 1,
      file: '/data/eval/clips/sagor_neck_flexion.mp4',
      camera: '/data/eval/camera/a.mjpeg',
      exercise: 'neck-tilts',
      expect: { unit: 'reps', count: 7, tolerance: 0 },
      expectCues: [],
      forbidCues: [],
    });
  });

  it('resolves a relative manifest path from the working directory', () => {
    const manifest = parseManifest(manifestWith(validEntry), 'footage/m.json');
    expect(manifest.dir).toBe(resolve('footage'));
    expect(manifest.entries[0]).toMatchObject({ clip: { file: resolve('footage/clips/sagor_neck_flexion.mp4') } });
  });

  it('keeps every optional field and ignores unknown keys', () => {
    const clip = onlyClip({
      ...validEntry,
      view: 'side',
      start_s: 0,
      end_s: 15.4,
      expect: { holds: 2, min_hold_s: 5, tolerance: 1 },
      expect_cues: ['chin-level'],
      forbid_cues: ['shrug'],
      grade: 'C',
      notes: 'approximate',
      future_field: { anything: true },
    });
    expect(clip).toMatchObject({
      view: 'side',
      startS: 0,
      endS: 15.4,
      expect: { unit: 'holds', count: 2, minHoldS: 5, tolerance: 1 },
      expectCues: ['chin-level'],
      forbidCues: ['shrug'],
      grade: 'C',
      notes: 'approximate',
    });
    expect(clip).not.toHaveProperty('future_field');
  });

  it('takes sides that add up, and derives the missing side from the total', () => {
    expect(onlyClip({ ...validEntry, expect: { reps: 7, left: 4, right: 3 } }).expect.sides).toEqual({
      left: 4,
      right: 3,
    });
    expect(onlyClip({ ...validEntry, expect: { reps: 7, left: 4 } }).expect.sides).toEqual({ left: 4, right: 3 });
    expect(onlyClip({ ...validEntry, expect: { holds: 7, min_hold_s: 1, right: 7 } }).expect.sides).toEqual({
      left: 0,
      right: 7,
    });
    expect(onlyClip(validEntry).expect.sides).toBeUndefined();
  });

  it('accepts reps: 0 (the phantom-rep check)', () => {
    expect(onlyClip({ ...validEntry, expect: { reps: 0 } }).expect.count).toBe(0);
  });
});

describe('parseManifest: a malformed clip becomes an error row and the others still run', () => {
  it('keeps manifest order and reports each entry on its own', () => {
    const { entries } = parse(validEntry, { ...validEntry, id: 'b', expect: { reps: -1 } }, { ...validEntry, id: 'c' });
    expect(entries.map((entry) => entry.ok)).toEqual([true, false, true]);
    expect(entries[1]).toEqual({
      ok: false,
      error: {
        id: 'b',
        index: 2,
        exercise: 'neck-tilts',
        reason: 'expect.reps must be a non-negative integer, got -1',
      },
    });
  });

  it('names an entry without a usable id by its position', () => {
    const { entries } = parse(
      validEntry,
      { file: 'a.mp4', exercise: 'neck-tilts', expect: { reps: 1 } },
      { ...validEntry, id: '' },
    );
    expect(entries[1]).toMatchObject({ ok: false, error: { id: 'clip #2', reason: 'id is missing' } });
    expect(entries[2]).toMatchObject({
      ok: false,
      error: { id: 'clip #3', reason: 'id must be a non-empty string, got ""' },
    });
  });

  it('refuses an entry that is not an object', () => {
    expect(parse(validEntry, 'clips/a.mp4').entries[1]).toEqual({
      ok: false,
      error: { id: 'clip #2', index: 2, reason: 'entry must be an object, got "clips/a.mp4"' },
    });
  });

  it('reports a duplicate id on the later entry only', () => {
    const { entries } = parse(validEntry, { ...validEntry, id: 'other' }, validEntry);
    expect(entries.map((entry) => entry.ok)).toEqual([true, true, false]);
    expect(entries[2]).toMatchObject({
      error: { id: 'neck-tilts-seated', reason: 'duplicate id "neck-tilts-seated" (already used by clip #1)' },
    });
  });

  it('counts an id as taken even when its own entry is malformed', () => {
    const { entries } = parse({ ...validEntry, expect: {} }, validEntry);
    expect(entries[1]).toMatchObject({
      ok: false,
      error: { reason: 'duplicate id "neck-tilts-seated" (already used by clip #1)' },
    });
  });

  it.each([
    [{ file: undefined }, 'file is missing'],
    [{ file: '' }, 'file must be a path, got ""'],
    [{ file: 3 }, 'file must be a path, got 3'],
    [{ camera: ['a'] }, 'camera must be a path, got ["a"]'],
    [{ exercise: undefined }, 'exercise is missing'],
    [{ exercise: 'Neck Tilts' }, 'exercise must be a kebab-case id like "neck-tilts", got "Neck Tilts"'],
    [{ exercise: 'neck--tilts' }, 'exercise must be a kebab-case id like "neck-tilts", got "neck--tilts"'],
    [{ view: 'top' }, 'view must be one of front, side, got "top"'],
    [{ grade: 'D' }, 'grade must be one of A, B, C, got "D"'],
    [{ notes: 42 }, 'notes must be a string, got 42'],
    [{ start_s: -1 }, 'start_s must be a number of seconds ≥ 0, got -1'],
    [{ end_s: '15' }, 'end_s must be a number of seconds ≥ 0, got "15"'],
    [{ start_s: 5, end_s: 5 }, 'start_s (5) must be before end_s (5)'],
    [{ start_s: 9, end_s: 3.5 }, 'start_s (9) must be before end_s (3.5)'],
    [{ expect_cues: 'shrug' }, 'expect_cues must be an array of check ids, got "shrug"'],
    [{ forbid_cues: { shrug: true } }, 'forbid_cues must be an array of check ids, got {"shrug":true}'],
    [{ expect_cues: ['a', 7] }, 'expect_cues[1] must be a check id, got 7'],
    [{ forbid_cues: [''] }, 'forbid_cues[0] must be a check id, got ""'],
    [{ expect_cues: ['a', 'a'] }, 'expect_cues lists "a" twice'],
    [{ expect_cues: ['shrug'], forbid_cues: ['shrug'] }, '"shrug" is in both expect_cues and forbid_cues'],
  ])('%j → %s', (patch, reason) => {
    expect(reasonFor(patch)).toBe(reason);
  });

  it('treats an infinite time (1e999 in JSON) as invalid', () => {
    const text = manifestWith(validEntry).replace('"expect"', '"end_s": 1e999, "expect"');
    expect(parseManifest(text, MANIFEST_PATH).entries[0]).toMatchObject({
      ok: false,
      error: { reason: 'end_s must be a number of seconds ≥ 0, got Infinity' },
    });
  });

  it.each([
    [undefined, 'expect is missing (it needs reps or holds)'],
    [7, 'expect must be an object like {"reps": 5}, got 7'],
    [{}, 'expect needs reps or holds'],
    [{ tolerance: 1 }, 'expect needs reps or holds'],
    [{ reps: 'three' }, 'expect.reps must be a non-negative integer, got "three"'],
    [{ reps: 2.5 }, 'expect.reps must be a non-negative integer, got 2.5'],
    [{ reps: null }, 'expect.reps must be a non-negative integer, got null'],
    [{ holds: -1, min_hold_s: 1 }, 'expect.holds must be a non-negative integer, got -1'],
    [{ reps: 3, holds: 3, min_hold_s: 1 }, 'expect must give reps or holds, not both'],
    [{ holds: 3 }, 'expect.min_hold_s must be a number of seconds ≥ 0 beside holds, got nothing'],
    [{ holds: 3, min_hold_s: -2 }, 'expect.min_hold_s must be a number of seconds ≥ 0 beside holds, got -2'],
    [{ reps: 3, min_hold_s: 2 }, 'expect.min_hold_s only applies to holds'],
    [{ reps: 3, tolerance: -1 }, 'expect.tolerance must be a non-negative integer, got -1'],
    [{ reps: 3, tolerance: 0.5 }, 'expect.tolerance must be a non-negative integer, got 0.5'],
    [{ reps: 7, left: 4, right: 4 }, 'expect.left (4) + expect.right (4) must equal expect.reps (7)'],
    [{ holds: 2, min_hold_s: 1, left: 3 }, 'expect.left (3) is more than expect.holds (2)'],
    [{ reps: 2, right: 3 }, 'expect.right (3) is more than expect.reps (2)'],
    [{ reps: 7, left: -4 }, 'expect.left must be a non-negative integer, got -4'],
  ])('expect %j → %s', (expectation, reason) => {
    expect(reasonForExpect(expectation)).toBe(reason);
  });

  it('reads a photo with the position the person is in as a photo, in manifest order', () => {
    const photo = {
      ...validEntry,
      id: 'row-peak',
      file: 'still/row_0.JPG',
      exercise: 'row',
      view: 'side',
      grade: 'B',
      notes: 'arms pulled',
      expect: { position: 'peak' },
    };
    const manifest = parse(validEntry, photo, { ...photo, id: 'second', expect: { position: 'start' } });
    expect(manifest.entries).toHaveLength(1);
    expect(manifest.photos).toEqual([
      {
        id: 'row-peak',
        index: 2,
        file: resolve('/data/eval/still/row_0.JPG'),
        exercise: 'row',
        view: 'side',
        expect: { unit: 'position', position: 'peak' },
        grade: 'B',
        notes: 'arms pulled',
      },
      expect.objectContaining({ id: 'second', index: 3, expect: { unit: 'position', position: 'start' } }),
    ]);
    expect(reasonForExpect({ position: 'middle' })).toBe(
      'expect.position must be one of start, peak, hold, out, got "middle"',
    );
  });

  it.each([
    [
      { file: 'still/row_0.jpg', expect: { reps: 3 } },
      'file "still/row_0.jpg" is a photo: a photo\'s expect gives the position, like {"position": "start"}',
    ],
    [
      { file: 'clips/row.mp4', expect: { position: 'start' } },
      'expect.position is for photos (jpg, jpeg, png, webp, gif, bmp, avif), got file "clips/row.mp4"',
    ],
    [
      { file: 'still/row_0.png', expect: { position: 'start' }, start_s: 1 },
      'start_s and end_s are for clips: a photo has no segment',
    ],
  ])('a photo entry that mixes in a clip’s fields is an error row: %j', (fields, reason) => {
    expect(onlyError({ ...validEntry, ...fields }).reason).toBe(reason);
  });

  it('lists every problem of an entry at once, so one edit fixes it', () => {
    expect(onlyError({ id: 'x', file: 'a.mp4', exercise: 'Bad', expect: { reps: -1 }, grade: 'Z' })).toEqual({
      id: 'x',
      index: 1,
      exercise: 'Bad',
      reason:
        'exercise must be a kebab-case id like "neck-tilts", got "Bad"; grade must be one of A, B, C, got "Z"; ' +
        'expect.reps must be a non-negative integer, got -1',
    });
  });

  it('shortens a long offending value', () => {
    expect(reasonFor({ notes: ['a'.repeat(100)] })).toBe(`notes must be a string, got ["${'a'.repeat(35)}...`);
  });
});

describe('checkClipFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'form-coach-eval-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a readable file', () => {
    writeFileSync(join(dir, 'clip.mp4'), 'not really a video');
    expect(checkClipFile({ file: join(dir, 'clip.mp4') })).toBeNull();
  });

  it('says a missing file is not found, with its path', () => {
    expect(checkClipFile({ file: join(dir, 'missing.mp4') })).toBe(`file not found: ${join(dir, 'missing.mp4')}`);
    expect(checkClipFile({ file: join(dir, 'clip.mp4', 'x.mp4') })).toMatch(/^file not found: /);
  });

  it('refuses a folder', () => {
    mkdirSync(join(dir, 'folder.mp4'));
    expect(checkClipFile({ file: join(dir, 'folder.mp4') })).toBe(`not a regular file: ${join(dir, 'folder.mp4')}`);
  });

  // root reads any file, so the permission check only means something for other users.
  it.skipIf(process.getuid?.() === 0)('says an unreadable file is not readable', () => {
    const file = join(dir, 'locked.mp4');
    writeFileSync(file, 'x');
    chmodSync(file, 0o000);
    expect(checkClipFile({ file })).toBe(`file not readable (permission denied): ${file}`);
  });
});

describe('checkExercise', () => {
  it('accepts a registered exercise and names the registered ones otherwise', () => {
    expect(checkExercise({ exercise: 'neck-tilts' }, ['neck-tilts', 'shoulder-roll'])).toBeNull();
    expect(checkExercise({ exercise: 'squat' }, new Set(['neck-tilts', 'shoulder-roll']))).toBe(
      'exercise "squat" is not registered (registered: neck-tilts, shoulder-roll)',
    );
    expect(checkExercise({ exercise: 'squat' }, [])).toBe('exercise "squat" is not registered (registered: none)');
  });
});

describe('clipSegment', () => {
  it('defaults to the whole clip', () => {
    expect(clipSegment({}, 15.4)).toEqual({ ok: true, startS: 0, endS: 15.4 });
  });

  it('keeps the manifest bounds and clips an end past the clip', () => {
    expect(clipSegment({ startS: 3, endS: 13.6 }, 20)).toEqual({ ok: true, startS: 3, endS: 13.6 });
    expect(clipSegment({ endS: 15.5 }, 15.4)).toEqual({ ok: true, startS: 0, endS: 15.4 });
  });

  it('refuses a start at or past the end of the clip', () => {
    expect(clipSegment({ startS: 16 }, 15.4)).toEqual({
      ok: false,
      reason: 'start_s (16) is not before the end of the clip (15.4 s)',
    });
  });
});
