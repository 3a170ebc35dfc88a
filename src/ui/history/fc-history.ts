import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formatMeasure, unitSymbol } from '../../coach/measures';
import { findExercise } from '../../exercises';
import { describeAsymmetry, describeHold, describeRange, exerciseProgress } from '../../session/baseline';
import { exportCsv, exportJson, parseImport, type Backup } from '../../session/export';
import { keepingNewer, olderInBackup, type OlderInBackup } from '../../session/import-merge';
import { exerciseSeries, personalBests, recentWeeks } from '../../session/progress';
import type { Routine } from '../../session/routine';
import type { SessionRecord } from '../../session/session-summary';
import { deleteEverything, importEverything, loadEverything, persistStorage } from '../../session/store';
import { WEEKLY_GOAL } from '../../settings/schema';
import { dateLocale, dateTime, mediumDate, shortDate } from '../../i18n/dates';
import { plural } from '../../i18n/format';
import { fixed } from '../fixed';
import { SettingsController } from '../controllers/settings-controller';
import { controls, fields, tables } from '../styles';
import './fc-chart';

/** Monday to Sunday, short, in the page's language (2024-01-01 was a Monday). */
const DAYS = Array.from({ length: 7 }, (_, i) =>
  new Intl.DateTimeFormat(dateLocale(), { weekday: 'short' }).format(new Date(2024, 0, 1 + i)),
);
type Metric = 'done' | 'rangeOfMotion' | 'faultsPerSet' | 'pain';

/**
 * History and progress, kept on this device: the weeks against the weekly goal, each exercise
 * over time, personal bests; and the person's data to take away (JSON, CSV), bring back (import,
 * checked first, all or nothing) or delete.
 */
@customElement('fc-history')
export class FcHistory extends LitElement {
  static override styles = [
    controls,
    fields,
    tables,
    css`
      :host {
        display: block;
        line-height: 1.5;
        max-width: 64rem;
      }
      section {
        margin: 0 0 2rem;
      }
      .privacy {
        opacity: 0.85;
      }
      .weeks {
        display: grid;
        grid-template-columns: 7rem repeat(7, 2.2rem) auto;
        gap: 0.3rem;
        align-items: center;
        font-variant-numeric: tabular-nums;
      }
      /* Rows are for assistive technology; the grid lays out their cells directly. */
      .weeks [role='row'] {
        display: contents;
      }
      .day {
        width: 2rem;
        height: 2rem;
        border-radius: 6px;
        background: rgb(255 255 255 / 6%);
        display: grid;
        place-items: center;
        font-size: 0.85rem;
      }
      .day.on {
        background: var(--fc-accent, #40e0d0);
        color: #062b28;
        font-weight: 700;
      }
      .met {
        color: var(--fc-accent, #40e0d0);
      }
      input[type='number'] {
        width: 4rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
      .problem {
        border-left: 4px solid var(--fc-warn, #f5a524);
        padding: 0.5rem 1rem;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  @state() private sessions: SessionRecord[] = [];
  @state() private routines: Routine[] = [];
  private readonly settings = new SettingsController(this);
  @state() private exercise = '';
  @state() private metric: Metric = 'done';
  @state() private message = '';
  @state() private problem = '';
  @state() private persisted: boolean | null = null;
  /** A checked backup that would replace newer sessions with older ones: waiting for the person. */
  @state() private pending: {
    readonly data: Backup;
    readonly older: readonly OlderInBackup[];
    readonly clamped: number;
  } | null = null;
  @query('input[type=file]') private readonly fileInput!: HTMLInputElement | null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // Not in every browser (or context): unknown then.
    const storage = (navigator as { storage?: StorageManager }).storage;
    void storage?.persisted().then((persisted) => (this.persisted = persisted));
  }

  override render() {
    const done = this.sessions.filter((session) => session.status !== 'in-progress');
    const weeks = recentWeeks(done, new Date());
    const thisWeek = weeks.at(-1)?.total ?? 0;
    return html`
      <h2>${msg('History')}</h2>
      <p class="privacy">
        ${msg('Everything here stays on this device, in this browser: nothing is uploaded.')}
        ${
          this.persisted === false
            ? msg('The browser may clear it if space runs very low: export it now and then to keep a copy.')
            : ''
        }
      </p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.message ? html`<p role="status">${this.message}</p>` : nothing}
      <section aria-labelledby="weeks">
        <h3 id="weeks">${msg('Weeks')}</h3>
        <p>
          <span class=${thisWeek >= this.settings.value.weeklyGoal ? 'met' : ''}
            >${plural(this.settings.value.weeklyGoal, {
              one: msg(str`This week: ${thisWeek} of ${this.settings.value.weeklyGoal} session.`),
              other: msg(str`This week: ${thisWeek} of ${this.settings.value.weeklyGoal} sessions.`),
            })}${
              // The colour says "goal met" only to those who see it; the words say it to all.
              thisWeek >= this.settings.value.weeklyGoal ? html` <strong>${msg('✓ Goal met.')}</strong>` : nothing
            }</span
          >
          <label>
            ${msg('Weekly goal')}
            <input
              type="number"
              min=${WEEKLY_GOAL.min}
              max=${WEEKLY_GOAL.max}
              .value=${String(this.settings.value.weeklyGoal)}
              @change=${this.onGoal}
            />
          </label>
        </p>
        <div class="weeks" role="table" aria-label=${msg('Sessions per day, last 8 weeks')}>
          <div role="row">
            <span role="columnheader">${msg('Week of')}</span
            >${DAYS.map((day) => html`<span role="columnheader">${day}</span>`)}<span role="columnheader"
              >${msg('Sessions')}</span
            >
          </div>
          ${weeks.map(
            (week) => html`
              <div role="row">
                <span role="rowheader">${shortDate(week.start)}</span>
                ${week.days.map(
                  (count, i) =>
                    html`<span
                      class="day ${count > 0 ? 'on' : ''}"
                      role="cell"
                      aria-label=${plural(count, {
                        one: msg(str`${DAYS[i] ?? ''}: ${count} session`),
                        other: msg(str`${DAYS[i] ?? ''}: ${count} sessions`),
                      })}
                      >${count > 0 ? count : ''}</span
                    >`,
                )}
                <span role="cell" class=${week.total >= this.settings.value.weeklyGoal ? 'met' : ''}
                  >${week.total}/${this.settings.value.weeklyGoal}${
                    week.total >= this.settings.value.weeklyGoal ? html` <span aria-hidden="true">✓</span>` : nothing
                  }</span
                >
              </div>
            `,
          )}
        </div>
      </section>
      ${
        done.length > 0
          ? this.renderProgress(done)
          : html`<p>${msg('No sessions yet: finish a routine, or a set on the Exercises page, and it shows here.')}</p>`
      }
      ${this.renderData()}
    `;
  }

  private renderProgress(done: readonly SessionRecord[]) {
    const exercises = [...new Set(done.flatMap((session) => session.sets.map((set) => set.exercise)))];
    const exercise = exercises.includes(this.exercise) ? this.exercise : (exercises[0] ?? '');
    const series = exerciseSeries(done, exercise);
    const name = findExercise(exercise)?.name ?? exercise;
    const lines =
      this.metric === 'pain'
        ? [
            { label: msg('Pain before'), values: series.painBefore, colour: '#f5a524' },
            { label: msg('Pain after'), values: series.painAfter, colour: '#40e0d0' },
          ]
        : [
            {
              label: {
                done: msg('Done'),
                rangeOfMotion: msg(str`Range of motion (${unitSymbol(series.rangeUnit)})`),
                faultsPerSet: msg('Faults per set'),
              }[this.metric],
              values: series[this.metric],
              colour: '#40e0d0',
            },
          ];
    return html`
      <section aria-labelledby="sessions">
        <h3 id="sessions">${msg('Sessions')}</h3>
        <table>
          <thead>
            <tr>
              <th>${msg('When')}</th>
              <th>${msg('Routine')}</th>
              <th>${msg('Reps and holds')}</th>
              <th>${msg('Pain before → after')}</th>
            </tr>
          </thead>
          <tbody>
            ${[...done]
              .reverse()
              .slice(0, 20)
              .map(
                (session) =>
                  html`<tr>
                    <td>${dateTime(session.startedAt)}</td>
                    <td>${session.routineName}${session.status === 'ended-early' ? msg(' (stopped early)') : ''}</td>
                    <td>${session.sets.reduce((sum, set) => sum + set.done, 0)}</td>
                    <td>${session.painBefore ?? '–'} → ${session.painAfter ?? '–'}</td>
                  </tr>`,
              )}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="progress">
        <h3 id="progress">${msg('Progress')}</h3>
        <div class="buttons">
          <label>
            ${msg('Exercise')}
            <select
              aria-label=${msg('Exercise')}
              @change=${(e: Event) => (this.exercise = (e.target as HTMLSelectElement).value)}
            >
              ${exercises.map((id) => html`<option value=${id} ?selected=${id === exercise}>${findExercise(id)?.name ?? id}</option>`)}
            </select>
          </label>
          <label>
            ${msg('Show')}
            <select
              aria-label=${msg('Show')}
              @change=${(e: Event) => (this.metric = (e.target as HTMLSelectElement).value as Metric)}
            >
              <option value="done" ?selected=${this.metric === 'done'}>${msg('Reps and holds done')}</option>
              <option value="rangeOfMotion" ?selected=${this.metric === 'rangeOfMotion'}>
                ${msg('Range of motion')}
              </option>
              <option value="faultsPerSet" ?selected=${this.metric === 'faultsPerSet'}>${msg('Faults per set')}</option>
              <option value="pain" ?selected=${this.metric === 'pain'}>${msg('Pain before and after')}</option>
            </select>
          </label>
        </div>
        <fc-chart
          .times=${series.times}
          .lines=${lines}
          label=${msg(str`${name}: ${lines.map((l) => l.label).join(', ')} by session`)}
        ></fc-chart>
        ${this.renderBaseline(done, exercise)}
      </section>
      <section aria-labelledby="bests">
        <h3 id="bests">${msg('Personal bests')}</h3>
        <table>
          <thead>
            <tr>
              <th>${msg('Exercise')}</th>
              <th>${msg('Most in a session')}</th>
              <th>${msg('Longest hold')}</th>
              <th>${msg('Best range of motion')}</th>
            </tr>
          </thead>
          <tbody>
            ${personalBests(done).map(
              (best) =>
                html`<tr>
                  <td>${findExercise(best.exercise)?.name ?? best.exercise}</td>
                  <td>${best.mostDone} (${mediumDate(best.mostDoneAt)})</td>
                  <td>${best.longestHoldMs > 0 ? `${fixed(best.longestHoldMs / 1000, 1)} s` : '–'}</td>
                  <td>
                    ${best.bestRangeOfMotion === null ? '–' : formatMeasure(best.bestRangeOfMotion, best.bestRangeUnit)}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
    `;
  }

  /** The exercise against the person's own starting point, with what the camera can tell apart. */
  private renderBaseline(done: readonly SessionRecord[], exercise: string) {
    const spec = findExercise(exercise);
    if (!spec) return nothing;
    const progress = exerciseProgress(done, spec);
    const lines = [
      ...progress.ranges.map(describeRange),
      ...(progress.hold ? [describeHold(progress.hold)] : []),
      ...[describeAsymmetry(progress)].filter((line): line is string => line !== null),
    ];
    if (lines.length === 0) return nothing;
    return html`<div class="baseline" aria-label=${msg(str`${spec.name} against your starting point`)}>
      <h4>${msg('Against your starting point')}</h4>
      <ul>
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }

  private renderData() {
    return html`
      <section aria-labelledby="data">
        <h3 id="data">${msg('Your data')}</h3>
        <p>
          <a href="#report">${msg('Report for my physio')}</a>${msg(
            ': a printable summary of a date range, to save as a PDF.',
          )}
        </p>
        <div class="buttons">
          <button @click=${this.exportJson}>${msg('Export everything (JSON)')}</button>
          <button @click=${this.exportCsv}>${msg('Export sets (CSV)')}</button>
          <button @click=${() => this.fileInput?.click()}>${msg('Import a JSON export')}</button>
          <button @click=${this.deleteAll}>${msg('Delete all my data')}</button>
        </div>
        <input
          type="file"
          accept="application/json,.json"
          aria-label=${msg('JSON export to import')}
          @change=${this.onImport}
        />
        ${this.pending ? this.renderOlder(this.pending.older) : nothing}
      </section>
    `;
  }

  /** Before an import that would put older versions over newer ones: which, and the choice. */
  private renderOlder(older: readonly OlderInBackup[]) {
    const one = older.length === 1;
    const shown = older.slice(0, 5);
    return html`
      <div class="problem" role="alertdialog" aria-labelledby="older-title" aria-describedby="older-what">
        <p id="older-title">
          <strong
            >${plural(older.length, {
              one: msg(str`This backup has older versions of ${older.length} session you have here.`),
              other: msg(str`This backup has older versions of ${older.length} sessions you have here.`),
            })}</strong
          >
        </p>
        <p id="older-what">
          ${
            one
              ? msg(
                  'Importing it as it is replaces it with the backup’s older copy, losing what was saved since. Nothing has been imported yet.',
                )
              : msg(
                  'Importing it as it is replaces them with the backup’s older copies, losing what was saved since. Nothing has been imported yet.',
                )
          }
        </p>
        <ul>
          ${shown.map(
            ({ kept, incoming }) =>
              html`<li>
                ${msg(
                  str`${kept.routineName}, started ${dateTime(kept.startedAt)}: saved here ${dateTime(kept.updatedAt)}, in the backup ${dateTime(incoming.updatedAt)}`,
                )}
              </li>`,
          )}
          ${older.length > shown.length ? html`<li>${msg(str`and ${older.length - shown.length} more`)}</li>` : nothing}
        </ul>
        <div class="buttons">
          <button class="primary" @click=${() => void this.settlePending('keep')}>
            ${one ? msg('Import, keeping my newer version') : msg('Import, keeping my newer versions')}
          </button>
          <button @click=${() => void this.settlePending('replace')}>
            ${one ? msg('Import, replacing it with the older') : msg('Import, replacing them with the older')}
          </button>
          <button @click=${() => void this.settlePending('cancel')}>${msg('Don’t import')}</button>
        </div>
      </div>
    `;
  }

  private async load(): Promise<void> {
    try {
      const everything = await loadEverything();
      this.sessions = everything.sessions;
      this.routines = everything.routines;
      this.problem = '';
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  private onGoal = (event: Event): void => {
    const goal = Math.round(Number((event.target as HTMLInputElement).value));
    if (goal >= WEEKLY_GOAL.min && goal <= WEEKLY_GOAL.max) {
      this.settings.update({ weeklyGoal: goal });
    }
  };

  private exportJson = (): void => {
    const json = exportJson(this.routines, this.sessions, this.settings.value);
    download(json, 'application/json', `form-coach-${today()}.json`);
  };

  private exportCsv = (): void => {
    download(exportCsv(this.sessions), 'text/csv', `form-coach-sets-${today()}.csv`);
  };

  private onImport = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.message = '';
    this.pending = null;
    const result = parseImport(file.size > 6_000_000 ? ' '.repeat(6_000_001) : await file.text());
    if (!result.ok) {
      this.problem = result.problem;
      return;
    }
    let older: readonly OlderInBackup[];
    try {
      older = olderInBackup((await loadEverything()).sessions, result.data.sessions);
    } catch (error) {
      this.problem = msg(
        str`Not imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
      return;
    }
    if (older.length > 0) {
      // The person decides; nothing is written until then.
      this.problem = '';
      this.pending = { data: result.data, older, clamped: result.clamped };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('[role=alertdialog] button')?.focus();
      return;
    }
    await this.importBackup(result.data, clampedNote(result.clamped));
  };

  private async settlePending(choice: 'keep' | 'replace' | 'cancel'): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    const n = pending.older.length;
    if (choice === 'cancel') this.message = msg('Nothing was imported.');
    else if (choice === 'keep') {
      const note = plural(n, {
        one: msg(str` Your newer version of ${n} session was kept.`),
        other: msg(str` Your newer versions of ${n} sessions were kept.`),
      });
      await this.importBackup(keepingNewer(pending.data, pending.older), note + clampedNote(pending.clamped));
    } else {
      const note = plural(n, {
        one: msg(str` ${n} session was replaced by the backup’s older version.`),
        other: msg(str` ${n} sessions were replaced by the backup’s older versions.`),
      });
      await this.importBackup(pending.data, note + clampedNote(pending.clamped));
    }
  }

  /** Writes a checked backup, all or nothing, and applies the settings it carries. */
  private async importBackup(data: Backup, note: string): Promise<void> {
    try {
      await importEverything(data);
      if (data.settings) this.settings.update(data.settings);
      this.problem = '';
      const { sessions, routines } = data;
      // Said once the list shows what was imported.
      await this.load();
      const sessionCount = plural(sessions.length, {
        one: msg(str`${sessions.length} session`),
        other: msg(str`${sessions.length} sessions`),
      });
      const routineCount = plural(routines.length, {
        one: msg(str`${routines.length} routine`),
        other: msg(str`${routines.length} routines`),
      });
      this.message = msg(str`Imported ${sessionCount} and ${routineCount}.${note}`);
      void persistStorage().catch(() => false);
    } catch (error) {
      this.problem = msg(
        str`Not imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
    }
  }

  private deleteAll = async (): Promise<void> => {
    if (!confirm(msg('Delete all your sessions, routines and settings from this device? This cannot be undone.')))
      return;
    try {
      await deleteEverything();
      // Settings are the person's data too (their equipment, goal, voice): gone with the rest.
      this.settings.clear();
      this.message = msg('All your data was deleted from this device, settings included.');
      await this.load();
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  };
}

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const today = (): string => new Date().toISOString().slice(0, 10);

declare global {
  interface HTMLElementTagNameMap {
    'fc-history': FcHistory;
  }
}

/** Says that durations a wall clock got wrong were corrected, when any were. */
function clampedNote(clamped: number): string {
  if (clamped === 0) return '';
  return plural(clamped, {
    one: msg(
      str` ${clamped} duration in the file that could not be right (below zero or over a day) was kept within 0 and 24 hours.`,
    ),
    other: msg(
      str` ${clamped} durations in the file that could not be right (below zero or over a day) were kept within 0 and 24 hours.`,
    ),
  });
}
