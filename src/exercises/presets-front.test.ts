import { describe, expect, it } from 'vitest';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import { angle, armRaise, distance, heightAbove, type Measure } from '../coach/measures';
import { armCirclesAround, armsOut } from './arm-circles.presets';
import { butterflyHug } from './butterfly.presets';
import { doorwayStretch } from './doorway-pec-stretch.presets';
import { facePullEnd, facePullStart } from './face-pull.presets';
import { fingertipsOnShoulders, rollsWithHead } from './shoulder-roll.presets';
import { pulldownBottom, pulldownTop } from './lat-pulldown.presets';
import { reachLeft, reachRest, reachRight } from './overhead-arm-reach.presets';
import { mergePose, renderDetailed, renderPose, standing, type PuppetPose } from '../../tests/support';

const read = (measure: Measure, pose: PuppetPose): number =>
  measure.compute({ pose: renderPose(pose), imageWidth: 640, imageHeight: 480, near: 'left' }) ?? Number.NaN;
const height = (pose: PuppetPose, name: LandmarkName): number =>
  renderDetailed(pose).skeleton.points[LANDMARK[name]]?.y ?? Number.NaN;

describe('arm presets', () => {
  it('keep the feet on the floor, standing or seated', () => {
    const hipsUp = mergePose(reachLeft, { pelvisLiftM: 0.06, both: { hipFlexion: 75, kneeFlexion: 75 } });
    for (const pose of [
      fingertipsOnShoulders,
      armsOut,
      reachRest,
      reachLeft,
      facePullEnd,
      pulldownTop,
      doorwayStretch,
      hipsUp,
    ]) {
      expect(height(pose, 'left_heel')).toBeLessThan(0.03);
      expect(height(pose, 'left_heel')).toBeGreaterThan(-0.01);
    }
  });

  it('put the hands where each exercise says', () => {
    // Fingertips on the shoulders; the hug's hands on the opposite shoulders, elbows together.
    expect(read(distance('left_wrist', 'left_shoulder'), fingertipsOnShoulders)).toBeLessThan(0.6);
    expect(read(distance('left_wrist', 'right_shoulder'), butterflyHug)).toBeLessThan(0.2);
    expect(read(distance('left_elbow', 'right_elbow'), butterflyHug)).toBeLessThan(0.25);
    // The face pull ends with the hands beside the face, and starts with the arms long.
    expect(read(heightAbove('left_wrist', 'nose'), facePullEnd)).toBeGreaterThan(0);
    expect(read(angle('shoulder', 'elbow', 'wrist', { side: 'left', space: 'world' }), facePullStart)).toBeGreaterThan(
      165,
    );
  });

  it('raise the arms as each exercise says', () => {
    const upper = armRaise({ side: 'left' });
    const elbow = angle('shoulder', 'elbow', 'wrist', { side: 'left' });
    expect(read(upper, armsOut)).toBeCloseTo(90, 0);
    expect(read(upper, pulldownTop)).toBeGreaterThan(155);
    expect(read(upper, pulldownBottom)).toBeCloseTo(90, 0);
    expect(read(elbow, pulldownBottom)).toBeCloseTo(90, -1);
    expect(read(upper, doorwayStretch)).toBeCloseTo(90, -1);
    expect(read(elbow, doorwayStretch)).toBeCloseTo(90, -1);
    expect(read(armRaise({ side: 'left', to: 'wrist' }), reachLeft)).toBeGreaterThan(165);
    expect(read(armRaise({ side: 'right', to: 'wrist' }), reachRight)).toBeGreaterThan(165);
  });

  it('draw arm circles of the radius asked, around the centre asked', () => {
    const timeline = armCirclesAround(armsOut, {
      count: 1,
      direction: 'forward',
      radiusDeg: 30,
      centreDeg: 80,
      periodMs: 2000,
    });
    const raise = armRaise({ side: 'left', to: 'wrist' });
    const values = [0, 0.25, 0.5, 0.75].map((f) => read(raise, timeline.at(800 + f * 2000)));
    expect(Math.max(...values)).toBeCloseTo(110, -1);
    expect(Math.min(...values)).toBeCloseTo(50, -1);
  });

  it('roll the shoulders with the head still, unless asked to nod', () => {
    const nod = heightAbove('nose', ['left_ear', 'right_ear']);
    const still = rollsWithHead(standing, { count: 1, direction: 'backward', periodMs: 2000 });
    const nodding = rollsWithHead(standing, { count: 1, direction: 'backward', periodMs: 2000, nodDeg: 15 });
    const range = (t: typeof still) => {
      const values = [0, 0.5].map((f) => read(nod, t.at(300 + f * 2000)));
      return Math.abs((values[0] ?? 0) - (values[1] ?? 0));
    };
    expect(range(still)).toBeLessThan(0.01);
    expect(range(nodding)).toBeGreaterThan(0.1);
  });
});
