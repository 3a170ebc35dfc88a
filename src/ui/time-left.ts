import { msg, str } from '@lit/localize';

export interface FileProgress {
  readonly done: number;
  readonly total: number;
  /** When the analysis started (performance.now()). */
  readonly startedMs: number;
}

/** “ · about 1 min 5 s left”, from the pace so far; empty until a few frames give a pace. */
export function timeLeftText({ done, total, startedMs }: FileProgress, nowMs: number): string {
  const elapsedS = (nowMs - startedMs) / 1000;
  if (done < 3 || elapsedS <= 0 || total <= done) return '';
  const leftS = Math.ceil(((total - done) * elapsedS) / done);
  const minutes = Math.floor(leftS / 60);
  const seconds = leftS % 60;
  return minutes > 0 ? msg(str` · about ${minutes} min ${seconds} s left`) : msg(str` · about ${seconds} s left`);
}
