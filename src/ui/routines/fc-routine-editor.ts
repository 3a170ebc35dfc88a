import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unitOf } from '../../coach/count';
import { emit } from '../events';
import { EXERCISES, findExercise } from '../../exercises';
import { LONG_HOLD_S, routineProblems, type Routine, type RoutineItem } from '../../session/routine';
import { LIMITS } from '../../session/schema';
import { controls, fields } from '../styles';

type Field = 'sets' | 'reps' | 'holdS' | 'durationS' | 'restS';

/**
 * Edits a routine: add, remove and reorder exercises, change sets, reps, hold and clock times and
 * rest. Problems (a warm-up hold over 20 s, a 60 s hold without a note, a number outside the
 * limits the store and the backup import keep to…) are shown as they arise and block saving.
 * Fires `fc-save` (detail: the routine) and `fc-cancel`.
 */
@customElement('fc-routine-editor')
export class FcRoutineEditor extends LitElement {
  static override styles = [
    controls,
    fields,
    css`
      :host {
        display: block;
        max-width: 60rem;
      }
      label {
        display: inline-flex;
        flex-direction: column;
        gap: 0.2rem;
        font-size: 0.85rem;
      }
      input[type='number'] {
        width: 5rem;
      }
      .name input {
        width: min(28rem, 80vw);
        font-size: 1.1rem;
      }
      ol {
        padding-left: 1.5rem;
      }
      li {
        margin: 0.75rem 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: end;
      }
      .exercise {
        min-width: 12rem;
        font-weight: 600;
      }
      button.small {
        padding: 0.35rem 0.6rem;
      }
      .problems {
        border-left: 4px solid var(--fc-warn, #f5a524);
        padding: 0.25rem 1rem;
      }
      .buttons {
        display: flex;
        gap: 0.75rem;
        margin-top: 1rem;
        flex-wrap: wrap;
        align-items: end;
      }
    `,
  ];

  @property({ attribute: false }) routine!: Routine;
  @state() private draft: Routine | null = null;
  @state() private adding = EXERCISES[0]?.id ?? '';

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('routine')) this.draft = this.routine;
  }

  override render() {
    const draft = this.draft;
    if (!draft) return nothing;
    const problems = routineProblems(draft, findExercise);
    return html`
      <h2>${msg('Edit routine')}</h2>
      <label class="name">
        ${msg('Name')}
        <input
          .value=${draft.name}
          maxlength=${LIMITS.name}
          aria-label=${msg('Name')}
          @input=${(e: Event) => this.set({ name: (e.target as HTMLInputElement).value })}
        />
      </label>
      <ol>
        ${draft.items.map((item, index) => this.renderItem(item, index, draft.items.length))}
      </ol>
      <div class="buttons">
        <label>
          ${msg('Add an exercise')}
          <select @change=${(e: Event) => (this.adding = (e.target as HTMLSelectElement).value)}>
            ${EXERCISES.map((exercise) => html`<option value=${exercise.id} ?selected=${exercise.id === this.adding}>${exercise.name}</option>`)}
          </select>
        </label>
        <button @click=${this.add}>${msg('Add')}</button>
      </div>
      ${
        problems.length > 0
          ? html`<div class="problems" role="alert">
              <p>${msg('Fix these to save:')}</p>
              <ul>
                ${problems.map((problem) => html`<li>${problem}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <div class="buttons">
        <button class="primary" ?disabled=${problems.length > 0} @click=${this.save}>${msg('Save routine')}</button>
        <button @click=${() => emit(this, 'fc-cancel', null)}>${msg('Cancel')}</button>
      </div>
    `;
  }

  private renderItem(item: RoutineItem, index: number, count: number) {
    const exercise = findExercise(item.exercise);
    const hold = exercise?.counting.kind === 'hold';
    const timed = item.durationS !== undefined;
    const number = (label: string, field: Field, value: number | undefined) => html`
      <label>
        ${label}
        <input
          type="number"
          min=${LIMITS[field].min}
          max=${LIMITS[field].max}
          .value=${value === undefined ? '' : String(value)}
          aria-label=${`${exercise?.name ?? item.exercise}: ${label}`}
          @change=${(e: Event) => this.setItem(index, field, (e.target as HTMLInputElement).value)}
        />
      </label>
    `;
    return html`
      <li>
        <div class="row">
          <span class="exercise">${exercise?.name ?? item.exercise}${exercise?.sided ? msg(' (each side)') : ''}</span>
          ${number(msg('Sets'), 'sets', item.sets)}
          ${
            timed
              ? number(msg('Seconds on the clock'), 'durationS', item.durationS)
              : hold
                ? number(msg('Hold (s)'), 'holdS', item.holdS)
                : number(exercise && unitOf(exercise) === 'circles' ? msg('Circles') : msg('Reps'), 'reps', item.reps)
          }
          ${number(msg('Rest (s)'), 'restS', item.restS)}
          ${
            (item.holdS ?? 0) >= LONG_HOLD_S
              ? html`<label>
                  ${msg('Why hold this long?')}
                  <input
                    .value=${item.note ?? ''}
                    maxlength=${LIMITS.note}
                    aria-label=${msg(str`${exercise?.name ?? item.exercise}: why hold this long`)}
                    @input=${(e: Event) => this.updateItem(index, (it) => ({ ...it, note: (e.target as HTMLInputElement).value }))}
                  />
                </label>`
              : nothing
          }
          <label>
            <span>${msg('On the clock')}</span>
            <input
              type="checkbox"
              .checked=${timed}
              aria-label=${msg(str`${exercise?.name ?? item.exercise}: on the clock`)}
              @change=${(e: Event) => this.setTimed(index, (e.target as HTMLInputElement).checked)}
            />
          </label>
          <button
            class="small"
            ?disabled=${index === 0}
            aria-label=${msg(str`Move ${exercise?.name ?? ''} up`)}
            @click=${() => this.move(index, -1)}
          >
            ↑
          </button>
          <button
            class="small"
            ?disabled=${index === count - 1}
            aria-label=${msg(str`Move ${exercise?.name ?? ''} down`)}
            @click=${() => this.move(index, 1)}
          >
            ↓
          </button>
          <button
            class="small"
            aria-label=${msg(str`Remove ${exercise?.name ?? ''}`)}
            @click=${() => this.removeItem(index)}
          >
            ✕
          </button>
        </div>
      </li>
    `;
  }

  private set(change: Partial<Routine>): void {
    if (this.draft) this.draft = { ...this.draft, ...change };
  }

  private setItems(items: RoutineItem[]): void {
    this.set({ items });
  }

  private setItem(index: number, field: Field, raw: string): void {
    const value = raw.trim() === '' ? undefined : Number(raw);
    this.updateItem(index, (item) => withField(item, field, value));
  }

  private setTimed(index: number, timed: boolean): void {
    this.updateItem(index, (item) => withField(item, 'durationS', timed ? 40 : undefined));
  }

  private updateItem(index: number, change: (item: RoutineItem) => RoutineItem): void {
    const items = [...(this.draft?.items ?? [])];
    const item = items[index];
    if (!item) return;
    items[index] = change(item);
    this.setItems(items);
  }

  private move(index: number, by: -1 | 1): void {
    const items = [...(this.draft?.items ?? [])];
    const [item] = items.splice(index, 1);
    if (item) items.splice(index + by, 0, item);
    this.setItems(items);
  }

  private removeItem(index: number): void {
    this.setItems((this.draft?.items ?? []).filter((_, i) => i !== index));
  }

  private add = (): void => {
    const exercise = findExercise(this.adding);
    if (!exercise) return;
    const item: RoutineItem =
      exercise.counting.kind === 'hold'
        ? { exercise: exercise.id, sets: 1, holdS: exercise.dosage.holdS ?? 15 }
        : { exercise: exercise.id, sets: exercise.dosage.sets ?? 1, reps: exercise.dosage.reps ?? 10 };
    this.setItems([...(this.draft?.items ?? []), item]);
  };

  private save = (): void => {
    if (!this.draft) return;
    emit(this, 'fc-save', { routine: this.draft });
  };
}

/** The item with one numeric field set, or removed when `value` is undefined. */
function withField(item: RoutineItem, field: Field, value: number | undefined): RoutineItem {
  const entries = Object.entries(item).filter(([key]) => key !== field);
  return Object.fromEntries(value === undefined ? entries : [...entries, [field, value]]) as unknown as RoutineItem;
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-routine-editor': FcRoutineEditor;
  }
}
