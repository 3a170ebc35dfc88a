import { describe, expect, it, vi } from 'vitest';
import { Speech, type Synth } from './speech';

function fakeSynth() {
  const spoken: string[] = [];
  let speaking = false;
  let onend: (() => void) | null = null;
  const synth: Synth = {
    get speaking() {
      return speaking;
    },
    speak: (utterance) => {
      spoken.push(utterance.text);
      speaking = true;
      onend = () => {
        speaking = false;
        utterance.onend?.(new Event('end') as SpeechSynthesisEvent);
      };
    },
    cancel: vi.fn(() => {
      speaking = false;
    }),
    getVoices: () => [],
  };
  return { synth, spoken, finish: () => onend?.() };
}

const utterance = (text: string) =>
  ({ text, rate: 1, voice: null, onend: null }) as unknown as SpeechSynthesisUtterance;

describe('the coach’s voice', () => {
  it('says one thing at a time: a count waits out a cue, a cue interrupts a count', () => {
    const { synth, spoken, finish } = fakeSynth();
    const speech = new Speech(synth, () => undefined, undefined, utterance);
    speech.say('Keep your neck long', 'cue');
    speech.say('3', 'count'); // dropped: a cue is being said
    expect(spoken).toEqual(['Keep your neck long']);
    finish();
    speech.say('4', 'count');
    speech.say('Lift your chest', 'cue'); // interrupts the count
    expect(synth.cancel).toHaveBeenCalledOnce();
    expect(spoken).toEqual(['Keep your neck long', '4', 'Lift your chest']);
    speech.say('Now the left side', 'announce'); // interrupts the cue
    expect(spoken.at(-1)).toBe('Now the left side');
  });

  it('captions everything, and says nothing when muted', () => {
    const { synth, spoken } = fakeSynth();
    const captions: string[] = [];
    const speech = new Speech(synth, (text) => captions.push(text), { muted: true, voice: '', rate: 1 }, utterance);
    speech.say('Rest for 45 seconds', 'announce');
    expect(captions).toEqual(['Rest for 45 seconds']);
    expect(spoken).toEqual([]);
  });

  it('still captions where the browser has no speech', () => {
    const captions: string[] = [];
    const speech = new Speech(null, (text) => captions.push(text));
    speech.say('Well done', 'announce');
    expect(speech.available).toBe(false);
    expect(captions).toEqual(['Well done']);
  });
});
