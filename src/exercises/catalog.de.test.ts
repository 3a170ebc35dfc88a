/**
 * The whole catalog in German, as a German-speaking person meets it: every exercise's name,
 * dosage, card, cues and measure labels are German (not the English left in place), counts read
 * through Intl's plural rules, and the engine coaches the same with German text as with English
 * (cues are told apart by id, never by their words).
 *
 * The English catalog is imported first; then the language is switched to German and the
 * exercise modules are evaluated again (vi.resetModules), as the app does by setting the language
 * before it imports them. @lit/localize itself is one module for the whole file (an external
 * dependency, not reset), so `msg()` in the fresh modules answers in German.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CAMERAS, hold, holdPose, mergePose, renderFrames, replay, sequence } from '../../tests/support';
import { seatedTall } from '../../tests/support/index';
import type { ExerciseSpec } from '../coach/exercise';
import { useLocale } from '../i18n/locale';
import { EXERCISES as ENGLISH } from './index';
import { neckTiltLeft } from './neck-tilts.presets';

type Catalog = typeof import('./index');
type Count = typeof import('../coach/count');
type Setup = typeof import('../coach/setup');
type Still = typeof import('../coach/still');
type Measures = typeof import('../coach/measures');
type Demos = typeof import('../demo/demonstrations');

let german: Catalog;
let count: Count;
let setup: Setup;
let still: Still;
let measures: Measures;
let demos: Demos;
let englishDemos: Demos;

beforeAll(async () => {
  englishDemos = await import('../demo/demonstrations');
  // @lit/localize announces the change on `window` (the app's elements listen there); a bare
  // event target stands in for it in Node.
  vi.stubGlobal('window', new EventTarget());
  await useLocale('de');
  vi.unstubAllGlobals();
  vi.resetModules();
  // The fresh module graph has its own "active language" module: set it as startLocale would.
  (await import('../i18n/active')).setActiveLocale('de');
  german = await import('./index');
  count = await import('../coach/count');
  setup = await import('../coach/setup');
  still = await import('../coach/still');
  measures = await import('../coach/measures');
  demos = await import('../demo/demonstrations');
});

/** Every text of an exercise a person reads or hears, with where it is, in a stable order. */
function texts(exercise: ExerciseSpec): [string, string][] {
  const { card, counting } = exercise;
  const out: [string, string][] = [
    ['name', exercise.name],
    ['dosage', exercise.dosage.text],
    ['camera', card.camera],
    ...card.equipment.map((text, i): [string, string] => [`equipment ${i}`, text]),
    ...card.steps.map((text, i): [string, string] => [`step ${i + 1}`, text]),
  ];
  if (card.feel) out.push(['feel', card.feel]);
  if (card.stop) out.push(['stop', card.stop]);
  if (exercise.phaseLabels) out.push(['start', exercise.phaseLabels.start], ['peak', exercise.phaseLabels.peak]);
  if (counting.kind === 'cycles' && counting.directions) {
    out.push(
      ['clockwise', counting.directions.clockwise],
      ['counter-clockwise', counting.directions['counter-clockwise']],
    );
  }
  for (const check of exercise.checks) {
    const cues = check.on === 'band' ? [check.low, check.high] : [check.cue];
    cues.forEach((cue, i) => out.push([`cue ${check.id} ${i}`, cue]));
    if (check.notMeasuredReason) out.push([`why not ${check.id}`, check.notMeasuredReason]);
  }
  for (const [name, measure] of Object.entries(exercise.measures)) out.push([`measure ${name}`, measure.label]);
  return out;
}

/** Words that give away English text (German shares none of them as a whole word). */
const ENGLISH_WORDS = /\b(the|your|you|and|with|to|of|keep|hold|let|stop|if|from|in view)\b/i;
/** Names German uses as they are: a proper name, and gym terms kept in English. */
const SAME_IN_GERMAN = new Set(['Superman']);

describe('the catalog in German', () => {
  it('has the same exercises, by the same ids', () => {
    expect(german.EXERCISES.map((e) => e.id)).toEqual(ENGLISH.map((e) => e.id));
  });

  it.each(ENGLISH.map((e) => e.id))('%s: every name, card line, cue and label is German', (id) => {
    const en = texts(ENGLISH.find((e) => e.id === id) as ExerciseSpec);
    const de = texts(german.findExercise(id) as ExerciseSpec);
    expect(de.map(([where]) => where)).toEqual(en.map(([where]) => where));
    const untranslated = de.filter(([, text], i) => text === en[i]?.[1] && !SAME_IN_GERMAN.has(text));
    expect(untranslated).toEqual([]);
    const english = de.filter(([, text]) => ENGLISH_WORDS.test(text));
    expect(english).toEqual([]);
    // Cue and check ids are contracts: the same in every language.
    const ids = (e: ExerciseSpec | undefined) => e?.checks.map((c) => c.id);
    expect(ids(german.findExercise(id))).toEqual(ids(ENGLISH.find((e) => e.id === id)));
  });

  it('a few lines read as a German physiotherapist would write them', () => {
    const neckTilts = german.findExercise('neck-tilts');
    expect(neckTilts?.name).toBe('Seitneigung des Kopfes');
    expect(neckTilts?.checks.map((c) => (c.on === 'band' ? c.low : c.cue))).toEqual([
      'Halte die Schultern gerade: Neig nur den Kopf',
      'Lass die Schultern sinken: Bring das Ohr zur Schulter, nicht die Schulter zum Ohr',
    ]);
    expect(german.findExercise('row')?.dosage.text).toBe('2–3 Sätze à 8–12 Wiederholungen');
    expect(german.findExercise('thoracic-extension')?.name).toBe('Streckung der Brustwirbelsäule');
  });
});

describe('counts in German, through Intl plural rules', () => {
  it('says "1 Wiederholung" and "2 Wiederholungen", and the same for holds and circles', () => {
    expect([0, 1, 2, 21].map((n) => count.countText('reps', n))).toEqual([
      '0 Wiederholungen',
      '1 Wiederholung',
      '2 Wiederholungen',
      '21 Wiederholungen',
    ]);
    expect([1, 3].map((n) => count.countText('holds', n))).toEqual(['1 Haltephase', '3 Haltephasen']);
    expect([1, 5].map((n) => count.countText('circles', n))).toEqual(['1 Kreis', '5 Kreise']);
    expect(count.countText('reps', 1000)).toBe('1.000 Wiederholungen');
    expect([1, 2].map((n) => count.countNoun('circles', n))).toEqual(['Kreis', 'Kreise']);
  });

  it('writes a ratio with a decimal comma, degrees as "45°"', () => {
    expect(measures.formatMeasure(0.4, 'ratio')).toBe('0,40×');
    expect(measures.formatMeasure(44.6, 'deg')).toBe('45°');
  });
});

describe('the coach speaks German', () => {
  it('lists the body parts out of view in German, with "und"', () => {
    expect(setup.listParts(['hips', 'knees', 'feet'])).toBe('Hüften, Knie und Füße');
    expect(setup.setupGuidance({ pose: undefined, joints: [], view: 'front', seenView: null })?.text).toBe(
      'Stell dich ins Bild der Kamera',
    );
  });

  it('places the side after the measure and keeps nouns capitalised in a photo verdict', () => {
    const row = german.findExercise('row') as ExerciseSpec;
    const measure = { label: 'Ellbogen', value: 171, unit: 'deg', side: 'left' } as const;
    expect(still.stillSentence(row, { kind: 'placed', position: 'start', measure })).toBe(
      'Das sieht nach dem Beginn einer Wiederholung aus (Arm lang): Ellbogen links 171°',
    );
    expect(still.stillSentence(row, { kind: 'moving' })).toBe(
      'Auf einem einzelnen Foto kann ich nicht erkennen, wo du im Kreis bist: Öffne stattdessen ein Video der Übung „Rudern“',
    );
    // A label that names its side already is not given it twice.
    const tilt = { label: 'Neigung nach links', value: 20, unit: 'deg', side: 'left' } as const;
    expect(still.describeMeasure(tilt)).toBe('Neigung nach links 20°');
  });

  it('gives the same cue, by the same id, with German words: coaching is by id, not by text', () => {
    const lean = mergePose(neckTiltLeft, { headTilt: 0, torsoRoll: 18 });
    const frames = renderFrames(sequence(hold(seatedTall, 1000), holdPose(seatedTall, { pose: lean, holdMs: 6000 })), {
      camera: CAMERAS.desk,
      noise: { seed: 17, dropRate: 0.02 },
    });
    const english = replay(ENGLISH.find((e) => e.id === 'neck-tilts') as ExerciseSpec, frames);
    const inGerman = replay(german.findExercise('neck-tilts') as ExerciseSpec, frames);
    expect(inGerman.cueIds).toEqual(['tilt-head-not-shoulders']);
    expect(inGerman.cueIds).toEqual(english.cueIds);
    expect(inGerman.summary.counts).toEqual(english.summary.counts);
    expect(inGerman.summary.cues.map((cue) => cue.text)).toEqual(
      english.summary.cues.map(() => 'Halte die Schultern gerade: Neig nur den Kopf'),
    );
  });
});

describe('the demonstrations in German', () => {
  it('captions every fault and names every mark in German', () => {
    const de = demos.DEMONSTRATIONS.flatMap((d) => [d.fault.caption, ...d.marks.map((m) => m.text ?? m.name)]);
    const en = englishDemos.DEMONSTRATIONS.flatMap((d) => [d.fault.caption, ...d.marks.map((m) => m.text ?? m.name)]);
    expect(de.length).toBe(en.length);
    expect(de.filter((text, i) => text === en[i])).toEqual([]);
  });
});
