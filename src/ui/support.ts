/**
 * Features the whole pipeline needs, checked before anything loads so that an old browser gets
 * one clear message instead of a failure half-way. WebGL is checked inside the worker, where
 * MediaPipe uses it.
 */

/** The smallest module using a SIMD instruction (as wasm-feature-detect tests it). */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

export function missingFeatures(scope: typeof globalThis = globalThis): string[] {
  const missing: string[] = [];
  if (typeof scope.Worker !== 'function') missing.push('Web Workers');
  if (typeof scope.WebAssembly !== 'object') missing.push('WebAssembly');
  else if (!scope.WebAssembly.validate(SIMD_PROBE)) missing.push('WebAssembly SIMD');
  if (typeof scope.createImageBitmap !== 'function') missing.push('createImageBitmap');
  if (typeof scope.OffscreenCanvas !== 'function') missing.push('OffscreenCanvas');
  return missing;
}
