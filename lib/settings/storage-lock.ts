import { FailureError } from '../failure';
import { browser } from 'wxt/browser';

/** Refusing to store the key beats storing it where a web page's content script can read it. */
export class UnprotectedStorageError extends FailureError {
  constructor(cause: unknown) {
    super(
      { kind: 'unprotected-storage', detail: cause instanceof Error ? cause.message : String(cause) },
      'storage.local could not be closed to content scripts',
      { cause },
    );
    this.name = 'UnprotectedStorageError';
  }
}

/**
 * Whether `storage.local` can be closed to content scripts. Chromium can; Firefox has `setAccessLevel`
 * only for `storage.session`, so there the key is kept elsewhere (`apiKeyItem`, lib/storage/items.ts).
 */
export function canRestrictStorage(): boolean {
  return typeof browser.storage.local.setAccessLevel === 'function';
}

/**
 * Content scripts run inside LinkedIn's pages and may read `storage.local` unless the area is
 * restricted to the extension's own pages and worker. Chromium keeps the level across restarts; it is
 * set again at every worker start and before a key is stored, because that is cheap and does not
 * depend on it. A browser that has the call but refuses it gets no key stored there.
 */
export async function restrictStorageToExtension(): Promise<void> {
  try {
    await browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    throw new UnprotectedStorageError(error);
  }
}
