/// <reference lib="webworker" />
/**
 * Faults a browser test can inject into the production worker, to prove the page recovers. Only
 * installed when the page asked for it (the worker's name says so, set from a `?fc-faults` query),
 * so a normal visit has no such surface.
 */
import type { WorkerFault } from '../detector-api';

export const FAULTS_NAME_SUFFIX = ':faults';

export function isWorkerFault(value: unknown): value is WorkerFault {
  return value === 'crash' || value === 'hang' || value === 'context-lost';
}

/** `canvases`: the landmarkers' WebGL canvases, whose contexts `context-lost` loses. */
export function installFaults(scope: DedicatedWorkerGlobalScope, canvases: () => readonly OffscreenCanvas[]): void {
  // Registered before Comlink's listener, so these messages never reach it.
  scope.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null || !('formCoachFault' in data)) return;
    const fault = data.formCoachFault;
    if (!isWorkerFault(fault)) return;
    event.stopImmediatePropagation();
    if (fault === 'crash') {
      // An uncaught error, as when the wasm runtime aborts: the page hears it as the worker's `error`.
      setTimeout(() => {
        throw new Error('Simulated crash of the pose worker');
      });
    } else if (fault === 'hang') {
      // Busy for ever, as a stuck inference would be: no message is answered again.
      setTimeout(() => {
        for (;;) {
          /* spin */
        }
      });
    } else {
      for (const canvas of canvases()) {
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        gl?.getExtension('WEBGL_lose_context')?.loseContext();
      }
    }
  });
}
