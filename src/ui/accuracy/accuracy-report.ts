/**
 * The published accuracy reports: what `npm run eval -- <manifests> --publish [--model m]`
 * measured, one report per pose model, as shown on the Accuracy page, on the exercise cards, by
 * `npm run catalog` and in the README. Written by the eval runner, never by hand.
 */
export interface AccuracyClip {
  readonly id: string;
  readonly exercise: string;
  readonly expected: number | null;
  readonly counted: number | null;
  readonly tolerance: number;
  readonly verdict: 'exact' | 'within tolerance' | 'off by one' | 'off' | 'error';
  readonly error?: string;
  readonly trackableShare: number | null;
  readonly cues: readonly string[];
}

/** A photo shown to the coach as a still scene: where the manifest says the person is, and where the coach placed them. */
export interface AccuracyPhoto {
  readonly id: string;
  readonly exercise: string;
  readonly expected: string;
  /** Null when the coach was not sure, or the photo could not be shown (`error`). */
  readonly placed: string | null;
  readonly right: boolean;
  /** What the app's photo mode says of it. */
  readonly sentence: string;
  readonly error?: string;
}

export interface AccuracyExercise {
  readonly exercise: string;
  readonly clips: number;
  readonly errors: number;
  /** Clips counted within their tolerance. */
  readonly exact: number;
  readonly obo: number;
  readonly mae: number;
}

/**
 * What one exercise was checked on with one model, besides the puppet (every exercise has puppet
 * tests): real clips that ran, how many were counted within their tolerance and how many spot on;
 * real photos that ran and how many were placed in the right position; entries that could not run.
 */
export interface ExerciseEvidence {
  readonly exercise: string;
  readonly clips: number;
  readonly countedRight: number;
  readonly exact: number;
  readonly clipErrors: number;
  readonly photos: number;
  readonly positionsRight: number;
  readonly photoErrors: number;
}

export interface AccuracyReport {
  /** ISO date of the run. */
  readonly date: string;
  readonly command: string;
  readonly model: string;
  readonly machine: string;
  readonly summaryLine: string;
  readonly exercises: readonly AccuracyExercise[];
  readonly clips: readonly AccuracyClip[];
  readonly photos: readonly AccuracyPhoto[];
  /** Every exercise of the catalog at the time of the run, in catalog order. */
  readonly evidence: readonly ExerciseEvidence[];
}

/** The reports of every model published, in the order of the models (lite, full, heavy). */
export interface AccuracyPublication {
  readonly reports: readonly AccuracyReport[];
}
