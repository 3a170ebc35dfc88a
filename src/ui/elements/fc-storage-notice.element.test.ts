import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WAIT, button, mount, textOf } from '../../../tests/element/dom';
import { FcStorageNotice } from './fc-storage-notice';

/** The notice once it has asked the browser about storage. */
async function checkedNotice(): Promise<FcStorageNotice> {
  const element = await mount(new FcStorageNotice());
  await vi.waitFor(() => expect(element.hasAttribute('checked')).toBe(true), WAIT);
  await element.updateComplete;
  return element;
}

/** `navigator.storage` as a browser reports it. */
function storageManager(quota: number, persisted: boolean): void {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persisted: () => Promise.resolve(persisted), estimate: () => Promise.resolve({ quota, usage: 0 }) },
  });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the storage notice', () => {
  it('says nothing for an ordinary tab (storage not persisted, an ordinary quota)', async () => {
    storageManager(10 * 1024 ** 3, false);
    expect(textOf(await checkedNotice())).toBe('');
  });

  it('tells a private window that history may not outlive it, once, until dismissed', async () => {
    storageManager(100 * 1024 ** 2, false);
    const element = await checkedNotice();
    expect(textOf(element)).toMatch(/may not outlive this window/);
    button(element, 'Dismiss').click();
    await element.updateComplete;
    expect(textOf(element)).toBe('');
  });

  it('says settings last only for this tab when localStorage refuses writes', async () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(textOf(await checkedNotice())).toMatch(/changes last only until this tab closes\. Your history is kept/);
  });
});
