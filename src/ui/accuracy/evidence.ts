/**
 * What each exercise was checked on: real clips (how many, counted right, exact), real photos
 * (how many, placed right) or the puppet alone. Every exercise has puppet tests, so "puppet only"
 * means no real footage, never no tests. One aggregation for the eval's publish step, `npm run
 * catalog`, the Accuracy page and the exercise card, so all four say the same thing.
 */
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/format';
import type { AccuracyClip, AccuracyPhoto, AccuracyPublication, ExerciseEvidence } from './accuracy-report';

/** The evidence of an exercise no clip or photo was run for: the puppet alone. */
export const puppetOnly = (exercise: string): ExerciseEvidence => ({
  exercise,
  clips: 0,
  countedRight: 0,
  exact: 0,
  clipErrors: 0,
  photos: 0,
  positionsRight: 0,
  photoErrors: 0,
});

/**
 * Per exercise of `exerciseIds` (in that order), what its clips and photos showed. Entries that
 * could not run are counted apart: a missing file is no evidence for or against the coach. Entries
 * for an exercise not in the list (not registered) are left out, as the catalog has no row for them.
 */
export function exerciseEvidence(
  exerciseIds: readonly string[],
  clips: readonly AccuracyClip[],
  photos: readonly AccuracyPhoto[],
): ExerciseEvidence[] {
  return exerciseIds.map((exercise): ExerciseEvidence => {
    const ownClips = clips.filter((clip) => clip.exercise === exercise);
    const ranClips = ownClips.filter((clip) => clip.verdict !== 'error');
    const ownPhotos = photos.filter((photo) => photo.exercise === exercise);
    const ranPhotos = ownPhotos.filter((photo) => photo.error === undefined);
    return {
      exercise,
      clips: ranClips.length,
      countedRight: ranClips.filter((clip) => clip.verdict === 'exact' || clip.verdict === 'within tolerance').length,
      exact: ranClips.filter((clip) => clip.verdict === 'exact').length,
      clipErrors: ownClips.length - ranClips.length,
      photos: ranPhotos.length,
      positionsRight: ranPhotos.filter((photo) => photo.right).length,
      photoErrors: ownPhotos.length - ranPhotos.length,
    };
  });
}

/** Real footage that ran: a clip or a photo the coach was judged on. */
export const hasFootage = (evidence: ExerciseEvidence): boolean => evidence.clips > 0 || evidence.photos > 0;

/**
 * An exercise's evidence for `model` (the first model published when it has no report), or null
 * when nothing is published. An exercise the report does not list (added since the run) has only
 * its puppet tests behind it.
 */
export function evidenceFor(
  publication: AccuracyPublication,
  exercise: string,
  model?: string,
): { readonly model: string; readonly evidence: ExerciseEvidence } | null {
  const report = publication.reports.find((r) => r.model === model) ?? publication.reports[0];
  if (!report) return null;
  return {
    model: report.model,
    evidence: report.evidence.find((e) => e.exercise === exercise) ?? puppetOnly(exercise),
  };
}

const realClips = (n: number) => plural(n, { one: msg(str`${n} real clip`), other: msg(str`${n} real clips`) });
const realPhotos = (n: number) => plural(n, { one: msg(str`${n} real photo`), other: msg(str`${n} real photos`) });

/** One cell of the evidence table: "3 real clips: 3 counted right, 2 exact; 2 real photos: 1 placed right". */
export function evidenceSummary(evidence: ExerciseEvidence): string {
  const { clips, countedRight, exact, clipErrors, photos, positionsRight, photoErrors } = evidence;
  const parts: string[] = [];
  if (clips > 0) parts.push(msg(str`${realClips(clips)}: ${countedRight} counted right, ${exact} exact`));
  if (photos > 0) parts.push(msg(str`${realPhotos(photos)}: ${positionsRight} placed right`));
  if (!hasFootage(evidence)) parts.push(msg('puppet only'));
  if (clipErrors > 0) {
    parts.push(
      plural(clipErrors, {
        one: msg(str`${clipErrors} clip could not run`),
        other: msg(str`${clipErrors} clips could not run`),
      }),
    );
  }
  if (photoErrors > 0) {
    parts.push(
      plural(photoErrors, {
        one: msg(str`${photoErrors} photo could not run`),
        other: msg(str`${photoErrors} photos could not run`),
      }),
    );
  }
  return parts.join('; ');
}

/**
 * The exercise card's note: what the coach was checked on for this exercise, and, where real
 * footage is missing, that its counts and cues are less proven.
 */
export function evidenceNote(evidence: ExerciseEvidence): string {
  const { clips, countedRight, photos, positionsRight } = evidence;
  if (clips > 0 && photos > 0) {
    return msg(
      str`Checked on ${realClips(clips)} (${countedRight} counted right) and ${realPhotos(photos)} (${positionsRight} placed right).`,
    );
  }
  if (clips > 0) return msg(str`Checked on ${realClips(clips)} (${countedRight} counted right).`);
  if (photos > 0) {
    return msg(
      str`Checked on ${realPhotos(photos)} (${positionsRight} placed right) but no real clip yet: counts may be less reliable.`,
    );
  }
  return msg('Checked on synthetic movement only — no real footage yet: counts and cues may be less reliable.');
}
