import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { clearSavedData } from '@/lib/storage/saved-data.background';
import { EMPTY_DRAFT } from '@/lib/drafts/drafts';
import { enqueueSave, type OutboxEntry } from '@/lib/outbox/outbox';
import { defineDatabaseItem } from '@/lib/storage/extension-database';
import { apiKeyItem, draftsItem, outboxDefinition, outboxItem, settingsItem, storedItems } from '@/lib/storage/items';
import type { RegisteredItem } from '@/lib/storage/registry';
import { defineValidatedItem, defineValidatedList } from '@/lib/storage/validated-item';
import { versionOf } from '@/lib/storage/versions';

const local = () => fakeBrowser.storage.local.get(null);
const CALLA_URL = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const queued: OutboxEntry = enqueueSave(
  [],
  {
    id: 'e1',
    personId: '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61',
    personName: 'Calla Northallen',
    linkedinUrl: CALLA_URL,
    patch: { current_job_title: 'Harbour pilot' },
    notes: [],
  },
  1_700_000_000_000,
)[0][0]!;

/** The extension database's names, read the way any page of the extension origin could. */
function databaseNames(): Promise<IDBValidKey[]> {
  return databaseRequest('readonly', (store) => store.getAllKeys());
}
function databaseRequest<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('stardex', 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('secrets');
    opening.onsuccess = () => {
      const transaction = opening.result.transaction('secrets', mode);
      const pending = run(transaction.objectStore('secrets'));
      transaction.oncomplete = () => (opening.result.close(), resolve(pending.result));
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

/** Something under the item's name in its place, as any build could have left it. */
async function leaveSomethingIn(item: RegisteredItem): Promise<void> {
  if (item.area === 'database') await databaseRequest('readwrite', (store) => store.put('left behind', item.name));
  else await fakeBrowser.storage[item.area].set({ [item.name]: 'left behind', [`${item.name}$`]: { v: 1 } });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  fakeBrowser.storage.local.setAccessLevel = (async () => {}) as never;
});

describe('every stored item is defined once, versioned', () => {
  it('the list "Clear saved data" works from holds each item of lib/storage/items.ts, in each place it lives', () => {
    expect(storedItems.map(({ area, name }) => `${area}:${name}`).sort()).toEqual([
      'database:apiKey',
      'local:apiKey',
      'local:drafts',
      'local:identityLinks',
      'local:listLookupWindow',
      'local:listRun',
      'local:outbox',
      'local:profileLinks',
      'local:rateLimiter',
      'local:recentJobs',
      'local:settings',
      'session:recentCompanies',
      'session:recentMatches',
      'session:tabBadges',
    ]);
  });

  it('today the outbox is at version 2 and every other item at 1, and WXT records that with the first value written', async () => {
    await settingsItem.setValue({
      baseUrl: 'https://api.stardex.ai',
      onlyFillEmpty: true,
      badgeLookup: true,
      reviewOpensIn: 'popup',
    });
    await draftsItem.setValue({ calla: { ...EMPTY_DRAFT, note: 'Met at the harbour.', updatedAt: 1 } });
    await outboxItem.setValue([queued]);
    expect(await local()).toMatchObject({ settings$: { v: 1 }, drafts$: { v: 1 }, outbox$: { v: 2 } });
  });

  it('a version is 1 + its migrations, numbered without gaps', () => {
    const step = (value: unknown) => value;
    expect(versionOf('x', {})).toBe(1);
    expect(versionOf('x', { 2: step, 3: step })).toBe(3);
    expect(() => versionOf('x', { 3: step })).toThrow('migrations must be numbered 2, 3, … without gaps (found 3)');
  });
});

describe("WXT's migrations run on the stored items", () => {
  // A version 2 of the outbox as a later build would define it: one entry as version 1 stored it in, the
  // new shape out. Here version 1 is supposed to have kept the person's name as { full }.
  const nameFromObject = vi.fn((entry: unknown) => {
    const { personName, ...rest } = entry as { personName: { full: string } };
    return { ...rest, personName: personName.full };
  });
  const asVersion1 = { ...queued, personName: { full: 'Calla Northallen' } };

  it('an outbox stored by version 1 reads as version 2, entry by entry, and is stored as version 2', async () => {
    const outboxV2 = defineValidatedList({ ...outboxDefinition, migrations: { 2: nameFromObject } });
    await fakeBrowser.storage.local.set({ outbox: [asVersion1], outbox$: { v: 1 } });
    expect(await outboxV2.getValue()).toEqual([queued]);
    expect(await local()).toMatchObject({ outbox: [queued], outbox$: { v: 2 } });
  });

  it('a value stored before items had versions counts as version 1', async () => {
    await fakeBrowser.storage.local.set({ outbox: [asVersion1] });
    const outboxV2 = defineValidatedList({ ...outboxDefinition, migrations: { 2: nameFromObject } });
    expect(await outboxV2.getValue()).toEqual([queued]);
  });

  it('an entry its migration cannot move is set aside, the others are migrated and kept', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ outbox: [{ id: 'no name' }, asVersion1], outbox$: { v: 1 } });
    const outboxV2 = defineValidatedList({ ...outboxDefinition, migrations: { 2: nameFromObject } });
    expect(await outboxV2.getValue()).toEqual([queued]);
    expect(logged).toHaveBeenCalledWith(
      '[stardex] stored "outbox" entry 0 could not move to version 2',
      expect.any(TypeError),
    );
    expect((await local())['setAside:outbox']).toEqual([
      expect.objectContaining({ at: '0', value: { id: 'no name' } }),
    ]);
  });

  it('a value already at the version is not migrated again', async () => {
    nameFromObject.mockClear();
    await fakeBrowser.storage.local.set({ outbox: [queued], outbox$: { v: 2 } });
    const outboxV2 = defineValidatedList({ ...outboxDefinition, migrations: { 2: nameFromObject } });
    expect(await outboxV2.getValue()).toEqual([queued]);
    expect(nameFromObject).not.toHaveBeenCalled();
  });

  it('a single value migrates whole', async () => {
    await fakeBrowser.storage.local.set({ choice: 'A', choice$: { v: 1 } });
    const choice = defineValidatedItem({
      key: 'local:choice',
      schema: z.enum(['a', 'b']),
      fallback: 'a',
      migrations: { 2: (old) => String(old).toLowerCase() },
    });
    expect(await choice.getValue()).toBe('a');
  });

  it('the value in the extension database (the API key on Firefox) migrates the same way', async () => {
    await databaseRequest('readwrite', (store) => store.put('Calla', 'greeting'));
    const greeting = defineDatabaseItem({
      key: 'greeting',
      schema: z.string(),
      fallback: '',
      migrations: { 2: (old) => `Hello ${String(old)}` },
    });
    expect(await greeting.getValue()).toBe('Hello Calla');
    expect(await databaseRequest('readonly', (store) => store.get('greeting$'))).toEqual({ v: 2 });
    expect(await greeting.getValue()).toBe('Hello Calla');
  });
});

describe('"Clear saved data"', () => {
  it('empties every place a stored item lives, so no item can be left behind', async () => {
    for (const item of storedItems) await leaveSomethingIn(item);
    await fakeBrowser.storage.local.set({ 'setAside:outbox': [{ at: '0', value: 1, problem: 'x', setAsideAt: 1 }] });
    await clearSavedData();
    expect(await local()).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await databaseNames()).toEqual([]);
    expect(await apiKeyItem.getValue()).toBeNull();
  });

  it('after it, the next value written records its version again, as after a fresh install', async () => {
    const settings = {
      baseUrl: 'https://api.stardex.ai',
      onlyFillEmpty: false,
      badgeLookup: true,
      reviewOpensIn: 'popup' as const,
    };
    await settingsItem.setValue(settings);
    await clearSavedData();
    await settingsItem.setValue(settings);
    expect(await local()).toEqual({ settings, settings$: { v: 1 } });
  });
});
