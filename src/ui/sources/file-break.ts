/**
 * A recorded video whose analysis could not reach its end: the file broke off (truncated or
 * damaged part-way), or decoding stopped making progress (a decoder or a video element that never
 * answers). What was analysed before the break is kept; these are the pure parts: the waiting
 * rule and the words.
 */
import { msg, str } from '@lit/localize';

/**
 * No decoded frame (WebCodecs) and no finished seek (the seek path) for this long means decoding
 * has stalled. Generous: a seek in a large 4K file on a busy 2-core machine takes a few seconds,
 * and the time the model spends on a frame is never counted (only the wait for the picture is).
 */
export const FILE_STALL_MS = 15_000;

/** Where and why the analysis of a video stopped before its end. */
export interface FileBreak {
  readonly kind: 'damaged' | 'stalled';
  /** The time (s) of the first analysis frame not analysed: everything before it was. */
  readonly atS: number;
  /** For a stall: how long nothing came (ms). */
  readonly waitedMs?: number;
}

/** Decoding made no progress for `waitedMs`: the file's analysis stops where it got to. */
export class DecodeStalledError extends Error {
  override readonly name = 'DecodeStalledError';
  constructor(readonly waitedMs: number) {
    super(`no picture came for ${Math.round(waitedMs / 1000)} s`);
  }
}

/** What {@link within} gives back when `signal` aborted first (Cancel, another file, a stop). */
export const ABORTED: unique symbol = Symbol('aborted');

/**
 * Waits for `work`, but no longer than `ms` (rejects with {@link DecodeStalledError}) and no
 * longer than `signal` stays unaborted (resolves with {@link ABORTED}). `work` itself is left
 * running either way: the caller releases what it may still produce.
 */
export function within<T>(work: Promise<T>, ms: number, signal?: AbortSignal): Promise<T | typeof ABORTED> {
  if (signal?.aborted) return Promise.resolve(ABORTED);
  return new Promise<T | typeof ABORTED>((resolve, reject) => {
    const onAbort = () => {
      cleanup();
      resolve(ABORTED);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new DecodeStalledError(ms));
    }, ms);
    const cleanup = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort);
    work.then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (error: unknown) => {
        cleanup();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** A position in a video as a player shows it: “0:42”, “12:05”, “1:02:03”. */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The sentence the page shows for a break: what happened, where, and what the results cover. */
export function describeBreak(broken: FileBreak): string {
  const at = clockTime(broken.atS);
  const covers = msg(str`The results cover the video up to ${at}.`);
  if (broken.kind === 'stalled') {
    const waited = Math.round((broken.waitedMs ?? FILE_STALL_MS) / 1000);
    return msg(
      str`The video stopped decoding at ${at} (no picture came for ${waited} s), so the analysis stopped there. ${covers}`,
    );
  }
  return msg(str`The file is damaged at ${at}: the browser could not decode it past there. ${covers}`);
}
