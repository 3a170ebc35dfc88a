import { describe, expect, it } from 'vitest';
import { Speech, type Synth } from './speech';
import { chooseVoice, voiceLabel, voiceOptions, voiceVendor, type VoiceLike } from './voices';

const voice = (name: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({
  voiceURI: name,
  name,
  lang,
  localService,
  default: isDefault,
});

// What Chrome on Linux offers: its online Google voices (the default among them) and espeak's.
const googleUk = voice('Google UK English Female', 'en-GB', false, true);
const googleUs = voice('Google US English', 'en-US', false);
const espeakDe = voice('eSpeak German', 'de', true);
const espeakEn = voice('eSpeak English', 'en-GB', true);
const edgeAria = voice('Microsoft Aria Online (Natural) - English (United States)', 'en-US', false);
const odd = voice('Narrator Deluxe', 'en-US', false);

describe('choosing the voice', () => {
  it('speaks with a voice on this device by default, even when the browser’s default is online', () => {
    expect(chooseVoice([googleUk, googleUs, espeakDe, espeakEn], '')).toBe(espeakEn);
  });

  it('prefers the browser’s default among local voices, and only those that speak English', () => {
    const macDefault = voice('Samantha', 'en-US', true, true);
    expect(chooseVoice([voice('Daniel', 'en-GB', true), macDefault], '')).toBe(macDefault);
    expect(chooseVoice([espeakDe, googleUk], '')).toBeNull(); // no local English voice: the browser decides
  });

  it('keeps the voice the person chose, online or not, while it is offered', () => {
    expect(chooseVoice([googleUk, espeakEn], googleUk.voiceURI)).toBe(googleUk);
    expect(chooseVoice([espeakEn], 'Google UK English Female')).toBe(espeakEn); // gone: back to automatic
  });
});

describe('labelling the voices', () => {
  it('says where an online voice sends the words, by its vendor when its name tells', () => {
    expect(voiceLabel(googleUk)).toBe('Google UK English Female (en-GB) — online: sends the spoken words to Google');
    expect(voiceVendor(edgeAria)).toBe('Microsoft');
    expect(voiceLabel(odd)).toBe('Narrator Deluxe (en-US) — online: sends the spoken words to the voice’s provider');
    expect(voiceLabel(espeakEn)).toBe('eSpeak English (en-GB)');
  });

  it('offers the automatic (local) choice first, then the language’s voices (local, then online), then the rest', () => {
    expect(voiceOptions([googleUk, espeakDe, googleUs, espeakEn])).toEqual([
      { value: '', label: 'Automatic: eSpeak English, on this device' },
      { value: 'eSpeak English', label: 'eSpeak English (en-GB)' },
      { value: 'Google UK English Female', label: voiceLabel(googleUk) },
      { value: 'Google US English', label: voiceLabel(googleUs) },
      { value: 'eSpeak German', label: 'eSpeak German (de)' },
    ]);
  });

  it('in German, picks and lists the German voices first', () => {
    const options = voiceOptions([googleUk, espeakDe, googleUs, espeakEn], 'de');
    expect(options.map((option) => option.value)).toEqual([
      '',
      'eSpeak German',
      'eSpeak English',
      'Google UK English Female',
      'Google US English',
    ]);
    expect(chooseVoice([espeakEn, espeakDe], '', 'de')).toBe(espeakDe);
  });

  it('says so when, with no local voice, the browser’s default is online', () => {
    expect(voiceOptions([googleUk, googleUs])[0]).toEqual({
      value: '',
      label: 'Browser default — online: sends the spoken words to Google',
    });
    expect(voiceOptions([])).toEqual([{ value: '', label: 'Browser default' }]);
  });
});

describe('the coach’s voice', () => {
  it('hands the local voice to what it says when no voice was chosen', () => {
    const said: SpeechSynthesisUtterance[] = [];
    const voices = [googleUk, espeakEn] as SpeechSynthesisVoice[];
    const synth: Synth = {
      speaking: false,
      speak: (u) => said.push(u),
      cancel: () => undefined,
      getVoices: () => voices,
    };
    const utterance = (text: string) => ({ text, rate: 1, voice: null }) as unknown as SpeechSynthesisUtterance;
    new Speech(synth, () => undefined, undefined, utterance).say('Keep your neck long', 'cue');
    expect(said[0]?.voice).toBe(espeakEn);
    expect(said[0]?.lang).toBe('en');
  });

  it('speaks German with a German voice when the page is German', () => {
    const said: SpeechSynthesisUtterance[] = [];
    const synth: Synth = {
      speaking: false,
      speak: (u) => said.push(u),
      cancel: () => undefined,
      getVoices: () => [espeakEn, espeakDe] as SpeechSynthesisVoice[],
    };
    const utterance = (text: string) => ({ text, rate: 1, voice: null }) as unknown as SpeechSynthesisUtterance;
    new Speech(synth, () => undefined, undefined, utterance, 'de').say('Halte den Nacken lang', 'cue');
    expect(said[0]?.voice).toBe(espeakDe);
    expect(said[0]?.lang).toBe('de');
  });
});
