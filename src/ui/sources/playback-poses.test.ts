import { describe, expect, it } from 'vitest';
import type { Landmark, PoseFrame } from '../../pose/types';
import { PlaybackPoses } from './playback-poses';

const landmarks = (seed: number): Landmark[] =>
  Array.from({ length: 33 }, (_, i) => ({
    x: ((i * 37 + seed) % 100) / 100 - 0.2,
    y: ((i * 53 + seed) % 100) / 80,
    z: -0.3,
    visibility: ((i + seed) % 10) / 10,
  }));

const frame = (index: number, withPose: boolean): PoseFrame => ({
  timestampMs: (index + 0.5) * (1000 / 30),
  imageWidth: 640,
  imageHeight: 360,
  poses: withPose ? [{ image: landmarks(index), world: landmarks(index + 1) }] : [],
});

describe('PlaybackPoses', () => {
  it('gives back what the overlay draws of each frame, to an eighth of a pixel at 1080p', () => {
    const poses = new PlaybackPoses();
    const frames = Array.from({ length: 5000 }, (_, i) => frame(i, i % 7 !== 3));
    for (const f of frames) poses.push(f);
    expect(poses.length).toBe(5000);
    for (const index of [0, 3, 4095, 4096, 4999]) {
      const kept = poses.at(index);
      const original = frames[index] as PoseFrame;
      expect(kept?.timestampMs).toBe(original.timestampMs);
      expect([kept?.imageWidth, kept?.imageHeight]).toEqual([640, 360]);
      expect(kept?.poses.length).toBe(original.poses.length);
      original.poses[0]?.image.forEach((landmark, i) => {
        const back = kept?.poses[0]?.image[i];
        expect(Math.abs((back?.x ?? 9) - landmark.x) * 1920).toBeLessThan(0.125);
        expect(Math.abs((back?.y ?? 9) - landmark.y) * 1920).toBeLessThan(0.125);
        expect(back?.visibility).toBeCloseTo(landmark.visibility, 4);
      });
    }
    expect(poses.at(5000)).toBeNull();
    expect(poses.at(-1)).toBeNull();
  });

  it('holds a 2-hour video at 30 frames a second in well under 200 MB', () => {
    const poses = new PlaybackPoses();
    const sample = frame(0, true);
    for (let i = 0; i < 20_000; i++) poses.push(sample);
    const perFrame = poses.bytes / poses.length;
    expect(perFrame).toBeLessThan(220); // a chunk not yet full counts whole
    expect((2 * 3600 * 30 * perFrame) / 1e6).toBeLessThan(50);
  });
});
