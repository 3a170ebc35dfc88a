/**
 * The one place the person's settings are kept: localStorage, one key per setting (the keys and
 * encodings of earlier versions, so nothing saved before is lost and scripts that preset a key,
 * like the bench's model, still work). Every value is checked against the one schema when read.
 * Where storage is unavailable or throws (private modes, a full quota), the settings live in memory
 * for the page's lifetime: the app works with the defaults and with what the person changes.
 */
import { readSettings, type SettingName, type Settings } from '../../settings/schema';

/** Where a setting is kept, and how, when not as JSON (values are checked on reading, not here). */
interface Codec {
  readonly key: string;
  readonly decode?: (raw: string) => unknown;
  readonly encode?: (value: unknown) => string;
}

const CODECS: { readonly [K in SettingName]: Codec } = {
  model: { key: 'form-coach:model' },
  mirror: { key: 'form-coach:mirror' },
  adaptModel: { key: 'form-coach:adapt-model' },
  equipment: { key: 'form-coach:equipment' },
  weeklyGoal: { key: 'form-coach:weekly-goal' },
  speech: { key: 'form-coach:speech' },
  eyesFree: { key: 'form-coach:eyes-free' },
  language: { key: 'form-coach:language' },
  acknowledgedNotMedicalAdvice: {
    key: 'form-coach:not-medical-advice-acknowledged',
    decode: (raw) => raw === 'yes',
    encode: (value) => (value === true ? 'yes' : 'no'),
  },
};

/** Earlier versions kept the model as bare text and the rest as JSON. */
function decodeDefault(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

const encodeDefault = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

export type SettingsListener = (settings: Settings) => void;

/** What the store needs of `localStorage` (a test gives it a map). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Every key the app keeps in localStorage starts so: "Delete all my data" removes them all. */
const KEY_PREFIX = 'form-coach:';

export class SettingsStore {
  private settings: Settings;
  private readonly listeners = new Set<SettingsListener>();

  /** `storage` null: nothing persists (storage is unavailable). */
  constructor(private readonly storage: SettingsStorage | null) {
    this.settings = this.load();
  }

  get current(): Settings {
    return this.settings;
  }

  /** Changes some settings, saves them, and tells every reader. */
  update(patch: Partial<Settings>): void {
    this.settings = { ...this.settings, ...patch };
    for (const name of Object.keys(patch) as SettingName[]) this.save(name);
    for (const listener of this.listeners) listener(this.settings);
  }

  /**
   * Whether a change outlives the page: storage takes a write and gives it back. Blocked storage
   * (null, or a getter that throws), one that throws on writing, or a full one, does not.
   */
  get persistent(): boolean {
    const probe = `${KEY_PREFIX}probe`;
    try {
      if (!this.storage) return false;
      this.storage.setItem(probe, '1');
      const kept = this.storage.getItem(probe) === '1';
      this.storage.removeItem(probe);
      return kept;
    } catch {
      return false;
    }
  }

  /**
   * Forgets every setting ("Delete all my data"): each of the app's keys leaves storage (those of
   * earlier versions too) and the page goes back to the defaults, told to every reader.
   */
  clear(): void {
    try {
      const storage = this.storage;
      if (storage) {
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(KEY_PREFIX)) keys.push(key);
        }
        for (const key of keys) storage.removeItem(key);
      }
    } catch {
      // Storage refused: nothing of ours can be in it either.
    }
    this.settings = readSettings({});
    for (const listener of this.listeners) listener(this.settings);
  }

  /** Calls `listener` on every change; returns the call that stops it. */
  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private load(): Settings {
    const stored: Partial<Record<SettingName, unknown>> = {};
    for (const name of Object.keys(CODECS) as SettingName[]) {
      const codec = CODECS[name];
      const raw = this.read(codec.key);
      if (raw !== null) stored[name] = (codec.decode ?? decodeDefault)(raw);
    }
    return readSettings(stored);
  }

  private save(name: SettingName): void {
    try {
      const codec = CODECS[name];
      this.storage?.setItem(codec.key, (codec.encode ?? encodeDefault)(this.settings[name]));
    } catch {
      // Full or refused: the change still holds for this page.
    }
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }
}

let pageStore: SettingsStore | null = null;

/** The page's settings store (made on first use, so merely importing this touches no storage). */
export function pageSettings(): SettingsStore {
  pageStore ??= new SettingsStore(pageStorage());
  return pageStore;
}

/** localStorage, or null where even reaching it throws (a sandboxed frame, storage blocked). */
function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
