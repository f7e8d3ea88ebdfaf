import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from './i18n';

// The background's IndexedDB (where Firefox keeps the API key), empty for every test like fakeBrowser's storage.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

// The words (lib/ui-words/) come from locales/en.yml, as in the built extension.
beforeEach(() => {
  fakeBrowser.i18n.getMessage = getMessage;
});
