import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CoachUpdate } from '../../coach/coach';
import { countOf } from '../../coach/count';
import type { ExerciseSpec } from '../../coach/exercise';
import { fixed } from '../fixed';
import { LiveTextController } from '../live-text';
import { nextSide } from '../next-side';

/**
 * The coaching layer over the video: the count against the target, the phase, the hold clock,
 * and one message at a time — what to fix in the set-up, or the form cue — read out by screen
 * readers as it changes.
 */
@customElement('fc-hud')
export class FcHud extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      inset: 0;
      pointer-events: none;
      font-variant-numeric: tabular-nums;
    }
    .count {
      position: absolute;
      top: 0.75rem;
      left: 0.75rem;
      padding: 0.5rem 0.9rem;
      border-radius: 10px;
      background: rgb(0 0 0 / 60%);
      min-width: 6rem;
    }
    .big {
      font-size: 2.4rem;
      font-weight: 700;
      line-height: 1.1;
    }
    .target {
      font-size: 1.1rem;
      opacity: 0.75;
      font-weight: 500;
    }
    .small {
      font-size: 0.85rem;
      opacity: 0.85;
    }
    .phase {
      display: inline-block;
      margin-top: 0.25rem;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: rgb(64 224 208 / 25%);
      font-size: 0.85rem;
    }
    .side {
      margin-top: 0.35rem;
      font-weight: 600;
      color: var(--fc-accent, #40e0d0);
    }
    .message {
      position: absolute;
      left: 50%;
      bottom: 1rem;
      transform: translateX(-50%);
      max-width: 90%;
      padding: 0.6rem 1.1rem;
      border-radius: 10px;
      font-size: 1.25rem;
      font-weight: 600;
      text-align: center;
      background: rgb(0 0 0 / 70%);
    }
    .message.cue {
      border: 2px solid var(--fc-accent, #40e0d0);
    }
    .message.guidance {
      border: 2px solid var(--fc-warn, #f5a524);
    }
    .message:empty {
      display: none;
    }
  `;

  @property({ attribute: false }) exercise!: ExerciseSpec;
  @property({ attribute: false }) coaching: CoachUpdate | null = null;
  /**
   * In a routine: what this set aims for (a count, or time on the clock, with the hold seconds)
   * and the side being worked. Otherwise the exercise's own dosage, and the side to do next.
   */
  @property({ attribute: false }) target: { readonly count: number; readonly holdS?: number } | null = null;
  @property() side: 'left' | 'right' | null = null;

  /** The message is a live region: it changes at most once a second, not with every frame. */
  private readonly live = new LiveTextController<{ readonly text: string; readonly kind: 'guidance' | 'cue' }>(
    this,
    { text: '', kind: 'cue' },
    (a, b) => a.text === b.text && a.kind === b.kind,
  );

  override render() {
    const coaching = this.coaching;
    const { text: message, kind } = this.live.text({
      text: coaching?.guidance?.text ?? coaching?.cue?.text ?? '',
      kind: coaching?.guidance ? 'guidance' : 'cue',
    });
    return html`
      <div class="count" data-testid="count">${this.renderCount()}</div>
      <div class="message ${kind}" role="status" aria-live="polite" aria-label=${msg('Coach')}>${message}</div>
    `;
  }

  private renderCount() {
    return html`${this.renderTally()}${this.renderSide()}`;
  }

  /** Which side to work now, for exercises done on each side. */
  private renderSide() {
    if (!this.exercise.sided) return nothing;
    const side = this.side ?? nextSide(this.exercise, this.coaching?.counts);
    return html`<div class="side" aria-live="polite">
      ${side ? (side === 'left' ? msg('Now: left side') : msg('Now: right side')) : msg('Both sides done')}
    </div>`;
  }

  private renderTally() {
    const { counting, dosage, phaseLabels } = this.exercise;
    const counts = this.coaching?.counts;
    if (counting.kind === 'hold') {
      const seconds = (this.coaching?.holdMs ?? 0) / 1000;
      return html`
        <div class="big">
          ${fixed(seconds, 1)}<span class="target">
            / ${this.target?.holdS ?? dosage.holdS ?? counting.minHoldS} s</span
          >
        </div>
        <div class="small">${msg(str`Holds: ${this.sides('holds') ?? counts?.holds ?? 0}`)}</div>
      `;
    }
    const done = counts ? countOf(this.exercise, counts, null) : 0;
    const target = this.target ? this.target.count : dosage.reps;
    const phase = this.coaching?.phase;
    const label =
      phase === 'start'
        ? phaseLabels?.start
        : phase === 'peak'
          ? phaseLabels?.peak
          : phase === 'out' || phase === 'back'
            ? msg('moving')
            : phase === 'waiting'
              ? msg('get into position')
              : undefined;
    return html`
      <div class="big">
        <span aria-label=${msg('Count')}>${done}</span
        >${target ? html`<span class="target"> / ${target}</span>` : nothing}
      </div>
      ${this.sides('reps') ? html`<div class="small">${this.sides('reps')}</div>` : nothing}
      ${
        counts && counts.faultyReps + counts.partialReps > 0
          ? html`<div class="small">
              ${msg(str`${counts.cleanReps} clean · ${counts.faultyReps} to improve`)}${
                counts.partialReps ? msg(str` · ${counts.partialReps} partial`) : ''
              }
            </div>`
          : nothing
      }
      ${label ? html`<div class="phase">${label}</div>` : nothing}
    `;
  }

  private sides(what: 'reps' | 'holds'): string | null {
    const counts = this.coaching?.counts;
    if (!counts?.left || !counts.right) return null;
    return msg(str`Left ${counts.left[what]} · Right ${counts.right[what]}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-hud': FcHud;
  }
}
