import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { plural } from '../../i18n/format';
import { emit } from '../events';
import { EQUIPMENT, type Equipment } from '../../coach/exercise';
import { findExercise } from '../../exercises';
import { EQUIPMENT_NAMES, estimateMinutes, planRoutine, type Routine } from '../../session/routine';
import { controls } from '../styles';

/**
 * The routines to choose from, each planned for the equipment the person says they have: its
 * length, its moves, and what was swapped or left out and why. Fires `fc-start`, `fc-edit`,
 * `fc-delete` (detail: the routine) and `fc-equipment` (what they have).
 */
@customElement('fc-routine-list')
export class FcRoutineList extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 1px solid rgb(255 255 255 / 15%);
        border-radius: var(--fc-radius, 12px);
        padding: 0.75rem 1rem;
        margin: 0 0 1.5rem;
      }
      legend {
        padding: 0 0.4rem;
      }
      .equipment {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
      }
      label {
        display: inline-flex;
        gap: 0.4rem;
        align-items: center;
      }
      .routines {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
        gap: 1rem;
      }
      article {
        padding: 1rem 1.25rem;
        border-radius: var(--fc-radius, 12px);
        background: var(--fc-surface, #1d2430);
      }
      h3 {
        margin: 0 0 0.25rem;
      }
      p {
        margin: 0.25rem 0;
        line-height: 1.5;
      }
      ol {
        margin: 0.5rem 0;
        padding-left: 1.4rem;
        line-height: 1.5;
      }
      .note {
        font-size: 0.85rem;
        opacity: 0.75;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
        margin-top: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) routines: readonly Routine[] = [];
  @property({ attribute: false }) equipment: readonly Equipment[] = [];

  override render() {
    const have = new Set(this.equipment);
    return html`
      <h2>${msg('Routines')}</h2>
      <fieldset>
        <legend>${msg('What do you have? Routines swap moves that need something you don’t.')}</legend>
        <div class="equipment">
          ${EQUIPMENT.map(
            (thing) => html`
              <label>
                <input
                  type="checkbox"
                  .checked=${have.has(thing)}
                  @change=${(event: Event) => this.toggle(thing, (event.target as HTMLInputElement).checked)}
                />
                ${capitalise(EQUIPMENT_NAMES[thing])}
              </label>
            `,
          )}
        </div>
      </fieldset>
      <div class="routines">${this.routines.map((routine) => this.renderRoutine(routine, have))}</div>
    `;
  }

  private renderRoutine(routine: Routine, have: ReadonlySet<Equipment>) {
    const plan = planRoutine(routine, have, findExercise);
    return html`
      <article aria-labelledby=${`r-${routine.id}`}>
        <h3 id=${`r-${routine.id}`}>${routine.name}</h3>
        <p>${routine.description}</p>
        <p class="note">
          ${plural(estimateMinutes(plan), {
            one: msg(str`About ${estimateMinutes(plan)} minute with what you have`),
            other: msg(str`About ${estimateMinutes(plan)} minutes with what you have`),
          })}
          ·
          ${plural(plan.items.length, {
            one: msg(str`${plan.items.length} move`),
            other: msg(str`${plan.items.length} moves`),
          })}
        </p>
        <ol>
          ${plan.items.map(
            ({ exercise, item, swappedFrom }) =>
              html`<li>
                ${exercise.name} — ${describeItem(item, exercise.sided)}
                ${swappedFrom ? html`<span class="note">${msg(str`(instead of ${swappedFrom.name})`)}</span>` : nothing}
              </li>`,
          )}
        </ol>
        ${
          plan.left.length > 0
            ? html`<p class="note">
                ${msg('Left out:')}
                ${plan.left.map((l) => `${findExercise(l.exercise)?.name ?? l.exercise} (${l.reason})`).join('; ')}.
              </p>`
            : nothing
        }
        <div class="buttons">
          <button class="primary" ?disabled=${plan.items.length === 0} @click=${() => this.fire('fc-start', routine)}>
            ${msg(str`Start ${routine.name}`)}
          </button>
          <button @click=${() => this.fire('fc-edit', routine)}>
            ${routine.builtIn ? msg('Make my own copy') : msg('Edit')}
          </button>
          ${
            routine.builtIn
              ? nothing
              : html`<button @click=${() => this.fire('fc-delete', routine)}>${msg('Delete')}</button>`
          }
        </div>
      </article>
    `;
  }

  private toggle(thing: Equipment, on: boolean): void {
    const equipment = EQUIPMENT.filter((one) => (one === thing ? on : this.equipment.includes(one)));
    emit(this, 'fc-equipment', { equipment });
  }

  private fire(type: 'fc-start' | 'fc-edit' | 'fc-delete', routine: Routine): void {
    emit(this, type, { routine });
  }
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "2 × 10", "20 s hold", "40 s on the clock", per side where sided. */
export function describeItem(item: Routine['items'][number], sided: boolean): string {
  const each = sided ? msg(' each side') : '';
  if (item.durationS !== undefined) return msg(str`${item.durationS} s on the clock`);
  if (item.holdS !== undefined) {
    const sets = item.sets > 1 ? `${item.sets} × ` : '';
    return msg(str`${sets}${item.holdS} s hold${each}`);
  }
  return `${item.sets} × ${item.reps ?? 0}${each}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-routine-list': FcRoutineList;
  }
}
