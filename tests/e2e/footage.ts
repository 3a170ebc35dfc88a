import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared footage lives beside the project (`../shared/footage`) and is never copied into it:
 * its licences do not allow redistribution. Tests that need it skip when it is absent. FC_FOOTAGE
 * points elsewhere (a checkout in a worktree folder).
 */
export const FOOTAGE_DIR =
  process.env['FC_FOOTAGE'] ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/footage');
export const HAS_FOOTAGE = existsSync(join(FOOTAGE_DIR, 'manifest.json'));
export const NO_FOOTAGE_REASON = `needs the shared footage at ${FOOTAGE_DIR} (absent: skipped)`;

export function footageFile(relative: string): string {
  return join(FOOTAGE_DIR, relative);
}

/** The fake camera's picture: a real clip (Chromium loops it at 30 fps). Apache-2.0 (Pexels). */
export const CAMERA_CLIP = footageFile('camera/tfjs_pose_squats.mjpeg');

/** A fake camera for coaching: three supermans, side-on (10.6 s, looped). */
export const SUPERMAN_CAMERA_CLIP = footageFile('camera/malik_superman_swimmer.mjpeg');
