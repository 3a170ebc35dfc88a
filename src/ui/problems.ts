import { msg, str } from '@lit/localize';
import { DETECTOR_ERROR_CODES, type DetectorErrorCode, type ModelVariant } from '../detection/detector-api';
import type { ExerciseSpec } from '../coach/exercise';

/** Something that stops Form Coach from seeing the person, said so that they can act on it. */
export interface Problem {
  readonly code: ProblemCode;
  readonly title: string;
  readonly detail: string;
  /** What the person can do next, most useful first. */
  readonly actions: readonly ProblemAction[];
  /** The underlying error, shown small for bug reports. */
  readonly technical?: string;
}

export type ProblemCode =
  | 'camera-denied'
  | 'camera-missing'
  | 'camera-busy'
  | 'camera-lost'
  | 'camera-insecure'
  | 'camera-failed'
  | 'unsupported'
  | 'model-load'
  | 'model-failed'
  | 'file-unreadable'
  | 'session-elsewhere';

export type ProblemAction = 'retry-camera' | 'open-file' | 'retry-model' | 'reload';

export const ACTION_LABELS: Record<ProblemAction, string> = {
  'retry-camera': msg('Try the camera again'),
  'open-file': msg('Open a video file instead'),
  'retry-model': msg('Try again'),
  reload: msg('Reload the page'),
};

const errorName = (error: unknown): string =>
  error instanceof Error || error instanceof DOMException ? error.name : typeof error;
const errorText = (error: unknown): string =>
  error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);

/** Why getUserMedia failed, by the DOMException names browsers use. */
export function cameraProblem(error: unknown): Problem {
  const technical = errorText(error);
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return {
        code: 'camera-denied',
        title: msg('Camera access is blocked'),
        detail: msg(
          'Form Coach needs your camera to see your movements; the video never leaves this device. Allow the camera for this page (the camera icon in the address bar, or your browser’s site settings), then try again.',
        ),
        actions: ['retry-camera', 'open-file'],
        technical,
      };
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return {
        code: 'camera-missing',
        title: msg('No camera found'),
        detail: msg(
          'Connect a camera or check that it is switched on, then try again. You can also analyse a recorded video.',
        ),
        actions: ['retry-camera', 'open-file'],
        technical,
      };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return {
        code: 'camera-busy',
        title: msg('The camera is busy'),
        detail: msg('Another app or tab is probably using it (a video call?). Close it, then try again.'),
        actions: ['retry-camera', 'open-file'],
        technical,
      };
    default:
      return {
        code: 'camera-failed',
        title: msg('The camera could not start'),
        detail: msg('Try again; if it keeps failing, reconnect the camera or restart the browser.'),
        actions: ['retry-camera', 'open-file'],
        technical,
      };
  }
}

export const CAMERA_LOST: Problem = {
  code: 'camera-lost',
  title: msg('The camera stopped'),
  detail: msg('It was unplugged, switched off or taken by another app. Reconnect it and try again.'),
  actions: ['retry-camera', 'open-file'],
};

export const CAMERA_INSECURE: Problem = {
  code: 'camera-insecure',
  title: msg('The camera needs a secure page'),
  detail: msg(
    'Browsers only allow the camera on https:// pages or on localhost. Open Form Coach that way, or analyse a video file.',
  ),
  actions: ['open-file'],
};

/** A set cannot start: a session runs in another tab (`where` says which, session-lock.ts). */
export function sessionElsewhereProblem(where: string): Problem {
  return {
    code: 'session-elsewhere',
    title: msg('A session is already under way'),
    detail: msg(str`${where} Then try again.`),
    actions: ['retry-camera', 'open-file'],
  };
}

export function unsupportedProblem(missing: readonly string[]): Problem {
  return {
    code: 'unsupported',
    title: msg('This browser can’t run Form Coach'),
    detail: msg(
      str`It lacks ${missing.join(', ')}. Use a recent Chrome, Edge, Firefox or Safari, with hardware acceleration on.`,
    ),
    actions: ['reload'],
  };
}

/** Why the pose worker failed, from the code it puts in the Error's name. */
export function detectorProblem(error: unknown): Problem {
  const name = errorName(error);
  const code = (DETECTOR_ERROR_CODES as readonly string[]).includes(name) ? (name as DetectorErrorCode) : null;
  const technical = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'no-webgl':
      return { ...unsupportedProblem([msg('WebGL (needed by the pose model, even on the CPU)')]), technical };
    case 'model-load':
    case 'runtime-load':
      return {
        code: 'model-load',
        title: msg('The pose model didn’t load'),
        detail: msg('It is downloaded once from this site. Check your connection, then try again.'),
        actions: ['retry-model'],
        technical,
      };
    default:
      return {
        code: 'model-failed',
        title: msg('The pose model stopped working'),
        detail: msg('Try again. If it keeps failing, pick a smaller model in the settings or reload the page.'),
        actions: ['retry-model', 'reload'],
        technical,
      };
  }
}

export function fileProblem(fileName: string, reason: string): Problem {
  return {
    code: 'file-unreadable',
    title: msg('This file can’t be analysed'),
    detail: msg(str`“${fileName}” ${reason}. Try a video in MP4 (H.264) or WebM, or a JPEG/PNG photo.`),
    actions: ['open-file'],
  };
}

/** What the person started: the camera, a file, or a change of model. */
export type Attempt =
  | { readonly kind: 'camera'; readonly exercise: ExerciseSpec | null; readonly deviceId?: string }
  | {
      readonly kind: 'file';
      readonly exercise: ExerciseSpec | null;
      readonly file: File;
      /** Where a failure returns to: the exercise list or the exercise's set-up page. */
      readonly back: 'picker' | 'chosen';
    }
  | { readonly kind: 'model'; readonly exercise: ExerciseSpec | null; readonly model: ModelVariant };

/**
 * An unexpected failure, named after what was being started: the camera's, the file's or the
 * model's problem (each offers a retry of that same thing), never one label for all.
 */
export function attemptProblem(attempt: Attempt, error: unknown): Problem {
  switch (attempt.kind) {
    case 'camera':
      return cameraProblem(error);
    case 'file':
      return error instanceof Error && error.name === 'UnreadableFileError'
        ? fileProblem(attempt.file.name, error.message)
        : {
            ...fileProblem(attempt.file.name, msg('could not be analysed')),
            actions: ['retry-model', 'open-file'],
            technical: errorText(error),
          };
    case 'model':
      return detectorProblem(error);
  }
}
