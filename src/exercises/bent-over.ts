/**
 * What every bent-over move filmed side-on shares (the row, the reverse fly): the trunk hinged to
 * about 45°, the neck in line with it. One definition, so the design card's "45-degree hinge" and
 * its neutral neck mean the same in every exercise that asks for them.
 *
 * Tuned on the synthetic puppet's row (tests/support presets rowStart/rowTop): its clean row keeps
 * the trunk at 40–50° and its faults (20° upright, 75° flat) fall well outside 30–60°; the head in
 * line reads 107–117° through the rep (the shoulder blade moves the trunk line), dropped 30° reads
 * 137–146°, cranked up 30° 76–85°: the neck band keeps ~15° either side of in-line. The reverse
 * fly reads alike: clean 41–46° (15° upright reads 11°, 80° flat 77°); the head in line
 * 112–116°, dropped 35° 150°, cranked up 35° 80°.
 */
import { msg } from '@lit/localize';
import type { BandCheck } from '../coach/exercise';
import { between, inclination } from '../coach/measures';

/** The trunk's angle from vertical. */
export const hinge = () => inclination('hip', 'shoulder', { label: msg('Trunk from vertical') });

/** The face (ear → nose) against the trunk line: ~105–115° in line, more when the head drops. */
export const neck = () => between(['ear', 'nose'], ['hip', 'shoulder'], { label: msg('Face against trunk') });

export const hinge45: BandCheck<'hinge'> = {
  on: 'band',
  id: 'hinge-45',
  measure: 'hinge',
  min: 30,
  max: 60,
  low: msg('Hinge forward a bit more, to about 45°'),
  high: msg('Lift your chest a little, to about 45°'),
  priority: 3,
  forMs: 600,
};

export const neckInLine: BandCheck<'neck'> = {
  on: 'band',
  id: 'neck-neutral',
  measure: 'neck',
  min: 92,
  max: 132,
  low: msg('Lower your gaze: eyes to the floor just ahead'),
  high: msg('Lift your head in line with your back'),
  priority: 2,
  forMs: 600,
};
