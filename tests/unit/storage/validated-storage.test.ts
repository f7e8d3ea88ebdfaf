import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { EMPTY_DRAFT, readDraft, writeDraft } from '@/lib/drafts/drafts';
import { MAX_NOTE_LENGTH } from '@/lib/notes';
import { readLink } from '@/lib/persons/profile-links.background';
import {
  countSetAside,
  defineValidatedItem,
  defineValidatedList,
  StorageFullError,
  StoredValueError,
} from '@/lib/storage/validated-item';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const CALLA_LINK = { personId: '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61', personName: 'Calla Northallen', linkedAt: 1 };

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('stored collections are checked entry by entry (item 6)', () => {
  const list = defineValidatedList({ key: 'local:numbers', entrySchema: z.number().int(), max: 3, migrations: {} });

  it('sets a damaged entry aside (kept, counted) and keeps using the rest', async () => {
    await fakeBrowser.storage.local.set({ numbers: [1, 'two', 3] });
    expect(await list.getValue()).toEqual([1, 3]);
    expect(await stored('setAside:numbers')).toEqual([
      { at: '1', value: 'two', problem: expect.stringContaining('expected number'), setAsideAt: expect.any(Number) },
    ]);
    // Reading again keeps it once; the next write leaves only valid entries in the collection.
    expect(await list.getValue()).toEqual([1, 3]);
    await list.setValue([1, 3, 4]);
    expect(await stored('numbers')).toEqual([1, 3, 4]);
    expect(await countSetAside()).toBe(1);
  });

  it('sets a value of the wrong shape aside whole, and entries past the limit', async () => {
    await fakeBrowser.storage.local.set({ numbers: { not: 'a list' } });
    expect(await list.getValue()).toEqual([]);
    await fakeBrowser.storage.local.set({ numbers: [1, 2, 3, 4] });
    expect(await list.getValue()).toEqual([1, 2, 3]);
    const setAside = (await stored('setAside:numbers')) as { at: string; problem: string }[];
    expect(setAside.map(({ at, problem }) => [at, problem])).toEqual([
      ['(whole value)', 'wrong shape'],
      ['3', 'more than 3 entries'],
    ]);
  });

  it('one damaged draft does not keep the other drafts from working', async () => {
    await fakeBrowser.storage.local.set({
      drafts: { broken: { values: 'oops' }, calla: { ...EMPTY_DRAFT, note: 'Met at the meetup.', updatedAt: 2 } },
    });
    expect(await readDraft('calla')).toMatchObject({ note: 'Met at the meetup.' });
    await writeDraft('katrin', { ...EMPTY_DRAFT, note: 'Call back.', updatedAt: 3 });
    expect(Object.keys((await stored('drafts')) as object).sort()).toEqual(['calla', 'katrin']);
    expect(await countSetAside()).toBe(1);
  });

  it('one damaged profile link does not keep the other links from working', async () => {
    await fakeBrowser.storage.local.set({ profileLinks: { bad: { personId: 'not-a-uuid' }, calla: CALLA_LINK } });
    expect(await readLink('calla')).toEqual(CALLA_LINK);
    expect(await readLink('bad')).toBeNull();
    expect(await countSetAside()).toBe(1);
  });

  it('a draft keeps a note as long as the one note limit, and no longer', async () => {
    await writeDraft('calla', { ...EMPTY_DRAFT, note: 'n'.repeat(MAX_NOTE_LENGTH), updatedAt: 1 });
    expect((await readDraft('calla'))?.note).toHaveLength(MAX_NOTE_LENGTH);
    await expect(
      writeDraft('calla', { ...EMPTY_DRAFT, note: 'n'.repeat(MAX_NOTE_LENGTH + 1), updatedAt: 2 }),
    ).rejects.toThrow(`The note is ${MAX_NOTE_LENGTH + 1} characters long`);
  });
});

describe('single stored values', () => {
  const item = defineValidatedItem({ key: 'local:choice', schema: z.enum(['a', 'b']), fallback: 'a', migrations: {} });

  it('a damaged one is refused with a message naming the Options button that fixes it', async () => {
    await fakeBrowser.storage.local.set({ choice: 'zzz' });
    await expect(item.getValue()).rejects.toThrow(StoredValueError);
    await expect(item.getValue()).rejects.toThrow(/damaged .* Use "Clear saved data" in Options to start afresh\.$/);
  });

  it('a write refused for lack of room says so in plain words', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    await expect(item.setValue('b')).rejects.toThrow(StorageFullError);
    await expect(item.setValue('b')).rejects.toThrow(/^The browser's storage for this extension is full/);
  });
});
