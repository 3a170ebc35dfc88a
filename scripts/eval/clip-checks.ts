/**
 * The runner's checks on a valid clip entry, which need the disk, the registry or the video:
 * each returns the reason the clip cannot run (it becomes an error row), or null.
 */
import { accessSync, constants, statSync } from 'node:fs';
import type { ClipSpec } from './manifest';

/** Why the clip's video cannot be opened, or null when it is a readable file. */
export function checkClipFile(clip: Pick<ClipSpec, 'file'>): string | null {
  try {
    if (!statSync(clip.file).isFile()) return `not a regular file: ${clip.file}`;
    accessSync(clip.file, constants.R_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `file not found: ${clip.file}`;
    if (code === 'EACCES' || code === 'EPERM') return `file not readable (permission denied): ${clip.file}`;
    return `cannot read ${clip.file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Why the clip's exercise cannot be coached, or null when the registry has it. */
export function checkExercise(clip: Pick<ClipSpec, 'exercise'>, registered: Iterable<string>): string | null {
  const known = [...registered];
  if (known.includes(clip.exercise)) return null;
  return `exercise "${clip.exercise}" is not registered (registered: ${known.length > 0 ? known.join(', ') : 'none'})`;
}

export type SegmentResult =
  | { readonly ok: true; readonly startS: number; readonly endS: number }
  | { readonly ok: false; readonly reason: string };

/**
 * The stretch of the clip to analyse, once its real duration is known. An end past the clip is
 * clipped rather than refused: manifest times are read off a player and may overshoot by a frame.
 */
export function clipSegment(clip: Pick<ClipSpec, 'startS' | 'endS'>, clipDurationS: number): SegmentResult {
  const startS = clip.startS ?? 0;
  const endS = Math.min(clip.endS ?? clipDurationS, clipDurationS);
  if (startS >= clipDurationS) {
    return { ok: false, reason: `start_s (${startS}) is not before the end of the clip (${clipDurationS} s)` };
  }
  return { ok: true, startS, endS };
}
