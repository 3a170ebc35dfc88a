/**
 * The worker's answers for a file's frames, handed on in the order the frames were sent, with at
 * most `depth` awaited at once. A failed answer fails the analysis: the answers after it are
 * dropped (never handed on, never reported as unhandled), and `room`/`all` reject with it.
 */
export class AnswersInOrder<R> {
  private pending: Promise<void>[] = [];
  private chain: Promise<void> = Promise.resolve();
  /** Answers handed on so far. */
  handed = 0;

  constructor(
    private readonly depth: number,
    private readonly hand: (result: R, index: number) => void,
  ) {}

  /** Resolves once fewer than `depth` answers are awaited (at once if so already). */
  async room(): Promise<void> {
    while (this.pending.length >= Math.max(1, this.depth)) await this.pending.shift();
  }

  /** `answer`, for the frame at `index`, is handed on after every answer added before it. */
  add(answer: Promise<R>, index: number): void {
    answer.catch(() => undefined); // behind a failure it is never awaited: its own failure is moot
    const handed = this.chain
      .then(() => answer)
      .then((result) => {
        this.handed++;
        this.hand(result, index);
      });
    handed.catch(() => undefined); // awaited by `room` or `all`, which rethrow it
    this.chain = handed;
    this.pending.push(handed);
  }

  /** Resolves once every answer added has been handed on; rejects with the first failure. */
  async all(): Promise<void> {
    this.pending = [];
    await this.chain;
  }
}
