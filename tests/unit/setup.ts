import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

// The background's IndexedDB (where Firefox keeps the API key), empty for every test like fakeBrowser's storage.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
