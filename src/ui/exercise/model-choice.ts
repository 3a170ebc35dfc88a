/**
 * Which pose model to run for an exercise. The person's own choice in the menu always wins. Until
 * they make one, an exercise that the lite model tracks badly names a heavier model that tracks it
 * better, measured on real footage (README, Accuracy: "Lying down, small, dim: what the model
 * sees"), and the app says why beside the menu. It only ever asks for more than the setting holds:
 * a heavier model stored by the person (or kept after "lighter when slow" stepped down) stands.
 */
import type { ModelVariant } from '../../detection/detector-api';
import { MODEL_VARIANTS } from '../../detection/detector-api';
import type { Settings } from '../../settings/schema';

export interface ExerciseModel {
  readonly model: ModelVariant;
  /** Said beside the model menu while this model is in use because of the exercise. */
  readonly why: string;
}

export const EXERCISE_MODELS: Readonly<Record<string, ExerciseModel>> = {};

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
