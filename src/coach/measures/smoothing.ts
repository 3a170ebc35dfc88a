/**
 * One Euro smoothing presets for measures (Casiez, Roussel & Vogel, "1€ Filter", CHI 2012; the
 * filter is pose/one-euro.ts). Limb angles use ANGLE_SMOOTHING from there.
 */
import { ANGLE_SMOOTHING, type OneEuroParams } from '../../pose/one-euro';

export { ANGLE_SMOOTHING };

/**
 * Smoothing for measures in shoulder widths. The One Euro `beta` is per unit of speed, and a
 * hand moving a shoulder width a second is as brisk as a joint turning ~100°/s: so the angle
 * defaults (tuned in degrees) with `beta` scaled by 100.
 */
export const RATIO_SMOOTHING: OneEuroParams = { ...ANGLE_SMOOTHING, beta: ANGLE_SMOOTHING.beta * 100 };

/**
 * Smoothing for head signals read in the picture: slower than the limbs' (0.5 Hz at rest, not
 * 1.2), because they are read off points a few centimetres apart (the ears are ~30 px apart for
 * a 640 px camera 2.5 m away, where the puppet's 1.5 px jitter swings the ear line ±9° raw, ±6°
 * smoothed; 110 px at 0.9 m: ±1.5°) and these moves are slow. The speed term (beta) is a third of
 * the limbs': with theirs, the jitter's own speed opened the filter right back up. Lag at rest is
 * ~0.3 s; more, and the shared clip neck-tilts-seated loses its last (cut-short) hold.
 */
export const HEAD_SMOOTHING: OneEuroParams = { minCutoffHz: 0.5, beta: 0.005, derivativeCutoffHz: 1 };

/**
 * Smoothing for the trunk's turns and lean, read from MediaPipe's depth estimate: slower still
 * (0.4 Hz, almost no speed term), since the puppet's 1 cm of world jitter on a 25 cm hip line
 * swings a still twist by ±4° even so. Trunk rotations are held, not hurried.
 */
export const TRUNK_SMOOTHING: OneEuroParams = { minCutoffHz: 0.4, beta: 0.001, derivativeCutoffHz: 1 };
