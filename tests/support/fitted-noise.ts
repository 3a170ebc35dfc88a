/**
 * The detector-noise model fitted on the shared clips' traces by noise-fit.ts (how, and what each
 * number means, is there). noise-fit.test.ts re-fits it from tests/fixtures/footage-traces and
 * fails when these differ: after adding or re-recording a trace, run that test, read the new
 * numbers from its failure and paste them here (three significant digits).
 *
 * What the numbers say: the detector's jitter is a slow drift, not a flicker (frame-to-frame
 * correlation at the fit's 0.95 ceiling: MediaPipe smooths its landmarks over time); it is
 * 0.15–0.3 % of the person's size at the hips and shoulders, ~0.4 % on the face, ~0.5 % at the
 * elbows and 1–1.4 % at the wrists and hands (4–5 px on a person 350 px tall); world jitter is
 * ~0.9 cm across and ~1.7 cm in depth; visibility barely flickers on a well-seen landmark and no
 * frame of the ~3 300 lost the person but one. Across, the world jitter is fitted per landmark
 * too: 0.4–0.6 cm on the shoulders and ears, 0.7 on the face, 1.4–2.1 at the hands, ~0.08 at the
 * hips (MediaPipe centres its world landmarks between them). Applied as the median 0.93 everywhere,
 * a still person's world shoulder lift against the ears wandered twice as far as the real still
 * clips' and counted phantom shoulder rolls (shoulder-roll.still.test.ts).
 */
import type { FittedNoise } from './noise-fit';

export const FITTED_NOISE: Omit<FittedNoise, 'clips'> = {
  // Per landmark, fractions of the person's size in the picture.
  jitter: [
    0.00407, // nose
    0.00385, // left_eye_inner
    0.0037, // left_eye
    0.00358, // left_eye_outer
    0.00372, // right_eye_inner
    0.00363, // right_eye
    0.00347, // right_eye_outer
    0.00276, // left_ear
    0.00294, // right_ear
    0.00339, // mouth_left
    0.00341, // mouth_right
    0.00269, // left_shoulder
    0.00276, // right_shoulder
    0.00535, // left_elbow
    0.00482, // right_elbow
    0.0101, // left_wrist
    0.0105, // right_wrist
    0.0121, // left_pinky
    0.0136, // right_pinky
    0.0135, // left_index
    0.0127, // right_index
    0.0131, // left_thumb
    0.012, // right_thumb
    0.00208, // left_hip
    0.00148, // right_hip
    0.00865, // left_knee
    0.00375, // right_knee
    0.00723, // left_ankle
    0.00482, // right_ankle
    0.00631, // left_heel
    0.00575, // right_heel
    0.0157, // left_foot_index
    0.00666, // right_foot_index
  ],
  jitterCorrelation: 0.95,
  shared: { face: 0.846, hand: 0.837 },
  wander: 0.00265,
  wanderCorrelation: 0.97,
  worldAcrossCm: 0.93,
  // Per landmark, cm: MediaPipe's world landmarks are centred on the hips (hence their ~0.08),
  // and the still trunk and face jitter less than the median above, the hands and legs more.
  worldAcross: [
    0.734, // nose
    0.704, // left_eye_inner
    0.704, // left_eye
    0.707, // left_eye_outer
    0.702, // right_eye_inner
    0.704, // right_eye
    0.703, // right_eye_outer
    0.559, // left_ear
    0.542, // right_ear
    0.617, // mouth_left
    0.62, // mouth_right
    0.439, // left_shoulder
    0.622, // right_shoulder
    0.936, // left_elbow
    1.24, // right_elbow
    1.44, // left_wrist
    1.91, // right_wrist
    1.61, // left_pinky
    2.08, // right_pinky
    1.66, // left_index
    2.09, // right_index
    1.48, // left_thumb
    1.93, // right_thumb
    0.0763, // left_hip
    0.0764, // right_hip
    1.04, // left_knee
    0.949, // right_knee
    2.15, // left_ankle
    1.09, // right_ankle
    1.78, // left_heel
    1.12, // right_heel
    2.18, // left_foot_index
    1.21, // right_foot_index
  ],
  worldDepthCm: 1.73,
  bodyDepthWanderCm: 0,
  visibilitySigma: 0.00025,
  visibilityDipRate: 0,
  dropRate: 0.0003,
};
