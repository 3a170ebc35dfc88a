import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CoachSummary } from '../../coach/coach';
import { describeWayRound } from '../../session/session-summary';
import { countOf } from '../../coach/count';
import { checkCues, rangeUnitOf, type ExerciseSpec } from '../../coach/exercise';
import { formatMeasure } from '../../coach/measures';
import { fixed } from '../fixed';
import { controls } from '../styles';

/** What a set came to: the count (clean and to improve), range of motion, the faults that came up. */
@customElement('fc-summary')
export class FcSummary extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        padding: 1.25rem 1.5rem;
        border-radius: var(--fc-radius, 12px);
        background: var(--fc-surface, #1d2430);
        line-height: 1.5;
      }
      h2 {
        margin: 0 0 0.75rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1.25rem;
        margin: 0 0 1rem;
      }
      dt {
        opacity: 0.75;
      }
      dd {
        margin: 0;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      ul {
        margin: 0.25rem 0 1rem;
      }
    `,
  ];

  @property({ attribute: false }) exercise!: ExerciseSpec;
  @property({ attribute: false }) summary!: CoachSummary;

  override render() {
    const { counts, reps, holds, frames, trackableFrames } = this.summary;
    const kind = this.exercise.counting.kind;
    const rom = reps.length > 0 ? reps.reduce((sum, rep) => sum + rep.rangeOfMotion, 0) / reps.length : null;
    const faults = this.faultCounts();
    const seen = frames > 0 ? Math.round((trackableFrames / frames) * 100) : 0;
    const longest = holds.reduce((best, hold) => Math.max(best, hold.heldMs), 0);
    return html`
      <h2>${msg(str`${this.exercise.name}: summary`)}</h2>
      <dl>
        ${
          kind === 'hold'
            ? html`<dt>${msg('Holds')}</dt>
                <dd>${counts.holds}</dd>
                <dt>${msg('Longest hold')}</dt>
                <dd>${fixed(longest / 1000, 1)} s</dd>`
            : kind === 'cycles'
              ? html`<dt>${msg('Circles')}</dt>
                  <dd>${counts.cycles}</dd>
                  ${
                    counts.cycles > 0
                      ? html`<dt>${msg('Way round')}</dt>
                          <dd>${describeWayRound(this.exercise, this.summary.cycles)}</dd>`
                      : nothing
                  }`
              : html`<dt>${msg('Reps')}</dt>
                  <dd>
                    ${this.exercise.dosage.reps ? msg(str`${counts.reps} of ${this.exercise.dosage.reps}`) : counts.reps}
                  </dd>
                  <dt>${msg('Clean')}</dt>
                  <dd>${counts.cleanReps}</dd>
                  <dt>${msg('To improve')}</dt>
                  <dd>${counts.faultyReps}</dd>
                  <dt>${msg('Partial')}</dt>
                  <dd>${counts.partialReps}</dd>
                  ${
                    rom === null
                      ? nothing
                      : html`<dt>${msg('Range of motion')}</dt>
                          <dd>${msg(str`${formatMeasure(rom, rangeUnitOf(this.exercise))} on average`)}</dd>`
                  }`
        }
        ${
          counts.left && counts.right
            ? html`<dt>${msg('Per side')}</dt>
                <dd>
                  ${msg(
                    str`Left ${countOf(this.exercise, counts, 'left')} · Right ${countOf(this.exercise, counts, 'right')}`,
                  )}
                </dd>`
            : nothing
        }
        <dt>${msg('Seen clearly')}</dt>
        <dd>${msg(str`${seen}% of the time`)}</dd>
      </dl>
      ${
        faults.length > 0
          ? html`<h3>${msg('Work on')}</h3>
              <ul>
                ${faults.map(([cue, times]) => html`<li>${cue} (${times}×)</li>`)}
              </ul>`
          : counts.reps + counts.holds + counts.cycles > 0
            ? html`<p>${msg('Clean form throughout. Well done.')}</p>`
            : nothing
      }
      <slot></slot>
    `;
  }

  /**
   * Faults by how often they came up in reps and holds, most frequent first, each said as the cue
   * it last got (a band check has one cue for each way out of it).
   */
  private faultCounts(): [string, number][] {
    const tally = new Map<string, number>();
    for (const item of [...this.summary.reps, ...this.summary.holds]) {
      for (const id of item.faults) tally.set(id, (tally.get(id) ?? 0) + 1);
    }
    const said = new Map(this.summary.cues.map((cue) => [cue.id, cue.text]));
    return [...tally.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id, times]) => {
        const check = this.exercise.checks.find((c) => c.id === id);
        return [said.get(id) ?? (check ? checkCues(check)[0] : undefined) ?? id, times];
      });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-summary': FcSummary;
  }
}
