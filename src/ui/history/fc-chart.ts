import { msg } from '@lit/localize';
import { mediumDate, shortDate } from '../../i18n/dates';
import { fixed } from '../fixed';
import { atLeastAWeek, dayLabels } from './time-axis';
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import uPlot from 'uplot';
import uPlotStyles from 'uplot/dist/uPlot.min.css?inline';

export interface ChartLine {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
}

/**
 * A small time chart (uPlot: a few kilobytes, fast on any machine) with the same numbers as a
 * table for screen readers and for reading exact values.
 */
@customElement('fc-chart')
export class FcChart extends LitElement {
  static override styles = [
    unsafeCSS(uPlotStyles),
    css`
      :host {
        display: block;
      }
      .plot {
        min-height: 240px;
      }
      table {
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
        margin-top: 0.5rem;
      }
      th,
      td {
        padding: 0.2rem 0.8rem 0.2rem 0;
        text-align: left;
      }
      /* uPlot sets 14px; in rem the legend grows with the person's text size. */
      .uplot,
      .u-legend {
        color: inherit;
        font-size: 0.875rem;
      }
    `,
  ];

  /** Seconds since 1970, one per point. */
  @property({ attribute: false }) times: readonly number[] = [];
  @property({ attribute: false }) lines: readonly ChartLine[] = [];
  @property() label = '';

  @query('.plot') private readonly host!: HTMLDivElement | null;
  private plot: uPlot | null = null;
  private readonly resize = new ResizeObserver(() => this.plot?.setSize({ width: this.width(), height: 240 }));

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  override render() {
    return html`
      <div class="plot" role="img" aria-label=${this.label}></div>
      <details>
        <summary>${msg('Show as a table')}</summary>
        <table>
          <thead>
            <tr>
              <th>${msg('Date')}</th>
              ${this.lines.map((line) => html`<th>${line.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.times.map(
              (time, i) =>
                html`<tr>
                  <td>${mediumDate(time * 1000)}</td>
                  ${this.lines.map((line) => html`<td>${format(line.values[i])}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('times') && !changed.has('lines')) return;
    this.plot?.destroy();
    this.plot = null;
    if (!this.host || this.times.length === 0) return;
    // The canvas's tick labels in rem too (uPlot draws them at 12px otherwise): large text is large here.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const axis = {
      stroke: '#c9d1db',
      grid: { stroke: 'rgb(255 255 255 / 8%)' },
      font: `${0.75 * rem}px system-ui, sans-serif`,
    };
    const options: uPlot.Options = {
      width: this.width(),
      height: 240,
      series: [
        // The time axis and its legend in the page's language, not uPlot's US English.
        {
          label: msg('Date'),
          value: (_plot, seconds: number | null) => (seconds === null ? '–' : shortDate(seconds * 1000)),
        },
        ...this.lines.map((line) => ({
          label: line.label,
          stroke: line.colour,
          width: 2,
          points: { show: true, size: 6 },
        })),
      ],
      // One session, or a few within days, would stretch over uPlot's own guess of a range
      // (years of empty ticks for one point, the same date twelve times for one day): the time
      // axis spans at least a week, centred on the sessions.
      // (From the sessions' own times: for one point uPlot hands the range a 1,000-day guess.)
      scales: { x: { time: true, range: () => atLeastAWeek(Math.min(...this.times), Math.max(...this.times)) } },
      axes: [
        {
          ...axis,
          size: 3 * rem,
          values: (_plot, splits: number[]) => dayLabels(splits),
        },
        { ...axis, size: 3.5 * rem },
      ],
    };
    const data: uPlot.AlignedData = [[...this.times], ...this.lines.map((line) => [...line.values])];
    this.plot = new uPlot(options, data, this.host);
  }

  private width(): number {
    return Math.max(280, this.getBoundingClientRect().width);
  }
}

const format = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : Number.isInteger(value) ? String(value) : fixed(value, 1);

declare global {
  interface HTMLElementTagNameMap {
    'fc-chart': FcChart;
  }
}
