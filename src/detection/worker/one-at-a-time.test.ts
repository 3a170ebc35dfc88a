import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('oneAtATime', () => {
  it('starts a call only when the one before it has finished, so a slow first call is not overtaken', async () => {
    const started: number[] = [];
    const gates = [deferred<undefined>(), deferred<undefined>()];
    const run = oneAtATime(async (n: number) => {
      started.push(n);
      await gates[n]?.promise; // the first call waits (for the scene landmarker, say)
      return n * 10;
    });
    const first = run(0);
    const second = run(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual([0]);
    gates[0]?.resolve(undefined);
    await expect(first).resolves.toBe(0);
    gates[1]?.resolve(undefined);
    await expect(second).resolves.toBe(10);
    expect(started).toEqual([0, 1]);
  });

  it('goes on with the next call after one fails, and the failure reaches its own caller', async () => {
    const run = oneAtATime((n: number) => (n === 0 ? Promise.reject(new Error('bad frame')) : Promise.resolve(n)));
    const first = run(0);
    const second = run(1);
    await expect(first).rejects.toThrow('bad frame');
    await expect(second).resolves.toBe(1);
  });
});
