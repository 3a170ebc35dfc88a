import { msg, str } from '@lit/localize';
import { fixed } from '../fixed';
import { LitElement, css, html, nothing } from 'lit';
import { tables } from '../styles';
import { customElement } from 'lit/decorators.js';
import type { AccuracyReport } from '../accuracy/accuracy-report';
import report from '../accuracy/accuracy.json';

const REPORT = report as AccuracyReport;

/**
 * How far to trust the coach: the latest `npm run eval` on real clips with known counts, per
 * exercise and per clip, with the date and the command that reproduces it.
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
    `,
  ];

  override render() {
    const { date, command, machine, summaryLine, exercises, clips } = REPORT;
    return html`
      <h2>${msg('How accurate is it?')}</h2>
      <p>
        ${msg(
          'Every number here comes from running the app’s own pipeline over real clips of people exercising, whose repetitions were counted by hand or come with the clip, and comparing. Nothing is typed in: run the command below to get them again. “Counted right” means within the clip’s tolerance (0 for most); a clip that could not run says why.',
        )}
      </p>
      <p>${msg(html`Measured on ${date} with <code>${command}</code> (${machine}).`)}</p>
      <code class="line">${summaryLine}</code>
      <h3>${msg('By exercise')}</h3>
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
      <h3>${msg('By clip')}</h3>
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
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-accuracy': FcAccuracy;
  }
}
