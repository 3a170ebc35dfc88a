import { afterEach, describe, expect, it } from 'vitest';
import { SessionLock, runningText, sessionRunning, whenNoSession, whileNoSession, type Locks } from './session-lock';

/**
 * The Web Locks API's exclusive locks as the browser keeps them for one origin: every tab's lock
 * manager shares them (a tab is a `clientId`). Enough of it for these rules: exclusive mode,
 * `ifAvailable`, `signal`, and `query()`.
 */
class Origin {
  private readonly held = new Map<string, string>();
  private readonly queue: { name: string; client: string; grant: () => void }[] = [];

  tab(client: string): Locks {
    const request = (name: string, ...rest: unknown[]): Promise<unknown> => {
      const callback = rest.at(-1) as (lock: Lock | null) => unknown;
      const options = (rest.length > 1 ? rest[0] : {}) as LockOptions;
      return new Promise((resolve, reject) => {
        const run = (): void => {
          this.held.set(name, client);
          Promise.resolve(callback({ name, mode: 'exclusive' }))
            .then(resolve, reject)
            .finally(() => {
              this.free(name);
            });
        };
        if (!this.held.has(name)) {
          run();
          return;
        }
        if (options.ifAvailable) {
          Promise.resolve(callback(null)).then(resolve, reject);
          return;
        }
        const waiting = { name, client, grant: run };
        this.queue.push(waiting);
        options.signal?.addEventListener('abort', () => {
          const index = this.queue.indexOf(waiting);
          if (index < 0) return;
          this.queue.splice(index, 1);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    };
    const query = (): Promise<LockManagerSnapshot> =>
      Promise.resolve({
        held: [...this.held].map(([name, clientId]) => ({ name, clientId, mode: 'exclusive' as const })),
        pending: this.queue.map(({ name, client }) => ({ name, clientId: client, mode: 'exclusive' as const })),
      });
    return { request, query } as Locks;
  }

  /** A tab closed or crashed: the browser drops its locks. */
  close(client: string): void {
    for (const [name, holder] of [...this.held]) if (holder === client) this.free(name);
  }

  private free(name: string): void {
    if (!this.held.has(name)) return;
    this.held.delete(name);
    const next = this.queue.findIndex((waiting) => waiting.name === name);
    if (next >= 0) this.queue.splice(next, 1)[0]?.grant();
  }
}

/**
 * Another tab's session, its locks taken by hand as that tab's SessionLock takes them (not this
 * realm's, which this one would know to be its own). Resolves the returned function's promise
 * once they are free again.
 */
function holdElsewhere(locks: Locks, ...names: string[]): () => Promise<void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => (release = done));
  for (const name of names) void locks.request(name, () => held);
  return async () => {
    release();
    await held;
    await Promise.resolve();
  };
}

const SUPERMAN = { id: 's-1', name: 'Superman' };
const DESK = { id: 's-2', name: 'Desk break' };
const opened: SessionLock[] = [];
const lock = (locks: Locks | null, waitMs = 50): SessionLock => {
  const made = new SessionLock(locks, waitMs);
  opened.push(made);
  return made;
};
afterEach(() => {
  for (const made of opened.splice(0)) made.release();
});

describe('one tab runs a session at a time', () => {
  it('a second tab cannot claim while the first runs one, and says which session runs there', async () => {
    const origin = new Origin();
    const first = lock(origin.tab('a'));
    expect(await first.claim(SUPERMAN)).toBe(true);
    expect(first.held).toBe(true);
    // This tab knows the session is its own; its lock manager still says so to the other tab.
    expect(await sessionRunning(origin.tab('a'))).toEqual({ where: 'here', session: SUPERMAN });
    first.release();
    const again = lock(origin.tab('a'));
    expect(await again.claim(SUPERMAN)).toBe(true);

    expect(await lock(origin.tab('b')).claim(DESK)).toBe(false);
  });

  it('the other tab reads the running session from the held locks', async () => {
    const origin = new Origin();
    const release = holdElsewhere(origin.tab('b'), 'fc-session', `fc-session-about:${JSON.stringify(DESK)}`);
    expect(await sessionRunning(origin.tab('a'))).toEqual({ where: 'elsewhere', session: DESK });
    await release();
    expect(await sessionRunning(origin.tab('a'))).toBeNull();
  });

  it('waiting for the lock ends when the tab that held it closes, and the session can go on here', async () => {
    const origin = new Origin();
    const release = holdElsewhere(origin.tab('b'), 'fc-session');
    let free = false;
    const waited = whenNoSession(new AbortController().signal, origin.tab('a')).then(() => (free = true));
    await Promise.resolve();
    expect(free).toBe(false);
    origin.close('b');
    await waited;
    expect(free).toBe(true);
    await release(); // the closed tab's callback settling later frees nothing of this tab's
    expect(await lock(origin.tab('a')).claim(SUPERMAN)).toBe(true);
  });

  it('keeping or discarding an unfinished session waits for no one: refused while a session runs', async () => {
    const origin = new Origin();
    const release = holdElsewhere(origin.tab('b'), 'fc-session');
    let ran = false;
    const work = (): Promise<number> => {
      ran = true;
      return Promise.resolve(1);
    };
    expect(await whileNoSession(work, origin.tab('a'))).toBeNull();
    expect(ran).toBe(false);
    await release();
    expect(await whileNoSession(work, origin.tab('a'))).toEqual({ result: 1 });
    expect(ran).toBe(true);
  });

  it('a claim released before it was granted gives the lock straight back', async () => {
    const origin = new Origin();
    const first = lock(origin.tab('a'));
    await first.claim(SUPERMAN);
    const second = lock(origin.tab('b'), 10_000);
    const claimed = second.claim(DESK);
    second.release(); // its page went away while waiting
    first.release();
    expect(await claimed).toBe(false);
    expect(second.held).toBe(false);
    expect(await lock(origin.tab('c')).claim(DESK)).toBe(true);
  });

  it('without Web Locks (an old browser) a session simply runs', async () => {
    const only = lock(null);
    expect(await only.claim(SUPERMAN)).toBe(true);
    expect(only.held).toBe(true);
    expect(await sessionRunning(null)).toEqual({ where: 'here', session: SUPERMAN });
    only.release();
    expect(only.held).toBe(false);
    expect(await sessionRunning(null)).toBeNull();
  });

  it('says where the session runs', () => {
    expect(runningText({ where: 'elsewhere', session: SUPERMAN })).toBe(
      '“Superman” is running in another tab of Form Coach. Carry on there; once that tab finishes or closes, you can go on here.',
    );
    expect(runningText({ where: 'elsewhere', session: null })).toMatch(/^A session is running in another tab/);
    expect(runningText({ where: 'here', session: DESK })).toBe(
      '“Desk break” is under way in this tab: finish it first.',
    );
  });
});
