/**
 * Runs calls of `run` one after another, in the order they were made, whatever each awaits on the
 * way: the page may send a file's next frame while the worker still works on one, and MediaPipe's
 * VIDEO mode fails on a timestamp older than the last one it saw. Comlink starts a call for each
 * message as it arrives, so a call that waited (for the scene landmarker being built) would
 * otherwise let the next one overtake it. A failed call does not stop the ones after it.
 */
export function oneAtATime<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const call = last.then(() => run(...args));
    last = call.catch(() => undefined);
    return call;
  };
}
