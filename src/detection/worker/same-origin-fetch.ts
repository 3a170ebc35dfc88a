/**
 * MediaPipe Tasks (tasks-vision 1.1.0) reports usage statistics to odml.pa.googleapis.com with
 * `fetch`, from inside the worker, once a minute and when a task closes. Form Coach promises that
 * nothing leaves the device. The browser enforces that with the Content-Security-Policy header on
 * the worker script (scripts/csp.ts; a page's <meta> policy does not reach a worker), but only
 * where the host sends the header (docs/deploy.md). This guard is the second layer, in our own
 * code: the worker's `fetch` only talks to our own origin (and to blob:/data: URLs) whatever the
 * host does. MediaPipe treats the refusal as a failed upload and stops trying.
 */
export function sameOriginFetch(fetchImpl: typeof fetch, origin: string): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const target = new URL(url, origin);
    const local = target.origin === origin || target.protocol === 'blob:' || target.protocol === 'data:';
    if (!local) return Promise.reject(new TypeError(`Form Coach keeps to its own origin; refused ${target.origin}`));
    return fetchImpl(input, init);
  };
}
