/**
 * The person's settings: one schema, the types inferred from it. Pure (no DOM, no storage), so the
 * backup (src/session/export.ts) checks imported settings with the very rules the store reads with.
 */
import * as v from 'valibot';
import { EQUIPMENT } from '../coach/exercise';
import { MODEL_VARIANTS } from '../detection/detector-api';
import { LANGUAGE_CHOICES } from '../i18n/languages';

/** How fast the coach speaks: the range the voice settings' slider offers. */
export const SPEECH_RATE = { min: 0.5, max: 1.5 } as const;
export const WEEKLY_GOAL = { min: 1, max: 14 } as const;

const SpeechSchema = v.strictObject({
  muted: v.boolean(),
  /** A voice's `voiceURI`, or '' for the browser's default. */
  voice: v.pipe(v.string(), v.maxLength(300)),
  rate: v.pipe(v.number(), v.minValue(SPEECH_RATE.min), v.maxValue(SPEECH_RATE.max)),
});

/** Every setting and what a valid value is. */
const FIELDS = {
  /** The pose model asked for (and switched to by "lighter when slow"). */
  model: v.picklist(MODEL_VARIANTS),
  /** The camera picture shown as in a mirror (drawing only: landmarks keep their sides). */
  mirror: v.boolean(),
  /** "Lighter when slow": a lighter model, then a smaller picture, when live analysis falls behind. */
  adaptModel: v.boolean(),
  /** What the person has: routines plan only exercises it allows. */
  equipment: v.pipe(v.array(v.picklist(EQUIPMENT)), v.maxLength(EQUIPMENT.length)),
  weeklyGoal: v.pipe(v.number(), v.integer(), v.minValue(WEEKLY_GOAL.min), v.maxValue(WEEKLY_GOAL.max)),
  speech: SpeechSchema,
  /** Eyes-free mode: during a session, the voice also says what only the screen said (set-up, hold seconds, rest). */
  eyesFree: v.boolean(),
  /** The app's language: 'auto' follows the browser's languages. */
  language: v.picklist(LANGUAGE_CHOICES),
  /** The not-medical-advice statement was read once: it is not shown before every session. */
  acknowledgedNotMedicalAdvice: v.boolean(),
};

export const SettingsSchema = v.strictObject(FIELDS);
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingName = keyof Settings;

/** Every setting at its default: what a new person (or a damaged value) gets. */
export const DEFAULT_SETTINGS: Settings = {
  model: 'lite',
  mirror: true,
  adaptModel: true,
  equipment: ['chair', 'wall', 'floor'],
  weeklyGoal: 3,
  speech: { muted: false, voice: '', rate: 1 },
  eyesFree: false,
  language: 'auto',
  acknowledgedNotMedicalAdvice: false,
};

/**
 * Settings as a backup carries them: any subset (a version 1 export held only the weekly goal and
 * the equipment); importing applies what the file has and keeps the rest.
 */
export const SettingsBackupSchema = v.partial(SettingsSchema);
export type SettingsBackup = v.InferOutput<typeof SettingsBackupSchema>;

/**
 * Reads stored settings field by field: whatever is missing or damaged takes its default, and the
 * rest is kept (one bad value never resets everything).
 */
export function readSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const read = <K extends SettingName>(name: K): Settings[K] => {
    const result = v.safeParse(FIELDS[name], record[name]);
    return result.success ? (result.output as Settings[K]) : DEFAULT_SETTINGS[name];
  };
  return {
    model: read('model'),
    mirror: read('mirror'),
    adaptModel: read('adaptModel'),
    equipment: read('equipment'),
    weeklyGoal: read('weeklyGoal'),
    speech: read('speech'),
    eyesFree: read('eyesFree'),
    language: read('language'),
    acknowledgedNotMedicalAdvice: read('acknowledgedNotMedicalAdvice'),
  };
}
