import { releaseProxy, wrap, type Remote } from 'comlink';
import type { PoseDetectorApi } from './detector-api';

export interface DetectorConnection {
  readonly api: Remote<PoseDetectorApi>;
  /** Stops the worker; the connection cannot be used afterwards. */
  readonly terminate: () => void;
}

/** Starts the pose worker. `onCrash` hears about a worker that failed to load or died. */
export function connectDetector(onCrash: (message: string) => void): DetectorConnection {
  const worker = new Worker(new URL('./worker/pose-worker.ts', import.meta.url), {
    type: 'module',
    name: 'form-coach-pose',
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onCrash(event.message || 'The pose worker could not start');
  });
  const api = wrap<PoseDetectorApi>(worker);
  return {
    api,
    terminate: () => {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
