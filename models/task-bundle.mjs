// @ts-check
/**
 * MediaPipe `.task` bundles: a zip of models, stored (not deflated) because MediaPipe reads the
 * models in place from the archive.
 */
import { unzipSync, zipSync } from 'fflate';

export const DETECTOR_ENTRY = 'pose_detector.tflite';
export const LANDMARKS_ENTRY = 'pose_landmarks_detector.tflite';

/** Where each entry's data starts, like Android's zipalign, so in-place models keep alignment. */
const DATA_ALIGN = 16;
/** Extra-field id Android's zipalign uses for its padding (APPNOTE 4.6 leaves ids to vendors). */
const ALIGNMENT_EXTRA_ID = 0xd935;
const LOCAL_HEADER_SIZE = 30;
const EXTRA_HEADER_SIZE = 4;
/** A fixed timestamp keeps the archive byte-for-byte reproducible. */
const FIXED_MTIME = new Date('2023-02-03T00:00:00Z');

/**
 * A stored zip holding `entries` in order, each entry's data 16-byte aligned in the archive.
 * @param {Array<[string, Uint8Array]>} entries
 * @returns {Uint8Array}
 */
export function buildTaskBundle(entries) {
  const encoder = new TextEncoder();
  /** @type {import('fflate').Zippable} */
  const files = {};
  let offset = 0;
  for (const [name, data] of entries) {
    const dataStart = offset + LOCAL_HEADER_SIZE + encoder.encode(name).length + EXTRA_HEADER_SIZE;
    const padding = (DATA_ALIGN - (dataStart % DATA_ALIGN)) % DATA_ALIGN;
    files[name] = [data, { level: 0, mtime: FIXED_MTIME, extra: { [ALIGNMENT_EXTRA_ID]: new Uint8Array(padding) } }];
    offset = dataStart + padding + data.length;
  }
  return zipSync(files);
}

/**
 * @typedef {object} BundleEntry
 * @property {Uint8Array} data
 * @property {number} compression  0 = stored
 * @property {number} dataOffset    where the entry's bytes start in the archive
 */

/**
 * Reads a bundle back: each entry's bytes, how it is compressed and where its data starts.
 * @param {Uint8Array} bundle
 * @returns {Map<string, BundleEntry>}
 */
export function readTaskBundle(bundle) {
  /** @type {Map<string, number>} */
  const compression = new Map();
  const files = unzipSync(bundle, {
    filter: (file) => {
      compression.set(file.name, file.compression);
      return true;
    },
  });
  const view = new DataView(bundle.buffer, bundle.byteOffset, bundle.byteLength);
  const decoder = new TextDecoder();
  /** @type {Map<string, BundleEntry>} */
  const entries = new Map();
  // Walk the local headers to find each entry's data offset (sizes are in the headers: stored).
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bundle.subarray(at + LOCAL_HEADER_SIZE, at + LOCAL_HEADER_SIZE + nameLength));
    const dataOffset = at + LOCAL_HEADER_SIZE + nameLength + extraLength;
    const data = files[name];
    if (data) entries.set(name, { data, compression: compression.get(name) ?? -1, dataOffset });
    at = dataOffset + size;
  }
  return entries;
}
