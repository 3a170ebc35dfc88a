/**
 * Which voice speaks, and what the picker says about each. A voice with `localService === false`
 * is synthesised by its vendor's servers: the browser sends every spoken line (counts, cues, the
 * routine's names) there. Form Coach promises nothing leaves the device, so it picks a voice on
 * this device unless the person chooses an online one, and the picker says which ones are online
 * and where the words go, so that choice is made knowingly.
 */

import { msg, str } from '@lit/localize';
import { activeLocale } from '../../i18n/active';

/** The part of `SpeechSynthesisVoice` read here (plain objects in tests). */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'voiceURI' | 'name' | 'lang' | 'localService' | 'default'>;

/** Form Coach speaks the page's language: its voices are matched on that language's primary subtag. */
export const speechLang = (): string => activeLocale();

const speaks = (voice: VoiceLike, lang: string): boolean => voice.lang.toLowerCase().startsWith(lang.toLowerCase());

/**
 * The voice to speak with: the one the person chose (`chosen` is its `voiceURI`) while it is
 * offered; otherwise, automatically, a voice on this device that speaks `lang`, the browser's
 * default among them first. Null leaves the choice to the browser (no local voice for `lang`:
 * better an online voice the picker labels than silence).
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], chosen: string, lang = speechLang()): V | null {
  const picked = chosen === '' ? undefined : voices.find((voice) => voice.voiceURI === chosen);
  if (picked) return picked;
  const local = voices.filter((voice) => voice.localService && speaks(voice, lang));
  return local.find((voice) => voice.default) ?? local[0] ?? null;
}

/** Known vendors of online voices, by a word in the voice's name (Chrome: "Google …", Edge: "Microsoft … Online"). */
const VENDORS: readonly (readonly [RegExp, string])[] = [
  [/\bgoogle\b/i, 'Google'],
  [/\bmicrosoft\b/i, 'Microsoft'],
  [/\b(apple|siri)\b/i, 'Apple'],
  [/\b(amazon|polly)\b/i, 'Amazon'],
];

/** Where an online voice sends the words: its vendor when its name says, else "the voice's provider". */
export function voiceVendor(voice: VoiceLike): string {
  return VENDORS.find(([pattern]) => pattern.test(voice.name))?.[1] ?? msg('the voice’s provider');
}

/** What the picker shows for a voice: its name and language, and for an online one where the words go. */
export function voiceLabel(voice: VoiceLike): string {
  const name = `${voice.name} (${voice.lang})`;
  return voice.localService ? name : msg(str`${name} — online: sends the spoken words to ${voiceVendor(voice)}`);
}

export interface VoiceOption {
  /** The `voiceURI` to store, or '' for the automatic choice. */
  readonly value: string;
  readonly label: string;
}

/**
 * The picker's options: first the automatic choice (naming the voice it comes to), then the voices
 * that speak the page's language, then the others; within each, the voices on this device before
 * the online ones, in the browser's order.
 */
export function voiceOptions(voices: readonly VoiceLike[], lang = speechLang()): VoiceOption[] {
  const automatic = chooseVoice(voices, '', lang);
  const browserDefault = voices.find((voice) => voice.default);
  const first: VoiceOption = automatic
    ? { value: '', label: msg(str`Automatic: ${automatic.name}, on this device`) }
    : browserDefault && !browserDefault.localService
      ? {
          value: '',
          label: msg(str`Browser default — online: sends the spoken words to ${voiceVendor(browserDefault)}`),
        }
      : { value: '', label: msg('Browser default') };
  const group = (inLang: boolean, local: boolean) =>
    voices.filter((voice) => speaks(voice, lang) === inLang && voice.localService === local);
  const ordered = [...group(true, true), ...group(true, false), ...group(false, true), ...group(false, false)];
  return [first, ...ordered.map((voice) => ({ value: voice.voiceURI, label: voiceLabel(voice) }))];
}
