/**
 * The published accuracy report: what `npm run eval -- <manifest> --publish` measured, as shown on
 * the Accuracy page and in the README. Written by the eval runner, never by hand.
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

export interface AccuracyExercise {
  readonly exercise: string;
  readonly clips: number;
  readonly errors: number;
  /** Clips counted within their tolerance. */
  readonly exact: number;
  readonly obo: number;
  readonly mae: number;
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
}
