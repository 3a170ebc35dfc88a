/**
 * The coach's voice (Web Speech API): counts, cues and announcements, never two at once. A more
 * important line interrupts a less important one; a less important one waits its turn by being
 * dropped (a count said late is noise). Everything said is also shown as a caption, muted or not.
 */
import { chooseVoice, speechLang } from './voices';

/**
 * Lowest first: a hold's seconds, the count, a form cue or set-up guidance, and announcements (the
 * session's steps, pause, stop, safety), which always win.
 */
export type SpeechPriority = 'hold' | 'count' | 'cue' | 'announce';
const RANK: Record<SpeechPriority, number> = { hold: 0, count: 1, cue: 2, announce: 3 };

export interface SpeechSettings {
  readonly muted: boolean;
  /** A voice's `voiceURI`, or '' for the automatic choice: a voice on this device (voices.ts). */
  readonly voice: string;
  /** 0.5 (slow) to 1.5 (fast). */
  readonly rate: number;
}

export const DEFAULT_SPEECH: SpeechSettings = { muted: false, voice: '', rate: 1 };

/** The part of `speechSynthesis` used here (a fake in tests). */
export type Synth = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices' | 'speaking'>;

export class Speech {
  private current: SpeechPriority | null = null;

  constructor(
    private readonly synth: Synth | null,
    private readonly onCaption: (text: string) => void,
    public settings: SpeechSettings = DEFAULT_SPEECH,
    private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance = (text) =>
      new SpeechSynthesisUtterance(text),
    /** The language spoken: the page's (what is said is in it). */
    private readonly lang: string = speechLang(),
  ) {}

  get available(): boolean {
    return this.synth !== null;
  }

  voices(): SpeechSynthesisVoice[] {
    return this.synth?.getVoices() ?? [];
  }

  /** Says `text` if the voice is free or busy with something less important; captions it either way. */
  say(text: string, priority: SpeechPriority): void {
    this.onCaption(text);
    if (this.free(priority)) this.speak(text, priority);
  }

  /**
   * Says and captions `text` only if the voice takes it now (free, or busy with something less
   * important); false otherwise, so the caller can offer it again later without a caption each time.
   * Muted, it is captioned and counts as said.
   */
  offer(text: string, priority: SpeechPriority): boolean {
    if (!this.free(priority)) return false;
    this.onCaption(text);
    this.speak(text, priority);
    return true;
  }

  private free(priority: SpeechPriority): boolean {
    if (this.settings.muted || !this.synth) return true;
    const busy = this.synth.speaking && this.current !== null;
    return !(busy && this.current !== null && RANK[priority] <= RANK[this.current]);
  }

  private speak(text: string, priority: SpeechPriority): void {
    if (this.settings.muted || !this.synth) return;
    if (this.synth.speaking && this.current !== null) this.synth.cancel();
    const utterance = this.makeUtterance(text);
    utterance.rate = this.settings.rate;
    // The page's language: with no matching voice the browser still reads the words as that language.
    utterance.lang = this.lang;
    // A voice on this device unless the person chose an online one (voices.ts says why).
    const voice = chooseVoice(this.voices(), this.settings.voice, this.lang);
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      if (this.current === priority) this.current = null;
    };
    this.current = priority;
    this.synth.speak(utterance);
  }

  /** Silences whatever is being said (muting, pausing, leaving). */
  hush(): void {
    this.current = null;
    this.synth?.cancel();
  }
}
