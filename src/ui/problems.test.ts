import { describe, expect, it } from 'vitest';
import { attemptProblem, cameraProblem, detectorProblem, fileProblem } from './problems';

const domError = (name: string) => new DOMException('message from the browser', name);

describe('cameraProblem', () => {
  it.each([
    ['NotAllowedError', 'camera-denied'],
    ['SecurityError', 'camera-denied'],
    ['NotFoundError', 'camera-missing'],
    ['OverconstrainedError', 'camera-missing'],
    ['NotReadableError', 'camera-busy'],
    ['AbortError', 'camera-busy'],
    ['SomethingNew', 'camera-failed'],
  ])('%s → %s, with a retry and a way out', (name, code) => {
    const problem = cameraProblem(domError(name));
    expect(problem.code).toBe(code);
    expect(problem.actions).toEqual(['retry-camera', 'open-file']);
    expect(problem.technical).toContain(name);
  });

  it('tells a blocked person how to allow the camera, and that video stays local', () => {
    const { detail } = cameraProblem(domError('NotAllowedError'));
    expect(detail).toMatch(/address bar/);
    expect(detail).toMatch(/never leaves this device/);
  });
});

describe('detectorProblem', () => {
  const named = (name: string) => Object.assign(new Error('details'), { name });

  it('says a browser without WebGL cannot run the model', () => {
    expect(detectorProblem(named('no-webgl'))).toMatchObject({ code: 'unsupported', actions: ['reload'] });
  });

  it('offers a retry when the model or runtime did not download', () => {
    expect(detectorProblem(named('model-load'))).toMatchObject({ code: 'model-load', actions: ['retry-model'] });
    expect(detectorProblem(named('runtime-load')).code).toBe('model-load');
  });

  it('treats anything else as the model failing, with a retry', () => {
    expect(detectorProblem(new TypeError('x'))).toMatchObject({ code: 'model-failed' });
  });
});

it('fileProblem names the file and what to try instead', () => {
  const problem = fileProblem('holiday.mov', 'is not a video this browser can play');
  expect(problem.detail).toBe(
    '“holiday.mov” is not a video this browser can play. Try a video in MP4 (H.264) or WebM, or a JPEG/PNG photo.',
  );
  expect(problem.actions).toEqual(['open-file']);
});

describe('attemptProblem: an unexpected failure is named after what was being started', () => {
  const file = { name: 'squat.mp4' } as File;
  const unexpected = new Error('play() failed');

  it('the camera: a camera problem, retried with the camera', () => {
    const problem = attemptProblem({ kind: 'camera', exercise: null }, unexpected);
    expect(problem.code).toBe('camera-failed');
    expect(problem.title).toBe('The camera could not start');
    expect(problem.actions[0]).toBe('retry-camera');
  });

  it('a file: names the file, and offers to try it again or open another (not the camera)', () => {
    const problem = attemptProblem({ kind: 'file', exercise: null, file, back: 'chosen' }, unexpected);
    expect(problem.code).toBe('file-unreadable');
    expect(problem.detail).toContain('“squat.mp4” could not be analysed');
    expect(problem.actions).toEqual(['retry-model', 'open-file']);
    expect(problem.technical).toContain('play() failed');
  });

  it('a file the browser cannot read: says why', () => {
    const error = Object.assign(new Error('is not a video this browser can play'), { name: 'UnreadableFileError' });
    const problem = attemptProblem({ kind: 'file', exercise: null, file, back: 'picker' }, error);
    expect(problem.detail).toContain('“squat.mp4” is not a video this browser can play');
  });

  it('a change of model: the model’s problem', () => {
    const problem = attemptProblem({ kind: 'model', exercise: null, model: 'full' }, unexpected);
    expect(problem.code).toBe('model-failed');
  });
});
