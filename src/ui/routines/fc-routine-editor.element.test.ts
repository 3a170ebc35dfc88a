import { afterEach, describe, expect, it } from 'vitest';
import { button, field, fill, mount, settle, textOf } from '../../../tests/element/dom';
import type { Routine } from '../../session/routine';
import type { FcEvent } from '../events';
import { FcRoutineEditor } from './fc-routine-editor';

const ROUTINE: Routine = {
  id: 'own-1',
  name: 'My routine',
  description: 'Two moves',
  builtIn: false,
  items: [
    { exercise: 'row', sets: 2, reps: 10 },
    { exercise: 'wall-angel', sets: 1, reps: 8 },
  ],
};

async function editor(routine: Routine = ROUTINE) {
  const element = new FcRoutineEditor();
  element.routine = routine;
  const saved: Routine[] = [];
  element.addEventListener('fc-save', (event: FcEvent<'fc-save'>) => saved.push(event.detail.routine));
  await mount(element);
  return { element, saved };
}

afterEach(() => document.body.replaceChildren());

describe('the routine editor', () => {
  it('shows the routine’s exercises in order, and saves the changed numbers', async () => {
    const { element, saved } = await editor();
    expect(textOf(element)).toMatch(/Row.*Wall angel/);
    fill(field(element, 'Row: Reps'), '12');
    await settle(element);
    button(element, 'Save routine').click();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.items[0]).toMatchObject({ exercise: 'row', sets: 2, reps: 12 });
  });

  it('reorders and removes exercises', async () => {
    const { element, saved } = await editor();
    button(element, 'Move Wall angel up').click();
    await settle(element);
    expect(textOf(element)).toMatch(/Wall angel.*Row/);
    button(element, 'Remove Row').click();
    await settle(element);
    button(element, 'Save routine').click();
    expect(saved[0]?.items.map((item) => item.exercise)).toEqual(['wall-angel']);
  });

  it('says what is wrong and will not save until it is fixed', async () => {
    const { element, saved } = await editor();
    fill(field(element, 'Row: Sets'), '0');
    await settle(element);
    expect(textOf(element)).toContain('Fix these to save: 1. Row: sets must be 1 to 10.');
    expect(button(element, 'Save routine').disabled).toBe(true);
    fill(field(element, 'Row: Sets'), '3');
    await settle(element);
    expect(textOf(element)).not.toContain('Fix these to save');
    button(element, 'Save routine').click();
    expect(saved[0]?.items[0]?.sets).toBe(3);
  });

  it('adds the exercise chosen, with its usual dose', async () => {
    const { element, saved } = await editor({ ...ROUTINE, items: [] });
    expect(textOf(element)).toContain('The routine has no exercises.');
    const select = element.shadowRoot?.querySelector('select');
    if (!select) throw new Error('no exercise select');
    fill(select, 'row');
    button(element, 'Add').click();
    await settle(element);
    button(element, 'Save routine').click();
    expect(saved[0]?.items).toEqual([expect.objectContaining({ exercise: 'row' })]);
  });

  it('keeps to the limits the store and the backup import keep to, saying them as the import does', async () => {
    const { element, saved } = await editor();
    expect(field(element, 'Row: Reps').getAttribute('max')).toBe('100');
    expect(field(element, 'Name').getAttribute('maxlength')).toBe('80');
    fill(field(element, 'Row: Reps'), '101');
    fill(field(element, 'Name'), '<b>Mine</b>');
    await settle(element);
    expect(textOf(element)).toContain('The name must be plain text (no < or >).');
    expect(textOf(element)).toContain('1. Row: reps must be 1 to 100.');
    expect(button(element, 'Save routine').disabled).toBe(true);
    fill(field(element, 'Name'), '   ');
    fill(field(element, 'Row: Reps'), '100');
    await settle(element);
    expect(textOf(element)).toContain('Fix these to save: The name is empty: give it a name.');
    fill(field(element, 'Name'), 'Mine 💪');
    await settle(element);
    button(element, 'Save routine').click();
    expect(saved[0]).toMatchObject({ name: 'Mine 💪', items: [{ reps: 100 }, {}] });
  });
});
