import { describe, expect, it } from 'vitest';
import { AnswersInOrder } from './answers-in-order';

/** An answer the test gives (or fails) by hand, in whatever order it likes. */
function answer() {
  let give: (value: string) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<string>((resolve, reject) => {
    give = resolve;
    fail = reject;
  });
  return { promise, give, fail };
}

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
};

describe('AnswersInOrder', () => {
  it('hands answers on in the order the frames were sent, even when a later one comes first', async () => {
    const handed: string[] = [];
    const answers = new AnswersInOrder<string>(2, (result, index) => handed.push(`${index}:${result}`));
    const [a, b] = [answer(), answer()];
    answers.add(a.promise, 0);
    answers.add(b.promise, 1);
    b.give('second');
    await Promise.resolve();
    expect(handed).toEqual([]); // the second waits for the first
    a.give('first');
    await answers.all();
    expect(handed).toEqual(['0:first', '1:second']);
    expect(answers.handed).toBe(2);
  });

  it('has room for a third frame only once the oldest of two is answered', async () => {
    const answers = new AnswersInOrder<string>(2, () => undefined);
    const [a, b] = [answer(), answer()];
    expect(await settled(answers.room())).toBe(true);
    answers.add(a.promise, 0);
    expect(await settled(answers.room())).toBe(true); // one with the worker: a second may go
    answers.add(b.promise, 1);
    const room = answers.room();
    expect(await settled(room)).toBe(false);
    a.give('first');
    expect(await settled(room)).toBe(true);
    b.give('second');
    await answers.all();
  });

  it('fails with the first failed answer and hands on nothing after it', async () => {
    const handed: number[] = [];
    const answers = new AnswersInOrder<string>(2, (_, index) => handed.push(index));
    const [a, b, c] = [answer(), answer(), answer()];
    answers.add(a.promise, 0);
    answers.add(b.promise, 1);
    a.give('ok');
    b.fail(new Error('The pose worker was restarted during the analysis'));
    await expect(answers.room()).resolves.toBeUndefined(); // the first was fine
    answers.add(c.promise, 2);
    c.fail(new Error('also lost')); // behind the failure: not reported on its own
    await expect(answers.all()).rejects.toThrow('restarted');
    expect(handed).toEqual([0]);
    expect(answers.handed).toBe(1);
  });
});
