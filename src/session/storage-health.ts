/**
 * Whether what the person does here will be kept, and the one sentence that says so when it will
 * not. Pure: the page gathers the facts (src/ui/elements/fc-storage-notice.ts), this decides.
 */
import { msg, str } from '../i18n/msg';
import type { StoreProblem } from './store';

export interface StorageFacts {
  /** How the history database answered when opened: 'ok', or what went wrong. */
  readonly database: 'ok' | StoreProblem;
  /** Settings outlive the page (localStorage takes a write and gives it back). */
  readonly settingsKept: boolean;
  /** `navigator.storage.persisted()`; null where the browser has no such API or it failed. */
  readonly persisted: boolean | null;
  /** `navigator.storage.estimate().quota` in bytes; null where unknown. */
  readonly quotaBytes: number | null;
}

/**
 * Below this quota the browser gives the site a private window's budget (or a nearly full disk's),
 * never an ordinary profile's: Chromium grants a normal profile a share of the whole disk (and
 * reports at least 10 GiB: measured 10 GiB here, 2-core Xeon, Debian Chromium), Firefox 10% of
 * the disk up to 10 GiB, Safari about 60% of the disk; the private modes that cap storage cap it
 * in memory, in the tens to hundreds of megabytes.
 */
export const TEMPORARY_QUOTA_BYTES = 1024 ** 3;

/**
 * The sentence the page says once about storage, or null when all is well.
 *
 * When to warn that history may not outlive the window, honestly and without nagging:
 * - `persisted() === false` alone is no evidence: it is the normal state of an ordinary tab
 *   ("best effort": kept unless the disk runs very low), and Chromium refuses `persist()` silently
 *   to sites the person has not bookmarked or installed. Warning on it would nag everyone.
 * - `persist()` is not asked here: Firefox answers it with a permission prompt, so it is asked only
 *   when the person saves something (a routine started, a backup imported).
 * - The evidence is a small quota on storage that is not persisted: a private window in browsers
 *   that cap it (Safari, older Chromium), or a disk so full that the browser may clear the history
 *   anyway. Both call for the same advice (export a copy), and the sentence names both.
 * - Chromium's incognito now reports the same quota as a normal profile (it hides itself on
 *   purpose), so there nothing can be told, and nothing is said beyond the History page's standing
 *   advice to export now and then.
 */
export function storageNotice(facts: StorageFacts): string | null {
  const notSaved = msg('Coaching works, but sets done here are not saved until then.');
  switch (facts.database) {
    case 'unavailable':
      return facts.settingsKept
        ? msg('This browser will not let Form Coach keep a history here: coaching works, but sets are not saved.')
        : msg(
            'This browser is blocking site storage, so Form Coach works without history: coaching works, but sets are not saved and settings last only until this tab closes.',
          );
    case 'newer-version':
      return msg(
        str`A newer version of Form Coach, open in another tab, has updated your saved data: reload this page to use it. ${notSaved}`,
      );
    case 'blocked':
      return msg(
        str`Form Coach is open in another tab with an older version: close that tab, then reload this one. ${notSaved}`,
      );
    case 'full':
      return msg(str`This device is out of storage space for Form Coach: free some space, then reload. ${notSaved}`);
    case 'failed':
      return msg(
        'Your history could not be opened: reload the page to try again. Coaching works, but sets are not saved until then.',
      );
    case 'ok':
      break;
  }
  if (!facts.settingsKept) {
    return msg(
      'This browser will not keep Form Coach’s settings: changes last only until this tab closes. Your history is kept.',
    );
  }
  if (facts.persisted !== true && facts.quotaBytes !== null && facts.quotaBytes < TEMPORARY_QUOTA_BYTES) {
    return msg(
      'This browser gives Form Coach only a little storage here (a private window, or little disk space): your history may not outlive this window. Export it from the History page to keep a copy.',
    );
  }
  return null;
}
