import { releaseProxy, wrap, type Remote } from 'comlink';
import type { PoseDetectorApi, WorkerFault } from './detector-api';

export interface DetectorConnection {
  readonly api: Remote<PoseDetectorApi>;
  /** Stops the worker; the connection cannot be used afterwards. */
  readonly terminate: () => void;
  /**
   * Injects a fault into the worker (a browser test's hook; ignored unless `faults` was asked).
   * `terminate`: the worker vanishes without a word, as when the system kills it for memory.
   */
  readonly inject: (fault: WorkerFault | 'terminate') => void;
}

export interface ConnectOptions {
  /** Let the worker accept injected faults (only for browser tests: `?fc-faults`). */
  readonly faults?: boolean;
}

/** Must match the worker's `FAULTS_NAME_SUFFIX` (the name is all a worker knows of its page). */
const WORKER_NAME = 'form-coach-pose';
const FAULTS_SUFFIX = ':faults';

/**
 * Starts the pose worker. `onCrash` hears about a worker that failed to load (its script missing,
 * or throwing as it starts) or died of an uncaught error.
 */
export function connectDetector(onCrash: (message: string) => void, options: ConnectOptions = {}): DetectorConnection {
  const worker = new Worker(new URL('./worker/pose-worker.ts', import.meta.url), {
    type: 'module',
    name: options.faults ? WORKER_NAME + FAULTS_SUFFIX : WORKER_NAME,
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    // A script that fails to load fires a plain Event, without a message.
    onCrash((event as Partial<ErrorEvent>).message || 'The pose worker could not start');
  });
  const api = wrap<PoseDetectorApi>(worker);
  let terminated = false;
  return {
    api,
    terminate: () => {
      if (terminated) return; // a released proxy throws if released again
      terminated = true;
      api[releaseProxy]();
      worker.terminate();
    },
    inject: (fault) => {
      if (!options.faults) return;
      if (fault === 'terminate') worker.terminate();
      else worker.postMessage({ formCoachFault: fault });
    },
  };
}
