/**
 * Where the worker finds its runtime and models: files served from our own origin, fingerprinted
 * by `vite build`. Nothing is fetched from a CDN.
 */
import wasmLoaderUrl from '@mediapipe/tasks-vision/vision_wasm_module_internal.js?url';
import wasmBinaryUrl from '@mediapipe/tasks-vision/vision_wasm_module_internal.wasm?url';
import fullModelUrl from '../../models/pose_landmarker_full.task?url';
import heavyModelUrl from '../../models/pose_landmarker_heavy.task?url';
import liteModelUrl from '../../models/pose_landmarker_lite.task?url';
import type { DetectorAssets, ModelVariant } from './detector-api';

const MODEL_URLS: Record<ModelVariant, string> = {
  lite: liteModelUrl,
  full: fullModelUrl,
  heavy: heavyModelUrl,
};

/** Download sizes, to tell people what a model costs before they pick it. */
export const MODEL_SIZES_MB: Record<ModelVariant, number> = { lite: 5.8, full: 9.4, heavy: 30.7 };

export function detectorAssets(model: ModelVariant, base: string = location.href): DetectorAssets {
  return {
    wasmLoaderUrl: new URL(wasmLoaderUrl, base).href,
    wasmBinaryUrl: new URL(wasmBinaryUrl, base).href,
    modelUrl: new URL(MODEL_URLS[model], base).href,
  };
}
