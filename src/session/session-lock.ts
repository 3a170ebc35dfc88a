/**
 * One tab runs a session at a time. Two tabs of Form Coach share one store: both offered to resume
 * or discard the same unfinished session, and the one that did overwrote what the other was still
 * saving. A running session (a routine, or a set from the Exercises page) holds the Web Lock
 * `fc-session`; another tab sees it held, says the session runs elsewhere and offers nothing that
 * would touch it, and its own request for the lock resolves when that tab finishes or closes (the
 * browser releases a closed or crashed tab's locks), so it can offer the session then.
 *
 * The lock manager is passed in (navigator.locks in the app), so the rules are tested without a
 * browser.
 */
import { msg, str } from '../i18n/msg';

export const SESSION_LOCK = 'fc-session';
/**
 * Held beside the session lock, named after the session: a lock carries no data, but another tab
 * can read held locks' names (`query()`), and so say which session runs where.
 */
const ABOUT_PREFIX = 'fc-session-about:';
/**
 * How long a claim waits for the lock before concluding that another tab runs a session. Another
 * tab only ever holds it for a moment unless a session runs there (checking it is free takes it
 * briefly), so a short wait tells the two apart.
 */
export const CLAIM_WAIT_MS = 1500;

/** What another tab needs to say which session runs. */
export interface RunningSession {
  readonly id: string;
  readonly name: string;
}

/** The part of the Web Locks API used here. */
export type Locks = Pick<LockManager, 'request' | 'query'>;

/** The browser's lock manager, or null where there is none (then there is nothing to share with). */
export function browserLocks(): Locks | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

/** The session this page (this JavaScript realm) runs, for telling "here" from "another tab". */
let runningHere: RunningSession | null = null;

/** The lock for one session in this tab: claimed as it starts, released as it ends. */
export class SessionLock {
  /** Set while a claim is pending or the lock is held; `release()` clears it. */
  private token: object | null = null;
  private releaseHeld: (() => void) | null = null;

  constructor(
    private readonly locks: Locks | null = browserLocks(),
    private readonly waitMs = CLAIM_WAIT_MS,
  ) {}

  get held(): boolean {
    return this.releaseHeld !== null;
  }

  /**
   * Takes the lock for `session`: true once this tab holds it (at once if it already does), false
   * when another tab runs a session (the lock did not come free within the wait).
   */
  async claim(session: RunningSession): Promise<boolean> {
    if (this.releaseHeld) return true;
    const locks = this.locks;
    if (!locks) {
      // No Web Locks (an old browser): nothing to coordinate with, but this tab knows its own.
      this.hold(session);
      return true;
    }
    const token = {};
    this.token = token;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.waitMs);
    return new Promise<boolean>((resolve) => {
      locks
        .request(SESSION_LOCK, { signal: abort.signal }, async () => {
          clearTimeout(timer);
          // Released (or replaced by another claim) while waiting: give it straight back.
          if (this.token !== token) {
            resolve(false);
            return;
          }
          const released = new Promise<void>((done) => this.hold(session, done));
          await new Promise<void>((granted) => {
            void locks.request(ABOUT_PREFIX + JSON.stringify(session), () => {
              granted();
              return released;
            });
          });
          resolve(true);
          await released;
        })
        .catch(() => {
          // Aborted: another tab held it all the while.
          clearTimeout(timer);
          resolve(false);
        });
    });
  }

  /** Marks `session` as running here until `release()`, which then calls `done`. */
  private hold(session: RunningSession, done: () => void = () => undefined): void {
    runningHere = session;
    this.releaseHeld = () => {
      if (runningHere === session) runningHere = null;
      done();
    };
  }

  /** The session ended (or its page went away): another tab may run one now. */
  release(): void {
    this.token = null;
    const release = this.releaseHeld;
    this.releaseHeld = null;
    release?.();
  }
}

/** Where a session runs: in this tab, in another, or nowhere. */
export type Running =
  | { readonly where: 'here'; readonly session: RunningSession }
  | { readonly where: 'elsewhere'; readonly session: RunningSession | null }
  | null;

/** Which session runs now, and where (its name is null if another tab has not named it yet). */
export async function sessionRunning(locks: Locks | null = browserLocks()): Promise<Running> {
  if (runningHere) return { where: 'here', session: runningHere };
  if (!locks) return null;
  const held = (await locks.query()).held ?? [];
  if (!held.some((lock) => lock.name === SESSION_LOCK)) return null;
  const about = held.find((lock) => lock.name?.startsWith(ABOUT_PREFIX))?.name;
  return { where: 'elsewhere', session: about ? parseAbout(about.slice(ABOUT_PREFIX.length)) : null };
}

function parseAbout(json: string): RunningSession | null {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return null;
    const { id, name } = value as Record<string, unknown>;
    return typeof id === 'string' && typeof name === 'string' ? { id, name } : null;
  } catch {
    return null;
  }
}

/**
 * Resolves when no tab runs a session (at once if none does now); `signal` stops the wait. The
 * lock is taken for a moment to know, and given straight back.
 */
export async function whenNoSession(signal: AbortSignal, locks: Locks | null = browserLocks()): Promise<void> {
  if (!locks) return;
  await locks.request(SESSION_LOCK, { signal }, () => undefined);
}

/**
 * Runs `work` while holding the session lock, so no tab starts or resumes a session meanwhile
 * (keeping or discarding an unfinished one); null, without running it, while a session runs.
 */
export async function whileNoSession<T>(
  work: () => Promise<T>,
  locks: Locks | null = browserLocks(),
): Promise<{ readonly result: T } | null> {
  if (runningHere) return null;
  if (!locks) return { result: await work() };
  return locks.request(SESSION_LOCK, { ifAvailable: true }, async (lock) => (lock ? { result: await work() } : null));
}

/** Says where a session runs, for a page that cannot start or offer one meanwhile. */
export function runningText(running: Exclude<Running, null>): string {
  const name = running.session ? `“${running.session.name}”` : msg('A session');
  return running.where === 'here'
    ? msg(str`${name} is under way in this tab: finish it first.`)
    : msg(
        str`${name} is running in another tab of Form Coach. Carry on there; once that tab finishes or closes, you can go on here.`,
      );
}
