import { describe, expect, it } from 'vitest';
import { containRect, toBoxPoint } from './geometry';

describe('containRect (object-fit: contain)', () => {
  it('fills a box of the same aspect ratio', () => {
    expect(containRect(640, 360, 1280, 720)).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  });

  it('pillarboxes a portrait video in a landscape box', () => {
    expect(containRect(360, 640, 1280, 720)).toEqual({ x: 437.5, y: 0, width: 405, height: 720 });
  });

  it('letterboxes a wide video in a tall box', () => {
    expect(containRect(1920, 1080, 400, 400)).toEqual({ x: 0, y: 87.5, width: 400, height: 225 });
  });

  it('is empty while the video has no size yet', () => {
    expect(containRect(0, 0, 800, 600)).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('toBoxPoint', () => {
  const picture = containRect(360, 640, 1280, 720); // pillarboxed, x from 437.5 to 842.5

  it('maps normalised points into the picture, not the whole box', () => {
    expect(toBoxPoint({ x: 0, y: 0 }, picture, false)).toEqual({ x: 437.5, y: 0 });
    expect(toBoxPoint({ x: 1, y: 1 }, picture, false)).toEqual({ x: 842.5, y: 720 });
    expect(toBoxPoint({ x: 0.5, y: 0.5 }, picture, false)).toEqual({ x: 640, y: 360 });
  });

  it('mirrors x inside the picture, as the mirrored video is drawn', () => {
    expect(toBoxPoint({ x: 0.25, y: 0.4 }, picture, true)).toEqual({ x: 437.5 + 0.75 * 405, y: 288 });
    // A point on the person's left (image right when facing the camera) shows on the left of a mirror.
    const left = toBoxPoint({ x: 0.7, y: 0.5 }, picture, true);
    const right = toBoxPoint({ x: 0.3, y: 0.5 }, picture, true);
    expect(left.x).toBeLessThan(right.x);
  });
});
