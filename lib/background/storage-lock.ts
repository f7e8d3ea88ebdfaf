import { browser } from 'wxt/browser';

/** Refusing to store the key beats storing it where a web page's content script can read it. */
export class UnprotectedStorageError extends Error {
  constructor(cause: unknown) {
    super('This browser cannot keep the API key away from web pages, so the extension does not store it.', {
      cause,
    });
    this.name = 'UnprotectedStorageError';
  }
}

/**
 * Content scripts run inside LinkedIn's pages and may read `storage.local`, where the API key is,
 * unless the area is restricted to the extension's own pages and worker. Chromium keeps the level
 * across restarts; it is set again at every worker start and before a key is stored, because that is
 * cheap and does not depend on it. Firefox has no `setAccessLevel` for `storage.local`: there it fails.
 */
export async function restrictStorageToExtension(): Promise<void> {
  const local = browser.storage.local;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    throw new UnprotectedStorageError(error);
  }
}
