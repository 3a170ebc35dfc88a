/**
 * The photos of a manifest in `npm run eval`: each is shown to the coach as a still scene (the app's
 * photo mode, src/coach/still.ts) and the position it places the person in is compared with the
 * manifest's. A row per photo, with the sentence the app shows, and `positions=right/total` on the
 * summary line. "Not sure" is never right: the manifest only labels photos a coach should place.
 */
import type { Position } from '../../src/coach/still';
import type { ExerciseSpec } from '../../src/coach/exercise';
import type { PhotoSpec } from './manifest';

export interface PhotoOutcome {
  readonly id: string;
  readonly exercise: string;
  readonly expected: Position;
  /** Null when the coach was not sure, or the photo could not be shown (`error`). */
  readonly placed: Position | null;
  /** What the app's photo mode says of it. */
  readonly sentence: string;
  readonly error?: string;
}

export const photoRight = (outcome: PhotoOutcome): boolean => outcome.placed === outcome.expected;

export interface PositionsScore {
  readonly right: number;
  readonly total: number;
}

export function scorePositions(outcomes: readonly PhotoOutcome[]): PositionsScore {
  return { right: outcomes.filter(photoRight).length, total: outcomes.length };
}

/** The positions an exercise has: the ends of a rep, in or out of a hold; none for circles. */
export function positionsOf(exercise: ExerciseSpec): readonly Position[] {
  const kind = exercise.counting.kind;
  return kind === 'reps' ? ['start', 'peak'] : kind === 'hold' ? ['hold', 'out'] : [];
}

/** Why the photo's expectation cannot be met by its exercise, or null when it can. */
export function checkPosition(photo: PhotoSpec, exercise: ExerciseSpec): string | null {
  const positions = positionsOf(exercise);
  if (positions.includes(photo.expect.position)) return null;
  const kind = exercise.counting.kind;
  return positions.length === 0
    ? `exercise "${exercise.id}" counts circles: a photo has no position in it`
    : `exercise "${exercise.id}" ${kind === 'hold' ? 'times holds' : 'counts reps'}: expect.position must be ${positions.join(' or ')}, got "${photo.expect.position}"`;
}

export function photoFailure(photo: PhotoSpec, reason: string): PhotoOutcome {
  return {
    id: photo.id,
    exercise: photo.exercise,
    expected: photo.expect.position,
    placed: null,
    sentence: '',
    error: reason,
  };
}

const COLUMNS = [
  ['PHOTO', 30],
  ['EXERCISE', 14],
  ['EXPECTED', 8],
  ['PLACED', 8],
  ['VERDICT', 7],
  ['WHAT THE APP SAYS', 0],
] as const;

function cells(values: readonly string[]): string {
  return values
    .map((value, i) => value.padEnd(COLUMNS[i]?.[1] ?? 0))
    .join('  ')
    .trimEnd();
}

export function formatPhotoHeader(): string {
  return cells(COLUMNS.map(([title]) => title));
}

export function formatPhotoRow(outcome: PhotoOutcome): string {
  if (outcome.error !== undefined) {
    return cells([outcome.id, outcome.exercise || '?', outcome.expected, '-', 'ERROR', outcome.error]);
  }
  return cells([
    outcome.id,
    outcome.exercise,
    outcome.expected,
    outcome.placed ?? 'not sure',
    photoRight(outcome) ? 'right' : 'wrong',
    outcome.sentence,
  ]);
}

/** Appended to the summary line when the run had photos. */
export const formatPositions = (score: PositionsScore): string => `positions=${score.right}/${score.total}`;

/** One photo as the `--json` document and the published results keep it. */
export function photoRecord(outcome: PhotoOutcome) {
  return {
    id: outcome.id,
    exercise: outcome.exercise,
    expected: outcome.expected,
    placed: outcome.placed,
    right: photoRight(outcome),
    sentence: outcome.sentence,
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
  };
}

/** The photos in the `--json` document. */
export function photosJson(outcomes: readonly PhotoOutcome[]) {
  const score = scorePositions(outcomes);
  return {
    positions_right: score.right,
    positions_total: score.total,
    photos: outcomes.map(photoRecord),
  };
}
