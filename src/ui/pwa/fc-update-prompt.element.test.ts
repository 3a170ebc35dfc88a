import { describe, expect, it, vi } from 'vitest';
import { button, mount, settle, textOf } from '../../../tests/element/dom';

/** The service worker as the page sees it: the test decides when a new version is waiting. */
const sw = vi.hoisted(() => ({
  options: null as null | { onNeedRefresh?: () => void; onOfflineReady?: () => void },
  activated: [] as boolean[],
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh?: () => void; onOfflineReady?: () => void }) => {
    sw.options = options;
    return (reload?: boolean) => {
      sw.activated.push(reload ?? false);
      return Promise.resolve();
    };
  },
}));

const { registerServiceWorker } = await import('./register');
const { FcUpdatePrompt } = await import('./fc-update-prompt');

describe('fc-update-prompt', () => {
  it('says nothing until a new version waits, holds it while a set runs, and reloads only when asked', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    registerServiceWorker();
    const prompt = await mount(new FcUpdatePrompt());
    expect(textOf(prompt)).toBe('');

    prompt.busy = true;
    sw.options?.onNeedRefresh?.();
    await settle(prompt);
    expect(textOf(prompt), 'never during a set').toBe('');
    expect(sw.activated).toEqual([]);

    prompt.busy = false;
    await settle(prompt);
    expect(textOf(prompt)).toContain('A new version of Form Coach is ready.');
    expect(sw.activated, 'no swap until the person says so').toEqual([]);
    button(prompt, 'Reload to update').click();
    expect(sw.activated).toEqual([true]);
  });
});
