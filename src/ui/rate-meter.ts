/** Events per second over a sliding window (analysed frames per second for the status line). */
export class RateMeter {
  private readonly times: number[] = [];

  constructor(private readonly windowMs = 2000) {}

  tick(nowMs: number): void {
    this.times.push(nowMs);
    while (this.times.length > 0 && (this.times[0] ?? nowMs) < nowMs - this.windowMs) this.times.shift();
  }

  /** Events per second over the window; 0 until there are two. */
  get perSecond(): number {
    const first = this.times[0];
    const last = this.times[this.times.length - 1];
    if (this.times.length < 2 || first === undefined || last === undefined || last === first) return 0;
    return ((this.times.length - 1) * 1000) / (last - first);
  }

  reset(): void {
    this.times.length = 0;
  }
}
