/**
 * Short beeps with Web Audio for a rep done and a hold complete: heard without looking, and
 * shorter than words. The audio context starts on first use (after a click, as browsers require).
 */

export type Beep = 'rep' | 'hold' | 'go';

const TONES: Record<Beep, readonly { readonly hz: number; readonly ms: number }[]> = {
  rep: [{ hz: 880, ms: 90 }],
  hold: [
    { hz: 660, ms: 110 },
    { hz: 990, ms: 160 },
  ],
  go: [{ hz: 1320, ms: 220 }],
};

export class Beeper {
  private context: AudioContext | null = null;
  muted = false;

  play(kind: Beep): void {
    if (this.muted || typeof AudioContext === 'undefined') return;
    this.context ??= new AudioContext();
    const context = this.context;
    let at = context.currentTime;
    for (const { hz, ms } of TONES[kind]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = hz;
      // A soft attack and release: no click.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.2, at + 0.01);
      gain.gain.linearRampToValueAtTime(0, at + ms / 1000);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + ms / 1000);
      at += ms / 1000 + 0.03;
    }
  }

  close(): void {
    void this.context?.close();
    this.context = null;
  }
}
