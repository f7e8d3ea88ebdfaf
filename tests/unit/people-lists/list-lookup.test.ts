import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StardexClient } from '@/lib/stardex/client';
import type { StardexPerson } from '@/lib/stardex/schemas';

// The lookup window is kept in module scope: a fresh module (and clock) per test.
async function listLookup() {
  vi.resetModules();
  return import('@/lib/people-lists/list-lookup.background');
}

const ann = { id: '0b8a5d1e-5f6a-4c1b-9d7e-1f2a3b4c5d6e', name: 'Ann Fictive', linkedin_public_id: 'ann-fictive-1' };

function clientFinding(persons: Partial<StardexPerson>[]) {
  const searchPersons = vi.fn(async () => ({ persons: persons as StardexPerson[], total: persons.length }));
  return { client: { searchPersons } as unknown as StardexClient, searchPersons };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('lookUpListPerson', () => {
  it('answers ✓ with the person, + for nobody, ? for several, by the one-person review’s match', async () => {
    const { lookUpListPerson } = await listLookup();
    const url = 'https://www.linkedin.com/in/ann-fictive-1/';
    expect(await lookUpListPerson(clientFinding([ann]).client, url)).toEqual({
      status: 'in-stardex',
      personId: ann.id,
      name: 'Ann Fictive',
    });
    expect(await lookUpListPerson(clientFinding([]).client, url)).toEqual({ status: 'not-in-stardex' });
    const twin = { ...ann, id: '1c9b6e2f-6a7b-4d2c-8e8f-2a3b4c5d6e7f' };
    expect(await lookUpListPerson(clientFinding([ann, twin]).client, url)).toEqual({ status: 'several' });
  });

  it('never uses more than half of the 60-a-minute window: the 31st lookup is refused with its wait, and nothing is sent', async () => {
    const { lookUpListPerson, LIST_LOOKUPS_PER_WINDOW } = await listLookup();
    expect(LIST_LOOKUPS_PER_WINDOW).toBe(30);
    const { client, searchPersons } = clientFinding([]);
    for (let i = 0; i < 30; i++) await lookUpListPerson(client, `https://www.linkedin.com/in/person-${i}/`);
    await expect(lookUpListPerson(client, 'https://www.linkedin.com/in/person-31/')).rejects.toMatchObject({
      name: 'StardexError',
      kind: 'rate-limited',
      retryAfterSeconds: 60,
    });
    expect(searchPersons).toHaveBeenCalledTimes(30);

    vi.advanceTimersByTime(60_000);
    await expect(lookUpListPerson(client, 'https://www.linkedin.com/in/person-31/')).resolves.toEqual({
      status: 'not-in-stardex',
    });
  });

  it('keeps the window across a worker restart (the module loaded afresh)', async () => {
    const first = await listLookup();
    const { client } = clientFinding([]);
    for (let i = 0; i < 30; i++) await first.lookUpListPerson(client, `https://www.linkedin.com/in/person-${i}/`);
    const restarted = await listLookup();
    await expect(restarted.lookUpListPerson(client, 'https://www.linkedin.com/in/again/')).rejects.toMatchObject({
      kind: 'rate-limited',
    });
  });
});
