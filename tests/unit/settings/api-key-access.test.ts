import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearSavedData } from '@/lib/storage/saved-data.background';
import { readSettingsView, removeApiKey, saveSettings } from '@/lib/settings/settings-handlers.background';
import { getStardexClient, MissingApiKeyError } from '@/lib/settings/stardex-access.background';
import { UnprotectedStorageError } from '@/lib/settings/storage-lock';
import { apiKeyItem, settingsItem } from '@/lib/storage/items';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

// Two origins for one sandbox: the same server under another name, as a changed base URL would be.
let sandbox: Sandbox;
let otherOrigin: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  otherOrigin = `http://localhost:${sandbox.port}`;
});
afterAll(() => sandbox.close());

// The fake browser has no access levels: a spy stands in for Chromium's setAccessLevel.
let setAccessLevel: Mock<(options: { accessLevel: string }) => Promise<void>>;
beforeEach(() => {
  fakeBrowser.reset();
  sandbox.reset();
  setAccessLevel = vi.fn(async () => {});
  fakeBrowser.storage.local.setAccessLevel = setAccessLevel as never;
});

const save = (fields: { apiKey?: string; baseUrl?: string }) => saveSettings({ type: 'settings/save', ...fields });
/** The extension database's raw value, read the way any other page of the extension origin could. */
function databaseRequest<T>(run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('stardex', 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('secrets');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const transaction = opening.result.transaction('secrets', 'readwrite');
      const pending = run(transaction.objectStore('secrets'));
      transaction.oncomplete = () => (opening.result.close(), resolve(pending.result));
      transaction.onerror = () => reject(transaction.error);
    };
  });
}
const databaseValue = (name: string) => databaseRequest((store) => store.get(name)) as Promise<unknown>;
const writeDatabaseValue = (name: string, value: unknown) => databaseRequest((store) => store.put(value, name));
const rawStored = async () => (await fakeBrowser.storage.local.get('apiKey')).apiKey as unknown;

describe('the API key is locked away from content scripts', () => {
  it('restricts storage.local to trusted contexts before the key is written', async () => {
    const steps: string[] = [];
    setAccessLevel.mockImplementation(async () => void steps.push('restrict'));
    const write = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      steps.push(...Object.keys(items));
      return write(items);
    });
    await save({ apiKey: DEMO_API_KEY, baseUrl: sandbox.url });
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(steps.indexOf('restrict')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('restrict')).toBeLessThan(steps.indexOf('apiKey'));
  });

  it('stores no key, and no setting, where the browser refuses to restrict the area', async () => {
    setAccessLevel.mockRejectedValue(new Error('Access level not supported'));
    const saving = save({ apiKey: DEMO_API_KEY, baseUrl: sandbox.url });
    await expect(saving).rejects.toBeInstanceOf(UnprotectedStorageError);
    await expect(saving).rejects.toMatchObject({ failure: { kind: 'unprotected-storage' } });
    expect(await rawStored()).toBeUndefined();
    expect((await settingsItem.getValue()).baseUrl).toBe('https://api.stardex.ai');
  });

  it('the worker restricts storage at every start, before it registers a listener', async () => {
    const onMessage = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    fakeBrowser.contextMenus.onClicked.addListener = vi.fn();
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(setAccessLevel.mock.invocationCallOrder[0]).toBeLessThan(onMessage.mock.invocationCallOrder[0]!);
  });
});

describe('without setAccessLevel (Firefox) the key is kept in the extension IndexedDB', () => {
  beforeEach(() => {
    fakeBrowser.storage.local.setAccessLevel = undefined as never;
  });

  it('is stored there and never in storage.local, and works', async () => {
    const saved = await save({ apiKey: DEMO_API_KEY, baseUrl: sandbox.url });
    expect(saved.connection).toMatchObject({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('apiKey');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(DEMO_API_KEY);
    expect(await databaseValue('apiKey')).toEqual({ key: DEMO_API_KEY, origin: sandbox.url });
    expect(await readSettingsView()).toMatchObject({ hasApiKey: true, apiKeyHint: '…demo', apiKeyOrigin: sandbox.url });
    expect(sandbox.requests().map((r) => r.authorization)).toEqual(['Bearer …demo']);
  });

  it('"Remove API key" and "Clear saved data" delete it there', async () => {
    await save({ apiKey: DEMO_API_KEY, baseUrl: sandbox.url });
    await removeApiKey();
    expect(await databaseValue('apiKey')).toBeUndefined();
    await save({ apiKey: DEMO_API_KEY });
    await clearSavedData();
    expect(await databaseValue('apiKey')).toBeUndefined();
    expect((await readSettingsView()).hasApiKey).toBe(false);
  });

  it('a damaged key there is refused with the damaged-storage message, not sent', async () => {
    await save({ apiKey: DEMO_API_KEY, baseUrl: sandbox.url });
    await writeDatabaseValue('apiKey', { key: 'short', origin: sandbox.url });
    sandbox.clearLog();
    await expect(getStardexClient()).rejects.toThrow('stored "apiKey" is damaged');
    expect(sandbox.requests()).toEqual([]);
  });

  it('the worker starts without trying to restrict storage', async () => {
    const logged = vi.spyOn(console, 'error');
    fakeBrowser.contextMenus.onClicked.addListener = vi.fn();
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(logged.mock.calls.filter(([first]) => String(first).includes('restricting storage'))).toEqual([]);
  });
});

describe('the API key is tied to the origin it was typed for', () => {
  it('is stored with that origin', async () => {
    await save({ apiKey: DEMO_API_KEY, baseUrl: `${sandbox.url}/` });
    expect(await rawStored()).toEqual({ key: DEMO_API_KEY, origin: sandbox.url });
    expect(await readSettingsView()).toMatchObject({ hasApiKey: true, apiKeyHint: '…demo', apiKeyOrigin: sandbox.url });
  });

  it('is not sent to a changed origin: the check asks for the key and nothing reaches the server', async () => {
    await save({ apiKey: DEMO_API_KEY, baseUrl: sandbox.url });
    sandbox.clearLog();
    const changed = await save({ baseUrl: otherOrigin });
    expect(changed.connection).toEqual({
      ok: false,
      failure: { kind: 'missing-api-key', keyTypedFor: sandbox.url, baseUrlOrigin: otherOrigin },
      baseUrl: otherOrigin,
    });
    expect(changed.settings).toMatchObject({ hasApiKey: false, apiKeyOrigin: sandbox.url, baseUrl: otherOrigin });
    await expect(getStardexClient()).rejects.toBeInstanceOf(MissingApiKeyError);
    expect(sandbox.requests()).toEqual([]);
  });

  it('works at the new origin once typed again, and the old origin no longer gets it', async () => {
    await save({ apiKey: DEMO_API_KEY, baseUrl: sandbox.url });
    await save({ baseUrl: otherOrigin });
    sandbox.clearLog();
    const typedAgain = await save({ apiKey: DEMO_API_KEY });
    expect(typedAgain.connection).toMatchObject({ ok: true });
    expect(sandbox.requests().map((r) => r.authorization)).toEqual(['Bearer …demo']);
    expect(await rawStored()).toEqual({ key: DEMO_API_KEY, origin: otherOrigin });
    const back = await save({ baseUrl: sandbox.url });
    expect(back.connection).toMatchObject({
      ok: false,
      failure: { kind: 'missing-api-key', keyTypedFor: otherOrigin, baseUrlOrigin: sandbox.url },
    });
  });

  it('a path change on the same origin keeps the key', async () => {
    await save({ apiKey: DEMO_API_KEY, baseUrl: sandbox.url });
    await save({ baseUrl: `${sandbox.url}/proxy` });
    expect((await readSettingsView()).hasApiKey).toBe(true);
  });

  it('a key saved before origins were recorded is tied to the Stardex API, not to a custom address', async () => {
    await fakeBrowser.storage.local.set({ apiKey: DEMO_API_KEY });
    expect(await apiKeyItem.getValue()).toEqual({ key: DEMO_API_KEY, origin: 'https://api.stardex.ai' });
    await settingsItem.setValue({
      baseUrl: sandbox.url,
      onlyFillEmpty: false,
      badgeLookup: true,
      reviewOpensIn: 'popup',
    });
    await expect(getStardexClient()).rejects.toMatchObject({
      failure: { kind: 'missing-api-key', keyTypedFor: 'https://api.stardex.ai', baseUrlOrigin: sandbox.url },
    });
    expect(sandbox.requests()).toEqual([]);
  });
});
