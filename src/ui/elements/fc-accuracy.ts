import { msg, str } from '@lit/localize';
import { fixed } from '../fixed';
import { LitElement, css, html, nothing } from 'lit';
import { tables } from '../styles';
import { customElement, property } from 'lit/decorators.js';
import { EXERCISES } from '../../exercises';
import type { AccuracyPublication, AccuracyReport } from '../accuracy/accuracy-report';
import { evidenceFor, evidenceSummary, hasFootage } from '../accuracy/evidence';
import { PUBLISHED } from '../accuracy/published';

/**
 * How far to trust the coach: what each exercise was checked on (real clips, real photos, or the
 * puppet only) per pose model, then each model's latest `npm run eval` on real clips with known
 * counts and photos with known positions, with the date and the command that reproduces it.
 */
@customElement('fc-accuracy')
export class FcAccuracy extends LitElement {
  static override styles = [
    tables,
    css`
      :host {
        display: block;
        line-height: 1.55;
        max-width: 60rem;
      }
      table {
        margin: 0.5rem 0 1.5rem;
      }
      code {
        background: var(--fc-surface, #1d2430);
        padding: 0.1rem 0.35rem;
        border-radius: 4px;
      }
      .line {
        display: block;
        padding: 0.6rem 0.8rem;
        overflow-x: auto;
      }
      .error {
        color: var(--fc-warn, #f5a524);
      }
      .puppet {
        opacity: 0.8;
        font-style: italic;
      }
      th[scope='row'] {
        font-weight: normal;
      }
    `,
  ];

  /** The published results; the ones built into the app unless a test gives others. */
  @property({ attribute: false }) publication: AccuracyPublication = PUBLISHED;

  override render() {
    const { reports } = this.publication;
    return html`
      <h2>${msg('How accurate is it?')}</h2>
      <p>
        ${msg(
          'Every number here comes from running the app’s own pipeline over real clips of people exercising, whose repetitions were counted by hand or come with the clip, and comparing. Nothing is typed in: run the command below to get them again. “Counted right” means within the clip’s tolerance (0 for most); a clip that could not run says why.',
        )}
      </p>
      ${reports.length === 0 ? html`<p>${msg('No results have been published yet.')}</p>` : this.renderEvidence()}
      ${reports.map((report) => this.renderReport(report))}
    `;
  }

  /** A row per exercise of the catalog, a column per model: real clips, real photos, or the puppet only. */
  private renderEvidence() {
    const { reports } = this.publication;
    return html`
      <h3>${msg('What each exercise was checked on')}</h3>
      <p>
        ${msg(
          'Every exercise is tested on a synthetic moving figure (the puppet) with known answers. Exercises with no real clip or photo have only that behind them: their counts and cues are less proven.',
        )}
      </p>
      <table class="evidence">
        <thead>
          <tr>
            <th scope="col">${msg('Exercise')}</th>
            ${reports.map((report) => html`<th scope="col">${modelName(report.model)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${EXERCISES.map(
            (exercise) =>
              html`<tr>
                <th scope="row">${exercise.name}</th>
                ${reports.map((report) => {
                  const found = evidenceFor(this.publication, exercise.id, report.model);
                  if (!found) return html`<td></td>`;
                  return html`<td class=${hasFootage(found.evidence) ? '' : 'puppet'}>
                    ${evidenceSummary(found.evidence)}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private renderReport(report: AccuracyReport) {
    const { date, command, machine, summaryLine, exercises, clips, photos } = report;
    return html`
      <h3>${modelName(report.model)}</h3>
      <p>${msg(html`Measured on ${date} with <code>${command}</code> (${machine}).`)}</p>
      <code class="line">${summaryLine}</code>
      <h4>${msg('By exercise')}</h4>
      <table>
        <thead>
          <tr>
            <th>${msg('Exercise')}</th>
            <th>${msg('Clips')}</th>
            <th>${msg('Counted right')}</th>
            <th>${msg('Within one')}</th>
            <th>${msg('Mean relative error')}</th>
            <th>${msg('Could not run')}</th>
          </tr>
        </thead>
        <tbody>
          ${exercises.map(
            (e) =>
              html`<tr>
                <td>${e.exercise}</td>
                <td>${e.clips}</td>
                <td>${e.exact}</td>
                <td>${e.obo}</td>
                <td>${fixed(e.mae, 3)}</td>
                <td>${e.errors}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h4>${msg('By clip')}</h4>
      <table>
        <thead>
          <tr>
            <th>${msg('Clip')}</th>
            <th>${msg('Exercise')}</th>
            <th>${msg('Expected')}</th>
            <th>${msg('Counted')}</th>
            <th>${msg('Verdict')}</th>
            <th>${msg('Person seen')}</th>
            <th>${msg('Cues given')}</th>
          </tr>
        </thead>
        <tbody>
          ${clips.map(
            (c) =>
              html`<tr>
                <td>${c.id}</td>
                <td>${c.exercise}</td>
                <td>${c.expected ?? '–'}</td>
                <td>${c.counted ?? '–'}</td>
                <td class=${c.error ? 'error' : ''}>${c.error ? msg(str`could not run: ${c.error}`) : c.verdict}</td>
                <td>${c.trackableShare === null ? '–' : `${Math.round(c.trackableShare * 100)}%`}</td>
                <td>${c.cues.length > 0 ? c.cues.join(', ') : nothing}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${photos.length > 0 ? this.renderPhotos(report) : nothing}
    `;
  }

  private renderPhotos({ photos }: AccuracyReport) {
    return html`
      <h4>${msg('By photo')}</h4>
      <table>
        <thead>
          <tr>
            <th>${msg('Photo')}</th>
            <th>${msg('Exercise')}</th>
            <th>${msg('Expected position')}</th>
            <th>${msg('Placed')}</th>
            <th>${msg('Verdict')}</th>
            <th>${msg('What the app says')}</th>
          </tr>
        </thead>
        <tbody>
          ${photos.map(
            (p) =>
              html`<tr>
                <td>${p.id}</td>
                <td>${p.exercise}</td>
                <td>${p.expected}</td>
                <td>${p.placed ?? msg('not sure')}</td>
                <td class=${p.error ? 'error' : ''}>
                  ${p.error ? msg(str`could not run: ${p.error}`) : p.right ? msg('right') : msg('wrong')}
                </td>
                <td>${p.sentence}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}

/** "Lite model", "Full model": the pose model a report was measured with. */
function modelName(model: string): string {
  if (model === 'lite') return msg('Lite model');
  if (model === 'full') return msg('Full model');
  if (model === 'heavy') return msg('Heavy model');
  return model;
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-accuracy': FcAccuracy;
  }
}
