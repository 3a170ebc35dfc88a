import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { UPPER_BACK_RELIEF } from './routines';
import { deleteRoutine, loadRoutines, openStore, saveRoutine } from './store';

describe('the routine store', () => {
  it('keeps a person’s routine across reopening, as their own copy, until deleted', async () => {
    const mine = { ...UPPER_BACK_RELIEF, id: 'mine', name: 'My upper back', items: UPPER_BACK_RELIEF.items.slice(0, 3) };
    const db = await openStore();
    await saveRoutine(db, mine);
    db.close();
    const again = await openStore();
    expect(await loadRoutines(again)).toEqual([{ ...mine, builtIn: false }]);
    await deleteRoutine(again, 'mine');
    expect(await loadRoutines(again)).toEqual([]);
    again.close();
  });
});
