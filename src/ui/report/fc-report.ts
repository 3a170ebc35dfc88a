import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatMeasure } from '../../coach/measures';
import { findExercise } from '../../exercises';
import { buildReport, doneText, type Report, type ReportExercise } from '../../session/report';
import type { SessionRecord } from '../../session/session-summary';
import { loadSessions } from '../../session/store';
import { longDate, shortDate } from '../../i18n/dates';
import { plural } from '../../i18n/format';
import { SettingsController } from '../controllers/settings-controller';
import { controls, fields, tables } from '../styles';

const DAY_MS = 86_400_000;
const isoDay = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const longDay = longDate;
const shortDay = shortDate;

/**
 * "Report for my physio": a printable page for a date range (print CSS; the browser saves it as
 * a PDF). Built from history on this device by `buildReport`; nothing is sent anywhere.
 */
@customElement('fc-report')
export class FcReport extends LitElement {
  static override styles = [
    controls,
    fields,
    tables,
    css`
      :host {
        display: block;
        line-height: 1.5;
        max-width: 56rem;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: end;
        margin-bottom: 1.5rem;
      }
      h2 {
        margin-bottom: 0.25rem;
      }
      .meta {
        opacity: 0.8;
        margin-top: 0;
      }
      section {
        margin: 1.5rem 0;
        break-inside: avoid;
      }
      article {
        border-top: 1px solid rgb(128 128 128 / 40%);
        padding: 0.75rem 0;
        break-inside: avoid;
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0 1.5rem;
      }
      article h4 {
        margin: 0;
        grid-column: 1 / -1;
      }
      article p,
      article ul {
        margin: 0.2rem 0;
      }
      ul.lines {
        padding-left: 1.1rem;
      }
      svg {
        width: 15rem;
        height: 4.5rem;
        overflow: visible;
      }
      .band {
        fill: var(--fc-accent, #40e0d0);
        opacity: 0.22;
      }
      .line {
        fill: none;
        stroke: var(--fc-accent, #40e0d0);
        stroke-width: 2;
      }
      .line.right {
        stroke: var(--fc-warn, #f5a524);
        stroke-dasharray: 5 3;
      }
      .band.right {
        fill: var(--fc-warn, #f5a524);
      }
      .legend {
        font-size: 0.8rem;
        opacity: 0.8;
        max-width: 15rem;
      }
      .problem {
        border-left: 4px solid var(--fc-warn, #f5a524);
        padding: 0.5rem 1rem;
      }
      @media print {
        :host {
          max-width: none;
          color: #000;
          font-size: 11pt;
        }
        .controls {
          display: none;
        }
        .band,
        .band.right {
          opacity: 0.25;
        }
        a {
          color: inherit;
        }
      }
    `,
  ];

  private readonly settings = new SettingsController(this);
  @state() private sessions: SessionRecord[] | null = null;
  @state() private problem = '';
  @state() private from = new Date(Date.now() - 27 * DAY_MS);
  @state() private to = new Date();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.sessions = await loadSessions();
      // Start the range at the first session if it is later than four weeks ago.
      const first = this.sessions[0];
      if (first && Date.parse(first.startedAt) > this.from.getTime()) this.from = new Date(first.startedAt);
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    const controls = html`<div class="controls">
      <label>${msg('From')} <input type="date" .value=${isoDay(this.from)} @change=${this.onFrom} /></label>
      <label>${msg('To')} <input type="date" .value=${isoDay(this.to)} @change=${this.onTo} /></label>
      <button class="primary" @click=${() => window.print()}>${msg('Print or save as PDF')}</button>
      <a href="#history">${msg('Back to history')}</a>
    </div>`;
    if (this.problem)
      return html`${controls}
        <p class="problem" role="alert">${this.problem}</p>`;
    if (!this.sessions)
      return html`${controls}
        <p role="status">${msg('Loading your history…')}</p>`;
    const report = buildReport(
      this.sessions,
      { from: this.from, to: this.to, weeklyGoal: this.settings.value.weeklyGoal },
      findExercise,
    );
    return html`
      ${controls}
      <h2>${msg(str`Exercise report: ${longDay(this.from)} – ${longDay(this.to)}`)}</h2>
      <p class="meta">
        ${msg(
          str`Made by Form Coach on ${longDay(new Date())}, from the history kept on this device. Nothing was uploaded.`,
        )}
      </p>
      ${report.sessions.length === 0 ? html`<p>${msg('No sessions in these dates.')}</p>` : this.renderBody(report)}
      <section aria-labelledby="limits">
        <h3 id="limits">${msg('What this app can and cannot measure')}</h3>
        <ul>
          ${report.limits.map((line) => html`<li>${line}</li>`)}
        </ul>
      </section>
    `;
  }

  private renderBody(report: Report) {
    return html`
      <section aria-labelledby="adherence">
        <h3 id="adherence">${msg('Sessions per week')}</h3>
        <table>
          <thead>
            <tr>
              <th>${msg('Week of')}</th>
              <th>${msg('Sessions')}</th>
              <th>${msg('Goal')}</th>
            </tr>
          </thead>
          <tbody>
            ${report.weeks.map(
              (week) =>
                html`<tr>
                  <td>${shortDay(week.start)}</td>
                  <td>${week.sessions}</td>
                  <td>${week.sessions >= week.goal ? msg(str`${week.goal} (met)`) : week.goal}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="exercises">
        <h3 id="exercises">${msg('Exercises')}</h3>
        ${report.exercises.map((exercise) => this.renderExercise(exercise))}
      </section>
      <section aria-labelledby="pain">
        <h3 id="pain">${msg('Pain before and after each session (0–10)')}</h3>
        <table>
          <thead>
            <tr>
              <th>${msg('Date')}</th>
              <th>${msg('Session')}</th>
              <th>${msg('Done')}</th>
              <th>${msg('Pain before → after')}</th>
            </tr>
          </thead>
          <tbody>
            ${report.sessions.map(
              (s) =>
                html`<tr>
                  <td>${shortDay(s.at)}</td>
                  <td>${s.routine}${s.status === 'ended-early' ? msg(' (stopped early)') : ''}</td>
                  <td>${s.done}</td>
                  <td>${s.painBefore ?? '–'} → ${s.painAfter ?? '–'}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
    `;
  }

  private renderExercise(e: ReportExercise) {
    const facts = [
      plural(e.sessions, { one: msg(str`${e.sessions} session`), other: msg(str`${e.sessions} sessions`) }),
      plural(e.sets, { one: msg(str`${e.sets} set`), other: msg(str`${e.sets} sets`) }),
      doneText(e.done, e.unit),
      ...(e.cleanShare === null ? [] : [msg(str`${Math.round(e.cleanShare * 100)} % of reps without a form cue`)]),
    ];
    return html`<article>
      <h4>${e.name}</h4>
      <div>
        <p>${facts.join(' · ')}</p>
        <p>${msg('Most frequent cue:')} ${e.topCue ? html`“${e.topCue.cue}” (${e.topCue.times}×)` : msg('none')}</p>
        ${
          e.rangeLines.length > 0
            ? html`<p>
                  ${plural(e.progress.ranges[0]?.series.length ?? 0, {
                    one: msg(str`Range of motion (${e.progress.ranges[0]?.series.length ?? 0} session):`),
                    other: msg(str`Range of motion (${e.progress.ranges[0]?.series.length ?? 0} sessions):`),
                  })}
                </p>
                <ul class="lines">
                  ${e.rangeLines.map((line) => html`<li>${line}</li>`)}
                </ul>`
            : nothing
        }
        ${e.asymmetry ? html`<p>${e.asymmetry}</p>` : nothing} ${e.hold ? html`<p>${e.hold}</p>` : nothing}
      </div>
      <div>${this.renderChart(e)}</div>
    </article>`;
  }

  /** Each session's range, per side, with its ± as a band; a trend has no band and no axis numbers. */
  private renderChart(e: ReportExercise) {
    const points = e.bands.flatMap((b) => b.points);
    if (points.length < 2) return nothing;
    const unit = e.progress.trust.unit;
    const trend = e.progress.trust.kind === 'trend';
    const lows = points.map((p) => p.value - (p.margin ?? 0));
    const highs = points.map((p) => p.value + (p.margin ?? 0));
    const min = Math.min(...lows);
    const max = Math.max(...highs);
    const t0 = Math.min(...points.map((p) => Date.parse(p.at)));
    const t1 = Math.max(...points.map((p) => Date.parse(p.at)));
    const W = 240;
    const H = 72;
    const x = (at: string) => (t1 === t0 ? W / 2 : ((Date.parse(at) - t0) / (t1 - t0)) * W);
    const y = (v: number) => (max === min ? H / 2 : H - ((v - min) / (max - min)) * H);
    const label = trend
      ? msg(str`${e.name}: range of motion by session, as a trend`)
      : msg(
          str`${e.name}: range of motion by session, ${formatMeasure(min, unit)} to ${formatMeasure(max, unit)}, with its uncertainty`,
        );
    return html`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
        ${e.bands.map((band) => {
          const cls = band.side === 'right' ? 'right' : '';
          const line = band.points.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
          const area = trend
            ? ''
            : [
                ...band.points.map((p) => `${x(p.at).toFixed(1)},${y(p.value + (p.margin ?? 0)).toFixed(1)}`),
                ...[...band.points]
                  .reverse()
                  .map((p) => `${x(p.at).toFixed(1)},${y(p.value - (p.margin ?? 0)).toFixed(1)}`),
              ].join(' ');
          return svg`${area ? svg`<polygon class="band ${cls}" points=${area}></polygon>` : nothing}
            <polyline class="line ${cls}" points=${line}></polyline>`;
        })}
      </svg>
      <div class="legend">
        ${
          trend
            ? msg('trend only (depth estimate)')
            : msg(str`${formatMeasure(min, unit)}–${formatMeasure(max, unit)}; band: ± uncertainty`)
        }${e.bands.length > 1 ? msg(' · solid: left, dashed: right') : ''}
      </div>`;
  }

  private onFrom = (event: Event): void => {
    this.from = dayOf(event) ?? this.from;
  };

  private onTo = (event: Event): void => {
    this.to = dayOf(event) ?? this.to;
  };
}

/** A date input's day as a local date (valueAsDate is midnight UTC); null while it is cleared. */
function dayOf(event: Event): Date | null {
  const value = (event.target as HTMLInputElement).valueAsDate;
  return value ? new Date(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()) : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-report': FcReport;
  }
}
