#!/usr/bin/env node
// @ts-check
/**
 * Builds models/pose_landmarker_{lite,full,heavy}.task from the pinned `@mediapipe/pose` npm
 * package (see models/README.md). Runs on `npm install`; safe to run again: it checks its inputs,
 * produces the same bytes every time, and leaves up-to-date bundles untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DETECTOR_ENTRY, LANDMARKS_ENTRY, buildTaskBundle } from './task-bundle.mjs';
import { attachMetadata, buildImageModelMetadata } from './tflite-metadata.mjs';

export const SOURCE_PACKAGE = '@mediapipe/pose';
export const SOURCE_VERSION = '0.5.1675469404';
export const VARIANTS = /** @type {const} */ (['lite', 'full', 'heavy']);

/**
 * The input files, as published in @mediapipe/pose 0.5.1675469404. The detector is the only file
 * packed in `pose_solution_packed_assets.data` (bytes 0–2962288, per its loader).
 */
export const INPUTS = {
  detector: {
    file: 'pose_solution_packed_assets.data',
    size: 2962288,
    sha256: 'a63c614bef30d35947f13be361820b1e4e3bec9cfeebf4d11216a18373108e85',
  },
  lite: {
    file: 'pose_landmark_lite.tflite',
    size: 2819824,
    sha256: 'f17bfbecadb61c3be1baa8b8d851cc6619c870a87167b32848ad20db306b9d61',
  },
  full: {
    file: 'pose_landmark_full.tflite',
    size: 6440512,
    sha256: 'e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f',
  },
  heavy: {
    file: 'pose_landmark_heavy.tflite',
    size: 27709200,
    sha256: '59e42d71bcd44cbdbabc419f0ff76686595fd265419566bd4009ef703ea8e1fe',
  },
};

/** BlazePose detector: RGB in [-1, 1]. */
const DETECTOR_INPUT = {
  modelName: 'pose_detector',
  description: 'BlazePose person detector (MediaPipe), from @mediapipe/pose.',
  mean: 127.5,
  std: 127.5,
  min: -1,
  max: 1,
};
/** BlazePose landmark models: RGB in [0, 1]. */
const landmarksInput = (/** @type {string} */ variant) => ({
  modelName: `pose_landmarks_detector_${variant}`,
  description: `BlazePose GHUM 3D landmark model (${variant}, MediaPipe), from @mediapipe/pose.`,
  mean: 0,
  std: 255,
  min: 0,
  max: 1,
});

/**
 * Reads and checks one input file: present, the published size and content.
 * @param {string} packageDir
 * @param {{ file: string, size: number, sha256: string }} input
 */
export function readInput(packageDir, input) {
  const path = join(packageDir, input.file);
  if (!existsSync(path)) {
    throw new Error(`${SOURCE_PACKAGE}: ${input.file} is missing from ${packageDir}; reinstall with npm ci`);
  }
  const bytes = readFileSync(path);
  if (bytes.length !== input.size) {
    throw new Error(
      `${SOURCE_PACKAGE}: ${input.file} is ${bytes.length} bytes, expected ${input.size}; ` +
        `the package changed — pin ${SOURCE_PACKAGE}@${SOURCE_VERSION} or update models/build-models.mjs`,
    );
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== input.sha256) {
    throw new Error(`${SOURCE_PACKAGE}: ${input.file} has sha256 ${digest}, expected ${input.sha256}`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The installed @mediapipe/pose folder, or a clear error naming the package. */
export function findSourcePackage() {
  const require = createRequire(import.meta.url);
  /** @type {string} */
  let packageJson;
  try {
    packageJson = require.resolve(`${SOURCE_PACKAGE}/package.json`);
  } catch {
    throw new Error(`${SOURCE_PACKAGE} is not installed: run npm install (it is pinned at ${SOURCE_VERSION})`);
  }
  /** @type {unknown} */
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8'));
  const version = manifest && typeof manifest === 'object' && 'version' in manifest ? manifest.version : undefined;
  if (version !== SOURCE_VERSION) {
    throw new Error(`${SOURCE_PACKAGE} is ${String(version)}, expected ${SOURCE_VERSION}; run npm ci`);
  }
  return dirname(packageJson);
}

/**
 * The three bundles, in memory.
 * @param {string} packageDir
 * @returns {Map<(typeof VARIANTS)[number], Uint8Array>}
 */
export function buildBundles(packageDir) {
  const detector = attachMetadata(readInput(packageDir, INPUTS.detector), buildImageModelMetadata(DETECTOR_INPUT));
  return new Map(
    VARIANTS.map((variant) => {
      const landmarks = attachMetadata(
        readInput(packageDir, INPUTS[variant]),
        buildImageModelMetadata(landmarksInput(variant)),
      );
      const bundle = buildTaskBundle([
        [DETECTOR_ENTRY, detector],
        [LANDMARKS_ENTRY, landmarks],
      ]);
      return [variant, bundle];
    }),
  );
}

/** Bundle file name for a variant. */
export const bundleName = (/** @type {string} */ variant) => `pose_landmarker_${variant}.task`;

/**
 * Writes the bundles into `outDir`, skipping files already identical.
 * @param {string} outDir
 */
export function buildModels(outDir) {
  const written = [];
  for (const [variant, bundle] of buildBundles(findSourcePackage())) {
    const path = join(outDir, bundleName(variant));
    const same = existsSync(path) && Buffer.compare(readFileSync(path), bundle) === 0;
    if (!same) writeFileSync(path, bundle);
    written.push({ path, bytes: bundle.length, changed: !same });
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    for (const { path, bytes, changed } of buildModels(here)) {
      const size = `${(bytes / 1e6).toFixed(1)} MB`;
      console.log(`models: ${relative(process.cwd(), path)} ${size}${changed ? '' : ' (up to date)'}`);
    }
  } catch (error) {
    console.error(`models: could not build the pose models: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
