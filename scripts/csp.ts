/**
 * Form Coach's Content-Security-Policy, defined once. `vite.config.ts` sends it as a header from
 * the dev and preview servers; `public/_headers` (static hosts such as Netlify and Cloudflare
 * Pages), the `<meta>` in index.html, eval.html and bench.html, and the nginx lines in
 * docs/deploy.md carry copies that scripts/csp.test.ts holds equal to it.
 *
 * Why a header as well as the meta: a `<meta>` policy governs only its document. The pose worker
 * is a separate script whose policy comes from its own HTTP response, so only a header stops the
 * worker (and MediaPipe inside it) from reaching another origin; and `frame-ancestors` is ignored
 * in a meta by definition (CSP3 §6.4.2). The meta stays as the page's fallback on a host that
 * sends no headers at all.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // 'wasm-unsafe-eval' lets the worker compile MediaPipe's wasm; the wasm loader is an ES module
  // imported from our origin (mediapipe-detector.ts), so no blob: or inline script is needed.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // The one worker is built from a same-origin file (connect-detector.ts).
  ['worker-src', "'self'"],
  // blob: is the wasm binary handed to MediaPipe as an object URL and then fetched by its loader.
  ['connect-src', "'self' blob:"],
  ['img-src', "'self' blob: data:"],
  ['media-src', "'self' blob:"],
  // index.html carries its base styles in a <style> block, and Vite's dev server injects <style>.
  ['style-src', "'self' 'unsafe-inline'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta>` policy cannot carry (CSP3: ignored with a console warning). */
const HEADER_ONLY = new Set(['frame-ancestors']);

const join = (directives: readonly (readonly [string, string])[]): string =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The value of the `Content-Security-Policy` response header, for every response. */
export const CSP_HEADER = join(DIRECTIVES);

/** The same policy without the header-only directives, for the HTML `<meta http-equiv>`. */
export const CSP_META = join(DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));

/** Every response header Form Coach asks its server for. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
};
