import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { plural } from '../../i18n/format';
import { countOfText, countText } from '../../i18n/counts';
import { formatMeasure } from '../../coach/measures';
import { emit, type FcEvent } from '../events';
import { findExercise } from '../../exercises';
import { summarizeSets, type SessionRecord } from '../../session/session-summary';
import { controls, tables } from '../styles';
import './fc-pain-rating';

/**
 * The end of a session: per exercise what was done against the target, range of motion and the
 * faults that came up most; the pain before, and a rating now. Fires `fc-pain-after` and `fc-done`.
 */
@customElement('fc-session-summary')
export class FcSessionSummary extends LitElement {
  static override styles = [
    controls,
    tables,
    css`
      :host {
        display: block;
        line-height: 1.5;
      }
      table {
        margin: 1rem 0;
      }
      .skipped {
        opacity: 0.6;
      }
    `,
  ];

  @property({ attribute: false }) session!: SessionRecord;
  /** Saving it failed: what to tell the person. */
  @property() storageProblem = '';

  override render() {
    const { routineName, painBefore, painAfter, status, durationMs, plan, sets } = this.session;
    const exercises = summarizeSets(plan, sets, findExercise);
    return html`
      <h2>${status === 'ended-early' ? msg(str`${routineName}: stopped early`) : msg(str`${routineName}: done`)}</h2>
      ${
        this.storageProblem
          ? html`<p role="alert">${this.storageProblem}</p>`
          : html`<p>${msg('Saved on this device, in your history.')}</p>`
      }
      <p>${msg(str`${sessionLength(durationMs)}. Pain before: ${painBefore ?? '–'} of 10.`)}</p>
      <table>
        <thead>
          <tr>
            <th>${msg('Exercise')}</th>
            <th>${msg('Done')}</th>
            <th>${msg('Range of motion')}</th>
            <th>${msg('Work on')}</th>
          </tr>
        </thead>
        <tbody>
          ${exercises.map(
            (result) =>
              html`<tr class=${result.skipped ? 'skipped' : ''}>
                <td>${result.name}</td>
                <td>
                  ${
                    result.skipped
                      ? msg('skipped')
                      : result.target
                        ? countOfText(result.unit, result.done, result.target)
                        : countText(result.unit, result.done)
                  }${
                    result.unit === 'reps' && !result.skipped && result.done > 0
                      ? msg(str` (${result.cleanReps} clean)`)
                      : ''
                  }
                </td>
                <td>${result.rangeOfMotion === null ? '–' : formatMeasure(result.rangeOfMotion, result.rangeUnit)}</td>
                <td>
                  ${
                    result.faults.length > 0
                      ? result.faults
                          .slice(0, 2)
                          .map((f) => `${f.cue} (${f.times}×)`)
                          .join('; ')
                      : '–'
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <fc-pain-rating
        label=${msg('And your pain now, 0 to 10?')}
        .value=${painAfter}
        @fc-rating=${(e: FcEvent<'fc-rating'>) => emit(this, 'fc-pain-after', { value: e.detail.value })}
      ></fc-pain-rating>
      ${
        painBefore !== null && painAfter !== null && painAfter > painBefore + 1
          ? html`<p role="alert">
              ${msg('Your pain went up. Go gently next time, and see a health professional if it does not settle.')}
            </p>`
          : nothing
      }
      <button class="primary" @click=${() => emit(this, 'fc-done', null)}>${msg('Done')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-session-summary': FcSessionSummary;
  }
}

/** "Under a minute", "1 minute", "12 minutes". */
function sessionLength(durationMs: number): string {
  const minutes = Math.round(durationMs / 60_000);
  return minutes < 1
    ? msg('Under a minute')
    : plural(minutes, { one: msg(str`${minutes} minute`), other: msg(str`${minutes} minutes`) });
}
