import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INPUTS,
  VARIANTS,
  buildBundles,
  buildModels,
  bundleName,
  findSourcePackage,
  readInput,
} from './build-models.mjs';
import { DETECTOR_ENTRY, LANDMARKS_ENTRY, readTaskBundle } from './task-bundle.mjs';
import { attachMetadata, buildImageModelMetadata, readImageModelMetadata } from './tflite-metadata.mjs';

const packageDir = findSourcePackage();
const bundles = buildBundles(packageDir);

describe('the built .task bundles', () => {
  it.each(VARIANTS)('%s holds the detector and the landmark model, stored and 16-byte aligned', (variant) => {
    const entries = readTaskBundle(bundles.get(variant) ?? new Uint8Array());
    expect([...entries.keys()]).toEqual([DETECTOR_ENTRY, LANDMARKS_ENTRY]);
    for (const entry of entries.values()) {
      expect(entry.compression).toBe(0);
      expect(entry.dataOffset % 16).toBe(0);
    }
  });

  it.each(VARIANTS)('%s: the detector reads RGB normalised to [-1, 1] (mean 127.5, std 127.5)', (variant) => {
    const detector = readTaskBundle(bundles.get(variant) ?? new Uint8Array()).get(DETECTOR_ENTRY);
    expect(readImageModelMetadata(detector?.data ?? new Uint8Array())).toEqual({
      modelName: 'pose_detector',
      colorSpace: 'RGB',
      mean: [127.5],
      std: [127.5],
      min: [-1],
      max: [1],
    });
  });

  it.each(VARIANTS)('%s: the landmark model reads RGB normalised to [0, 1] (mean 0, std 255)', (variant) => {
    const landmarks = readTaskBundle(bundles.get(variant) ?? new Uint8Array()).get(LANDMARKS_ENTRY);
    expect(readImageModelMetadata(landmarks?.data ?? new Uint8Array())).toEqual({
      modelName: `pose_landmarks_detector_${variant}`,
      colorSpace: 'RGB',
      mean: [0],
      std: [255],
      min: [0],
      max: [1],
    });
  });

  it('carries the original model bytes unchanged and aligned as they were', () => {
    const original = readInput(packageDir, INPUTS.lite);
    const withMetadata = readTaskBundle(bundles.get('lite') ?? new Uint8Array()).get(LANDMARKS_ENTRY)?.data;
    const at = indexOf(withMetadata ?? new Uint8Array(), original.subarray(0, 4096));
    expect(at).toBeGreaterThan(0);
    expect(at % 16).toBe(0);
    expect(Buffer.compare(withMetadata?.subarray(at, at + original.length) ?? new Uint8Array(), original)).toBe(0);
  });

  it('is reproducible: building twice gives the same bytes, and writing skips unchanged files', () => {
    const again = buildBundles(packageDir);
    for (const variant of VARIANTS) {
      expect(Buffer.compare(again.get(variant) ?? new Uint8Array(), bundles.get(variant) ?? new Uint8Array())).toBe(0);
    }
    const out = mkdtempSync(join(tmpdir(), 'models-'));
    expect(buildModels(out).map((file) => file.changed)).toEqual([true, true, true]);
    expect(buildModels(out).map((file) => file.changed)).toEqual([false, false, false]);
    expect(readFileSync(join(out, bundleName('full'))).length).toBe(bundles.get('full')?.length);
  });
});

describe('input checks', () => {
  const fakePackage = (files: Record<string, Uint8Array>) => {
    const dir = mkdtempSync(join(tmpdir(), 'pose-'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return dir;
  };

  it('names the missing file and the package', () => {
    expect(() => readInput(fakePackage({}), INPUTS.full)).toThrow(
      /@mediapipe\/pose: pose_landmark_full\.tflite is missing/,
    );
  });

  it('names a file whose size changed, with both sizes', () => {
    const dir = fakePackage({ 'pose_landmark_lite.tflite': new Uint8Array(100) });
    expect(() => readInput(dir, INPUTS.lite)).toThrow(/pose_landmark_lite\.tflite is 100 bytes, expected 2819824/);
  });

  it('rejects a file of the right size with other content', () => {
    const dir = fakePackage({ 'pose_landmark_lite.tflite': new Uint8Array(INPUTS.lite.size) });
    expect(() => readInput(dir, INPUTS.lite)).toThrow(/has sha256 [0-9a-f]{64}, expected/);
  });

  it('refuses to attach metadata to something that is not a TFLite model, or twice', () => {
    const metadata = buildImageModelMetadata({ modelName: 'x', description: '', mean: 0, std: 1, min: 0, max: 1 });
    expect(() => attachMetadata(new Uint8Array(64), metadata)).toThrow(/not a TFLite model/);
    const once = attachMetadata(readInput(packageDir, INPUTS.lite), metadata);
    expect(() => attachMetadata(once, metadata)).toThrow(/already has TFLITE_METADATA/);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Buffer.from(needle));
}
