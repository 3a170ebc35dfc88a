import { describe, expect, it } from 'vitest';
import { deskBreakSession } from '../../tests/support/session-records';
import { keepingNewer, olderInBackup } from './import-merge';

const at = (id: string, updatedAt: string, startedAt = '2026-11-20T09:00:00.000Z') =>
  deskBreakSession({ id, startedAt, updatedAt });

describe('what an import would do to the sessions kept here', () => {
  const kept = [
    at('a', '2026-11-20T09:30:00.000Z'),
    at('b', '2026-11-21T09:30:00.000Z', '2026-11-21T09:00:00.000Z'),
    at('c', '2026-11-22T09:30:00.000Z'),
  ];
  const backup = {
    routines: [],
    sessions: [
      at('b', '2026-11-21T09:05:00.000Z', '2026-11-21T09:00:00.000Z'), // older than here
      at('a', '2026-11-20T09:10:00.000Z'), // older than here
      at('c', '2026-11-22T09:45:00.000Z'), // newer than here: an ordinary update
      at('d', '2026-11-19T09:00:00.000Z'), // not here at all
    ],
  };

  it('finds each session the backup has an older version of, by start time', () => {
    const older = olderInBackup(kept, backup.sessions);
    expect(older.map((pair) => [pair.kept.id, pair.kept.updatedAt, pair.incoming.updatedAt])).toEqual([
      ['a', '2026-11-20T09:30:00.000Z', '2026-11-20T09:10:00.000Z'],
      ['b', '2026-11-21T09:30:00.000Z', '2026-11-21T09:05:00.000Z'],
    ]);
  });

  it('the same time is not older (a backup of this very device restored)', () => {
    expect(olderInBackup(kept, kept)).toEqual([]);
  });

  it('keeping the newer ones imports the rest: the newer update and the new session', () => {
    const rest = keepingNewer(backup, olderInBackup(kept, backup.sessions));
    expect(rest.sessions.map((session) => session.id)).toEqual(['c', 'd']);
    expect(rest.routines).toBe(backup.routines);
  });
});
