import { describe, expect, it } from 'vitest';
import { storageNotice, TEMPORARY_QUOTA_BYTES, type StorageFacts } from './storage-health';

/** An ordinary Chromium tab, as measured here: not persisted, a 10 GiB quota. */
const ORDINARY: StorageFacts = { database: 'ok', settingsKept: true, persisted: false, quotaBytes: 10 * 1024 ** 3 };

describe('what the page says about storage', () => {
  it('nothing, for an ordinary tab whose storage is merely not persisted (no nagging)', () => {
    expect(storageNotice(ORDINARY)).toBeNull();
    expect(storageNotice({ ...ORDINARY, persisted: null, quotaBytes: null })).toBeNull();
    expect(storageNotice({ ...ORDINARY, persisted: true })).toBeNull();
  });

  it('a private window’s small quota: history may not outlive the window, export a copy', () => {
    const notice = storageNotice({ ...ORDINARY, quotaBytes: 120 * 1024 ** 2 });
    expect(notice).toMatch(/may not outlive this window/);
    expect(notice).toMatch(/Export it/);
    // Persisted storage is kept whatever its size; a quota at the line is an ordinary one.
    expect(storageNotice({ ...ORDINARY, quotaBytes: 120 * 1024 ** 2, persisted: true })).toBeNull();
    expect(storageNotice({ ...ORDINARY, quotaBytes: TEMPORARY_QUOTA_BYTES })).toBeNull();
  });

  it('storage blocked: coaching works without history, and settings only for this tab', () => {
    const blocked = storageNotice({ ...ORDINARY, database: 'unavailable', settingsKept: false });
    expect(blocked).toMatch(/works without history/);
    expect(blocked).toMatch(/settings last only until this tab closes/);
    expect(storageNotice({ ...ORDINARY, database: 'unavailable' })).toMatch(/sets are not saved/);
    expect(storageNotice({ ...ORDINARY, settingsKept: false })).toMatch(
      /settings.*until this tab closes.*history is kept/,
    );
  });

  it('says what to do about each database problem, and that sets are not saved until then', () => {
    expect(storageNotice({ ...ORDINARY, database: 'newer-version' })).toMatch(/reload this page/);
    expect(storageNotice({ ...ORDINARY, database: 'blocked' })).toMatch(/close that tab/);
    expect(storageNotice({ ...ORDINARY, database: 'full' })).toMatch(/free some space/);
    for (const database of ['newer-version', 'blocked', 'full', 'failed'] as const) {
      const notice = storageNotice({ ...ORDINARY, database });
      expect(notice).toMatch(/not saved/);
      expect(notice).not.toMatch(/nothing was lost/i);
    }
  });
});
