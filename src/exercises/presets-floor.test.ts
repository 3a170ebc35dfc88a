import { describe, expect, it } from 'vitest';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import { renderDetailed, type PuppetPose } from '../../tests/support';
import { catCowCat, catCowCow, catCowNeutral } from './cat-cow.presets';
import { childsPose, puppyPose } from './childs-pose.presets';
import { flyHang, flyTop } from './reverse-fly.presets';
import { kneeToChest, kneeToChestRest } from './knee-to-chest.presets';
import { rotationKnees, rotationRest } from './trunk-rotation.presets';
import { squeezeBack, squeezeRest } from './scapular-squeeze.presets';
import { thoracicExtended, thoracicUpright } from './thoracic-extension.presets';
import { upperBackStretch } from './upper-back-stretch.presets';

/** A landmark's place in the room (metres; y up, x to the camera's right, z toward it). */
function room(puppet: PuppetPose): (name: LandmarkName) => { x: number; y: number; z: number } {
  const { skeleton } = renderDetailed(puppet);
  return (name) => skeleton.points[LANDMARK[name]] ?? { x: Number.NaN, y: Number.NaN, z: Number.NaN };
}
const across = (a: { x: number; z: number }, b: { x: number; z: number }) => Math.hypot(a.x - b.x, a.z - b.z);

const ALL = {
  catCowNeutral,
  catCowCat,
  catCowCow,
  childsPose,
  puppyPose,
  kneeToChestRest,
  kneeLeft: kneeToChest('left'),
  kneeRight: kneeToChest('right'),
  thoracicUpright,
  thoracicExtended,
  squeezeRest,
  squeezeBack,
  flyHang,
  flyTop,
  upperBackStretch,
  rotationRest,
  rotationLeft: rotationKnees('left'),
  rotationRight: rotationKnees('right'),
};

describe('floor presets', () => {
  it.each(Object.entries(ALL))('%s does not go through the floor', (_, puppet) => {
    const { skeleton } = renderDetailed(puppet);
    expect(Math.min(...skeleton.points.map((p) => p.y))).toBeGreaterThan(-0.005);
  });

  it('cat and cow keep the hands under the shoulders and the knees under the hips, on the floor', () => {
    for (const puppet of [catCowNeutral, catCowCat, catCowCow]) {
      const at = room(puppet);
      expect(at('right_wrist').y).toBeLessThan(0.05);
      expect(at('right_knee').y).toBeLessThan(0.08);
      expect(across(at('right_wrist'), at('right_shoulder'))).toBeLessThan(0.06);
      expect(across(at('right_knee'), at('right_hip'))).toBeLessThan(0.06);
    }
    // The head hangs in the cat and lifts in the cow.
    expect(room(catCowCat)('right_ear').y).toBeLessThan(room(catCowNeutral)('right_ear').y - 0.08);
    expect(room(catCowCow)('right_ear').y).toBeGreaterThan(room(catCowNeutral)('right_ear').y + 0.05);
  });

  it("child's pose sits the hips back near the heels; puppy pose keeps them over the knees", () => {
    const child = room(childsPose);
    expect(child('right_knee').y).toBeLessThan(0.08);
    expect(child('right_wrist').y).toBeLessThan(0.05);
    expect(child('right_hip').y).toBeLessThan(0.32);
    expect(across(child('right_hip'), child('right_ankle'))).toBeLessThan(0.15);
    const puppy = room(puppyPose);
    expect(across(puppy('right_hip'), puppy('right_knee'))).toBeLessThan(0.06);
    expect(puppy('right_shoulder').y).toBeLessThan(puppy('right_hip').y - 0.15);
  });

  it('knee to chest brings the knee up over the chest, the other foot flat', () => {
    const at = room(kneeToChest('left'));
    expect(at('left_knee').y).toBeGreaterThan(0.4);
    expect(across(at('left_knee'), at('left_shoulder'))).toBeLessThan(across(at('left_hip'), at('left_shoulder')));
    expect(at('right_heel').y).toBeLessThan(0.03);
    expect(room(kneeToChestRest)('left_heel').y).toBeLessThan(0.03);
  });

  it('the thoracic extension leans the shoulders back behind the hips, arms overhead', () => {
    const upright = room(thoracicUpright);
    const arched = room(thoracicExtended);
    // Facing +x: behind is −x.
    expect(arched('right_shoulder').x).toBeLessThan(upright('right_shoulder').x - 0.12);
    expect(arched('right_hip').x).toBeCloseTo(upright('right_hip').x, 6);
    expect(arched('right_wrist').y).toBeGreaterThan(arched('nose').y);
  });

  it('the squeeze draws the shoulders back 4–8 cm without raising them', () => {
    const rest = room(squeezeRest);
    const back = room(squeezeBack);
    const moved = rest('right_shoulder').x - back('right_shoulder').x;
    expect(moved).toBeGreaterThan(0.04);
    expect(moved).toBeLessThan(0.08);
    expect(Math.abs(back('right_shoulder').y - rest('right_shoulder').y)).toBeLessThan(0.01);
  });

  it('the fly lifts the hands from hanging to shoulder height, out to the sides', () => {
    const hang = room(flyHang);
    const top = room(flyTop);
    expect(hang('right_wrist').y).toBeLessThan(hang('right_shoulder').y - 0.4);
    expect(Math.abs(top('right_wrist').y - top('right_shoulder').y)).toBeLessThan(0.05);
    expect(Math.abs(top('right_wrist').z - top('left_wrist').z)).toBeGreaterThan(1);
  });

  it('the upper-back stretch holds the hands together in front at shoulder height', () => {
    const at = room(upperBackStretch);
    expect(across(at('right_wrist'), at('left_wrist'))).toBeLessThan(0.08);
    expect(Math.abs(at('right_wrist').y - at('right_shoulder').y)).toBeLessThan(0.08);
  });

  it('the trunk rotation lowers both knees together to the side named, feet toward the camera', () => {
    const rest = room(rotationRest);
    expect(rest('left_foot_index').z).toBeGreaterThan(rest('left_hip').z);
    const left = room(rotationKnees('left'));
    // Feet toward the camera, head away: the person's left is on the camera's right (+x).
    expect(left('left_knee').x).toBeGreaterThan(rest('left_knee').x + 0.2);
    expect(left('right_knee').x).toBeGreaterThan(rest('right_knee').x + 0.2);
    expect(room(rotationKnees('right'))('left_knee').x).toBeLessThan(rest('left_knee').x - 0.2);
  });
});
