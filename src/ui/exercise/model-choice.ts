/**
 * Which pose model to run for an exercise. The person's own choice in the menu always wins. Until
 * they make one, an exercise that the lite model tracks badly names a heavier model that tracks it
 * better, measured on real footage (README, Accuracy: "Lying down, small, dim: what the model
 * sees"), and the app says why beside the menu. It only ever asks for more than the setting holds:
 * a heavier model stored by the person (or kept after "lighter when slow" stepped down) stands.
 */
import { msg } from '@lit/localize';
import type { ModelVariant } from '../../detection/detector-api';
import { MODEL_VARIANTS } from '../../detection/detector-api';
import type { Settings } from '../../settings/schema';

export interface ExerciseModel {
  readonly model: ModelVariant;
  /** Said beside the model menu while this model is in use because of the exercise. */
  readonly why: string;
}

/**
 * Measured with `npm run eval` on real clips and photos, lite against full (heavy was no better
 * lying down: on the lying photo it lost both knees, and on the shrunk one it placed a person with
 * legs long on the floor as hugging a knee). Knee to chest is judged from a far leg that lies
 * behind the near one: full saw that knee at visibility 0.96 where lite gave 0.76 (the held photo),
 * and found a person lying in a dim room on more frames (no pose in 6 % of them against 14 %).
 * The other floor exercises (superman, child's pose, cat-cow) were seen on the same frames by both
 * (90–95 %), so they keep the lighter model. The row gained most in dim light (a dimmed chair row:
 * 6 of 6 counted against 4; a dimmed bench row seen 81 % against 56 %), but full reads the view
 * of the front-oblique row photo as front-on where lite places it, so the row is not listed yet.
 */
export const EXERCISE_MODELS: Readonly<Record<string, ExerciseModel>> = {
  'knee-to-chest': {
    model: 'full',
    why: msg('Using the full model for this exercise: it sees a body lying down better'),
  },
};

export interface ModelChoice {
  readonly model: ModelVariant;
  /** Why the exercise changed the model, or null when it is the person's setting. */
  readonly note: string | null;
}

const weight = (model: ModelVariant): number => MODEL_VARIANTS.indexOf(model);

export function modelFor(
  settings: Pick<Settings, 'model' | 'modelChosen'>,
  exerciseId: string | null,
  table: Readonly<Record<string, ExerciseModel>> = EXERCISE_MODELS,
): ModelChoice {
  const preferred = exerciseId === null ? undefined : table[exerciseId];
  if (settings.modelChosen || !preferred || weight(preferred.model) <= weight(settings.model)) {
    return { model: settings.model, note: null };
  }
  return { model: preferred.model, note: preferred.why };
}
