import { describe, expect, it } from 'vitest';
import { exportJson, parseImport } from '../../session/export';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { SettingsStore } from './settings-store';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

const refuse = (): never => {
  throw new DOMException('blocked', 'SecurityError');
};
const throwing = {
  getItem: refuse,
  setItem: (): void => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: refuse,
  key: refuse,
  get length(): number {
    return refuse();
  },
};

describe('the settings store', () => {
  it('reads what earlier versions saved, under their keys and encodings', () => {
    const store = new SettingsStore(
      memoryStorage({
        'form-coach:model': 'heavy',
        'form-coach:mirror': 'false',
        'form-coach:adapt-model': 'false',
        'form-coach:equipment': '["band","floor"]',
        'form-coach:weekly-goal': '5',
        'form-coach:speech': '{"muted":true,"voice":"","rate":1.2}',
        'form-coach:not-medical-advice-acknowledged': 'yes',
      }),
    );
    expect(store.current).toEqual({
      model: 'heavy',
      mirror: false,
      adaptModel: false,
      equipment: ['band', 'floor'],
      weeklyGoal: 5,
      speech: { muted: true, voice: '', rate: 1.2 },
      eyesFree: false,
      // Earlier versions had no language setting: the browser's is followed.
      language: 'auto',
      acknowledgedNotMedicalAdvice: true,
    });
  });

  it('replaces a damaged value by its default and keeps the others', () => {
    const store = new SettingsStore(
      memoryStorage({ 'form-coach:model': 'enormous', 'form-coach:weekly-goal': '40', 'form-coach:mirror': 'false' }),
    );
    expect(store.current.model).toBe('lite');
    expect(store.current.weeklyGoal).toBe(3);
    expect(store.current.mirror).toBe(false);
  });

  it('saves a change, and a new page reads it back', () => {
    const storage = memoryStorage();
    new SettingsStore(storage).update({ model: 'full', acknowledgedNotMedicalAdvice: true, equipment: ['wall'] });
    expect(new SettingsStore(storage).current).toMatchObject({
      model: 'full',
      acknowledgedNotMedicalAdvice: true,
      equipment: ['wall'],
    });
  });

  it('tells every reader about a change', () => {
    const store = new SettingsStore(memoryStorage());
    const heard: number[] = [];
    const stop = store.subscribe((settings) => heard.push(settings.weeklyGoal));
    store.update({ weeklyGoal: 4 });
    stop();
    store.update({ weeklyGoal: 6 });
    expect(heard).toEqual([4]);
  });

  it('works with the defaults, and keeps changes for the page, when storage throws', () => {
    const store = new SettingsStore(throwing);
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    store.update({ mirror: false });
    expect(store.current.mirror).toBe(false);
  });

  it('says whether changes outlive the page', () => {
    expect(new SettingsStore(memoryStorage()).persistent).toBe(true);
    expect(new SettingsStore(throwing).persistent).toBe(false);
    expect(new SettingsStore(null).persistent).toBe(false);
  });

  it('forgets every setting of the app when cleared, leaves other keys, and tells every reader', () => {
    const storage = memoryStorage({ 'form-coach:legacy-thing': 'x', 'another-app': 'kept' });
    const store = new SettingsStore(storage);
    store.update({ weeklyGoal: 7, mirror: false, acknowledgedNotMedicalAdvice: true });
    const heard: number[] = [];
    store.subscribe((settings) => heard.push(settings.weeklyGoal));
    store.clear();
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(heard).toEqual([DEFAULT_SETTINGS.weeklyGoal]);
    expect([...storage.items.keys()]).toEqual(['another-app']);
    expect(new SettingsStore(storage).current).toEqual(DEFAULT_SETTINGS);
    expect(() => new SettingsStore(throwing).clear()).not.toThrow();
  });

  it('goes out whole with the backup and comes back whole', () => {
    const store = new SettingsStore(memoryStorage());
    store.update({ model: 'full', mirror: false, speech: { muted: true, voice: 'x', rate: 0.8 } });
    const result = parseImport(exportJson([], [], store.current));
    expect(result.ok && result.data.settings).toEqual(store.current);
  });

  it('refuses a backup whose settings are not valid', () => {
    const file = JSON.parse(exportJson([], [], DEFAULT_SETTINGS)) as { settings: Record<string, unknown> };
    file.settings.model = 'enormous';
    expect(parseImport(JSON.stringify(file)).ok).toBe(false);
  });
});
