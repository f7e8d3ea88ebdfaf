import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from './i18n';

// Test files share a worker (`isolate: false`) and this file runs again before each of them. The
// modules of lib/ and tests/ start afresh for each file: a `vi.mock` applies to its own file only,
// yet a module evaluated under one file's mock would keep calling that mock in every later file
// (and one evaluated first without it would ignore it), and lib/ keeps memos per context (a stored
// item's migration runs once, at its first use). Packages loaded by Node itself stay loaded.
vi.resetModules();
// Imported after the reset, to be the registry this file's items register in.
const { registeredItems } = await import('../../lib/storage/registry');

type Method = [owner: Record<string, unknown>, name: string, method: unknown];
function methodsOf(api: object, found: Method[] = [], seen = new Set<object>()): Method[] {
  if (seen.has(api)) return found;
  seen.add(api);
  for (const [name, value] of Object.entries(api)) {
    if (typeof value === 'function') found.push([api as Record<string, unknown>, name, value]);
    else if (typeof value === 'object' && value !== null) methodsOf(value, found, seen);
  }
  return found;
}
// fakeBrowser is one object for all files of a worker, and `reset()` empties its state but keeps what a
// test put in place of its methods (`storage.local.setAccessLevel` standing in for Chromium's, or
// removed for Firefox). Each file puts them back as it found them, so the next finds them as made.
const methods = methodsOf(fakeBrowser);
afterAll(() => {
  for (const [owner, name, method] of methods) owner[name] = method;
});

// A timer the extension's code leaves running would fire in a later file and act on that file's fake
// browser with the modules of the first: the outbox's next pass after a failed save
// (lib/outbox/delivery.background.ts) would take the later file's queued saves. As when a worker
// process ends, those timers end with their file. Node's and packages' timers are left alone: their
// modules outlive the file.
const extensionCode = `${resolve(__dirname, '../../lib')}/`;
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = globalThis;
const extensionTimers = new Set<ReturnType<typeof setTimeout>>();
globalThis.setTimeout = Object.assign((run: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
  const timer = realSetTimeout(() => (extensionTimers.delete(timer), run(...args)), delay);
  // The frame below this one is the caller's.
  if (new Error().stack?.split('\n')[2]?.includes(extensionCode)) extensionTimers.add(timer);
  return timer;
}, realSetTimeout);
afterAll(() => {
  for (const timer of extensionTimers) realClearTimeout(timer);
  globalThis.setTimeout = realSetTimeout;
});

beforeEach(() => {
  // A fresh fake browser for every test: no values and no listeners (a watcher an earlier file added
  // would otherwise see this file's writes).
  fakeBrowser.reset();
  // Its storage now empty as after a fresh install, each stored item starts as then, as after "Clear saved
  // data": WXT migrates an item and records its version when the item is first used in a context.
  for (const item of registeredItems()) item.forget();
  // The background's IndexedDB (where Firefox keeps the API key), empty for every test like fakeBrowser's storage.
  globalThis.indexedDB = new IDBFactory();
  // The words (lib/ui-words/) come from locales/en.yml, as in the built extension.
  fakeBrowser.i18n.getMessage = getMessage;
});
