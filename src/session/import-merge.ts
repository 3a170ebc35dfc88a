/**
 * What importing a backup would do to the sessions already on this device. Records are matched by
 * id and the imported one replaces the kept one; when the backup's copy is older (an old backup
 * restored after more was done), that would throw away what was saved since, so the History page
 * says so and lets the person choose before anything is written.
 *
 * Only sessions carry a time they were last saved (`updatedAt`); a routine has none, so which of
 * two versions of a routine is newer cannot be told, and routines are replaced by id as before.
 */
import type { SessionRecord } from './session-summary';

/** A session this device keeps a newer version of than the backup does. */
export interface OlderInBackup {
  readonly kept: SessionRecord;
  readonly incoming: SessionRecord;
}

/**
 * The sessions the backup would replace with an older version of themselves, oldest start first.
 * Same time, or a time that does not read as one, is not older: nothing to warn about.
 */
export function olderInBackup(
  stored: readonly SessionRecord[],
  incoming: readonly SessionRecord[],
): readonly OlderInBackup[] {
  const kept = new Map(stored.map((session) => [session.id, session]));
  const older: OlderInBackup[] = [];
  for (const session of incoming) {
    const here = kept.get(session.id);
    if (here && Date.parse(session.updatedAt) < Date.parse(here.updatedAt))
      older.push({ kept: here, incoming: session });
  }
  return older.sort((a, b) => a.kept.startedAt.localeCompare(b.kept.startedAt));
}

/** The backup's sessions without those this device has newer versions of. */
export function keepingNewer<T extends { readonly sessions: readonly SessionRecord[] }>(
  data: T,
  older: readonly OlderInBackup[],
): T {
  const newerHere = new Set(older.map((pair) => pair.kept.id));
  return { ...data, sessions: data.sessions.filter((session) => !newerHere.has(session.id)) };
}
