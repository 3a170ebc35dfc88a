/**
 * The service worker (vite.config.ts: offline and installable). Registered once the page has
 * loaded, so it never competes with the first pose. A new version is only announced (the
 * `fc-update-prompt` element listens here) and swapped in when the person says so, never mid-set.
 */
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerState {
  /** A new version is waiting: this activates it and reloads the page. */
  readonly update: (() => Promise<void>) | null;
  /** The app shell, runtime and lite model are cached: the next visit works offline. */
  readonly offlineReady: boolean;
}

let state: ServiceWorkerState = { update: null, offlineReady: false };
const listeners = new Set<(state: ServiceWorkerState) => void>();

/** Calls `listener` now and on every change; returns the unsubscribe. */
export function watchServiceWorker(listener: (state: ServiceWorkerState) => void): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

function set(patch: Partial<ServiceWorkerState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener(state);
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const activate = registerSW({
    immediate: false,
    onNeedRefresh: () => set({ update: () => activate(true) }),
    onOfflineReady: () => set({ offlineReady: true }),
    onRegisterError: (error: unknown) => {
      // Offline use is a bonus: the app works online without it.
      console.warn('Form Coach could not register its service worker; it works online only.', error);
    },
  });
}
