import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Settings } from '../../settings/schema';
import { pageSettings, type SettingsStore } from '../settings/settings-store';

/**
 * How an element reads and changes the person's settings: the page's one store, and a re-render
 * whenever any element (or an import) changes them.
 */
export class SettingsController implements ReactiveController {
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: SettingsStore = pageSettings(),
  ) {
    host.addController(this);
  }

  get value(): Settings {
    return this.store.current;
  }

  update(patch: Partial<Settings>): void {
    this.store.update(patch);
  }

  /** Forgets every setting: the defaults again, here and in storage. */
  clear(): void {
    this.store.clear();
  }

  hostConnected(): void {
    this.unsubscribe ??= this.store.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
