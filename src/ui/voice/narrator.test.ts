import { describe, expect, it } from 'vitest';
import type { Guidance } from '../../coach/setup';
import { findExercise } from '../../exercises';
import type { PlannedItem } from '../../session/routine';
import { Narrator, restLine, spokenDose } from './narrator';
import { Speech, type SpeechPriority, type Synth } from './speech';

/** A line as the fake voice said it: when it began and ended (cut short or said to the end). */
interface Said {
  readonly text: string;
  readonly startMs: number;
  endMs: number;
}

/**
 * A speech engine on a clock the test moves: a line takes 60 ms a character, like a voice at
 * normal speed. Records each line's start and end, and whether one was started over another.
 */
function clockedSynth() {
  let nowMs = 0;
  const said: Said[] = [];
  let current: { said: Said; utterance: SpeechSynthesisUtterance } | null = null;
  let overlaps = 0;
  const synth: Synth = {
    get speaking() {
      return current !== null;
    },
    speak: (utterance) => {
      // The real engine would queue it; the app's rule is that it never asks while speaking.
      if (current) overlaps++;
      const line = { text: utterance.text, startMs: nowMs, endMs: nowMs + utterance.text.length * 60 };
      said.push(line);
      current = { said: line, utterance };
    },
    cancel: () => {
      if (current) current.said.endMs = nowMs;
      current = null;
    },
    getVoices: () => [],
  };
  /** Moves the clock, ending the line being said when its time is up. */
  const advance = (toMs: number): void => {
    nowMs = toMs;
    if (current && current.said.endMs <= nowMs) {
      const { utterance } = current;
      current = null;
      utterance.onend?.(new Event('end') as SpeechSynthesisEvent);
    }
  };
  return { synth, said, advance, overlaps: () => overlaps, now: () => nowMs };
}

const utterance = (text: string) =>
  ({ text, rate: 1, voice: null, onend: null }) as unknown as SpeechSynthesisUtterance;

function setup() {
  const engine = clockedSynth();
  const captions: string[] = [];
  const speech = new Speech(engine.synth, (text) => captions.push(text), undefined, utterance);
  const narrator = new Narrator((line) => speech.offer(line.text, line.priority));
  return { ...engine, speech, narrator, captions };
}

const STEP_BACK: Guidance = { id: 'in-frame', text: 'Step back until your hips are in view' };
const FACE: Guidance = { id: 'face-camera', text: 'Face the camera' };
const FRAME_MS = 33;

describe('eyes-free narration through the one voice', () => {
  it('says set-up guidance when it appears, and repeats it at most every 8 s however many frames show it', () => {
    const { narrator, said, advance } = setup();
    for (let t = 0; t < 20_000; t += FRAME_MS) {
      advance(t);
      narrator.guidance(STEP_BACK, t);
    }
    expect(said.map((line) => line.text)).toEqual(Array(3).fill(STEP_BACK.text));
    // Said at once, then each repeat the first frame 8 s on.
    expect(said.map((line) => line.startMs)).toEqual([0, 8019, 16038]);
  });

  it('says changed guidance at once, but a check that flickers every frame is not read out frame by frame', () => {
    const { narrator, said, advance } = setup();
    for (let t = 0; t < 12_000; t += FRAME_MS) {
      advance(t);
      narrator.guidance(Math.floor(t / FRAME_MS) % 2 === 0 ? STEP_BACK : FACE, t);
    }
    // At most one guidance line in any 3 s: 4 in 12 s, not 360.
    expect(said.length).toBeLessThanOrEqual(4);
    const gaps = said.slice(1).map((line, i) => line.startMs - (said[i]?.startMs ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(3000);
  });

  it('waits for an announcement to finish, then says the guidance: in order, never over each other', () => {
    const { narrator, speech, said, advance, overlaps, captions } = setup();
    speech.say('Next: Wall angel. Face the camera.', 'announce');
    for (let t = 0; t < 4000; t += FRAME_MS) {
      advance(t);
      narrator.guidance(FACE, t);
    }
    expect(said.map((line) => line.text)).toEqual(['Next: Wall angel. Face the camera.', 'Face the camera']);
    const [announce, guidance] = said;
    expect(guidance?.startMs).toBeGreaterThanOrEqual(announce?.endMs ?? Infinity);
    expect(overlaps()).toBe(0);
    // Offered on every frame while the voice was busy, captioned once: the captions are not flooded.
    expect(captions).toEqual(['Next: Wall angel. Face the camera.', 'Face the camera']);
  });

  it('lets the important win: stop > form cue > count > hold seconds', () => {
    const order: SpeechPriority[] = ['hold', 'count', 'cue', 'announce'];
    for (const [i, lower] of order.entries()) {
      for (const higher of order.slice(i + 1)) {
        const { speech, said, overlaps } = setup();
        speech.say(`a ${lower}`, lower);
        speech.say(`a ${higher}`, higher); // interrupts: the lower one is cut, not spoken over
        expect(said.map((line) => line.text)).toEqual([`a ${lower}`, `a ${higher}`]);
        const { speech: busy, said: busySaid } = setup();
        busy.say(`a ${higher}`, higher);
        busy.say(`a ${lower}`, lower); // dropped: never cuts in on something more important
        expect(busySaid.map((line) => line.text)).toEqual([`a ${higher}`]);
        expect(overlaps()).toBe(0);
      }
    }
  });

  it('during a set, guidance at the lowest priority never costs a count', () => {
    const { narrator, speech, said, advance, overlaps } = setup();
    advance(1000);
    narrator.guidance(STEP_BACK, 1000, 'hold');
    advance(1500);
    speech.say('1 of 3', 'count'); // cuts the guidance short rather than being dropped
    expect(said.map((line) => line.text)).toEqual([STEP_BACK.text, '1 of 3']);
    expect(said[0]?.endMs).toBe(1500);
    expect(overlaps()).toBe(0);
  });

  it('says a hold’s seconds every 5 and counts down the last 3, once each, and afresh after a broken hold', () => {
    const { narrator, said, advance } = setup();
    const hold = (fromMs: number, toMs: number, startedMs: number) => {
      for (let t = fromMs; t < toMs; t += FRAME_MS) {
        advance(t);
        narrator.hold(t - startedMs, 20);
      }
    };
    hold(0, 21_000, 0);
    expect(said.map((line) => line.text)).toEqual(['5 seconds', '10 seconds', '15 seconds', '3', '2', '1']);
    expect(said.map((line) => Math.round(line.startMs / 1000))).toEqual([5, 10, 15, 17, 18, 19]);
    said.length = 0;
    // The hold broke (the clock back to 0) and starts again: its seconds are said again.
    for (let t = 21_000; t < 22_000; t += FRAME_MS) narrator.hold(0, 20);
    hold(22_000, 28_000, 22_000);
    expect(said.map((line) => line.text)).toEqual(['5 seconds']);
  });

  it('a busy voice skips a hold second rather than saying it late', () => {
    const { narrator, speech, said, advance } = setup();
    advance(4900);
    speech.say('Keep your chin tucked in', 'cue'); // 24 characters: 1.44 s, over the 5th second
    for (let t = 4900; t < 7000; t += FRAME_MS) {
      advance(t);
      narrator.hold(t, 20);
    }
    expect(said.map((line) => line.text)).toEqual(['Keep your chin tucked in']);
  });

  it('over a whole set, set-up, counts, cues and seconds never overlap and come in the order they happened', () => {
    const { narrator, speech, said, advance, overlaps } = setup();
    // Set-up: out of frame for 3 s, then in position; counts at 5, 8 and 11 s; a cue at 9 s.
    const events = new Map<number, [string, SpeechPriority]>([
      [5000, ['1 of 3', 'count']],
      [8000, ['2 of 3', 'count']],
      [9000, ['Keep your neck long', 'cue']],
      [11_000, ['3 of 3. Good.', 'count']],
    ]);
    speech.say('Next: Superman. Get side-on to the camera.', 'announce');
    for (let t = 0; t < 14_000; t += 10) {
      advance(t);
      narrator.guidance(t < 3000 ? STEP_BACK : null, t);
      const event = events.get(t);
      if (event) speech.say(...event);
    }
    expect(overlaps()).toBe(0);
    expect(said.map((line) => line.text)).toEqual([
      'Next: Superman. Get side-on to the camera.',
      STEP_BACK.text,
      '1 of 3',
      '2 of 3',
      'Keep your neck long',
      '3 of 3. Good.',
    ]);
    // Each line starts when (or after) the one before it ended or was cut.
    for (let i = 1; i < said.length; i++)
      expect(said[i]?.startMs).toBeGreaterThanOrEqual(said[i - 1]?.endMs ?? Infinity);
  });
});

describe('the rest line', () => {
  const wallAngel = findExercise('wall-angel');
  if (!wallAngel) throw new Error('wall-angel is in the library');
  const planned = (item: PlannedItem['item']): PlannedItem => ({ exercise: wallAngel, item });

  it('says how long, and what comes next with its dose', () => {
    const next = planned({ exercise: 'wall-angel', sets: 3, reps: 10 });
    expect(restLine(30, next, 2)).toBe('Rest 30 seconds. Next: Wall angel, set 2 of 3, 10 reps.');
    expect(spokenDose({ exercise: 'wall-angel', sets: 1, reps: 1 })).toBe('1 rep');
    expect(spokenDose({ exercise: 'wall-angel', sets: 1, durationS: 40 })).toBe('40 seconds');
    expect(spokenDose({ exercise: 'wall-angel', sets: 1, holdS: 20 })).toBe('a 20 second hold');
  });
});
