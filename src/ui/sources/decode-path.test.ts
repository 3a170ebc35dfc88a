import { describe, expect, it } from 'vitest';
import { chooseDecodePath, describeDecodePath, type DecodeAbilities } from './decode-path';

const able: DecodeAbilities = { videoDecoder: true, videoTrack: true, codecSupported: true, rotated: false };

describe('chooseDecodePath', () => {
  it('decodes with WebCodecs when the browser and the file allow it', () => {
    expect(chooseDecodePath(able)).toEqual({ kind: 'webcodecs' });
    expect(describeDecodePath(chooseDecodePath(able))).toBe('Decoded with WebCodecs');
  });

  it('falls back to seeking, saying why, when WebCodecs cannot decode the file', () => {
    const cases: [Partial<DecodeAbilities>, string][] = [
      [{ videoDecoder: false, videoTrack: false, codecSupported: false }, 'no WebCodecs VideoDecoder'],
      [{ videoTrack: false, codecSupported: false }, 'its container could not be read'],
      [{ codecSupported: false }, 'its codec is not supported by VideoDecoder'],
      [{ rotated: true }, 'it is a rotated video'],
    ];
    for (const [lacking, reason] of cases) {
      const path = chooseDecodePath({ ...able, ...lacking });
      expect(path).toEqual({ kind: 'seek', reason });
      expect(describeDecodePath(path)).toBe(
        `Decoded by seeking (this browser cannot decode the file directly: ${reason})`,
      );
    }
  });
});
