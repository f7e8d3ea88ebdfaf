import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStardexClient, type StardexClient } from '@/lib/stardex/client';
import type { StardexPerson } from '@/lib/stardex/schemas';
import { identityLinksItem } from '@/lib/storage/items';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

// The lookup window is kept in module scope: a fresh module (and clock) per test.
async function listLookup() {
  vi.resetModules();
  return import('@/lib/people-lists/list-lookup.background');
}

const ann = { id: '0b8a5d1e-5f6a-4c1b-9d7e-1f2a3b4c5d6e', name: 'Ann Fictive', linkedin_public_id: 'ann-fictive-1' };
const ANN_URL = 'https://www.linkedin.com/in/ann-fictive-1/';
const byUrl = (linkedinUrl: string) => ({ linkedinUrl, leadId: null, company: null });

function clientFinding(persons: Partial<StardexPerson>[]) {
  const searchPersons = vi.fn(async () => ({ persons: persons as StardexPerson[], total: persons.length }));
  const searchCompanies = vi.fn(async () => []);
  return { client: { searchPersons, searchCompanies } as unknown as StardexClient, searchPersons };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('lookUpListRow', () => {
  it('answers ✓ with the person, + for nobody, ? for several, by the one-person review’s match', async () => {
    const { lookUpListRow } = await listLookup();
    expect(await lookUpListRow(clientFinding([ann]).client, byUrl(ANN_URL))).toEqual({
      lookup: { status: 'in-stardex', personId: ann.id, name: 'Ann Fictive' },
      offLimits: [],
    });
    expect(await lookUpListRow(clientFinding([]).client, byUrl(ANN_URL))).toEqual({
      lookup: { status: 'not-in-stardex' },
      offLimits: [],
    });
    const twin = { ...ann, id: '1c9b6e2f-6a7b-4d2c-8e8f-2a3b4c5d6e7f' };
    expect(await lookUpListRow(clientFinding([ann, twin]).client, byUrl(ANN_URL))).toEqual({
      lookup: { status: 'several' },
      offLimits: [],
    });
  });

  it('never uses more than half of the 60-a-minute window: the 31st lookup is refused with its wait, and nothing is sent', async () => {
    const { lookUpListRow, LIST_LOOKUPS_PER_WINDOW } = await listLookup();
    expect(LIST_LOOKUPS_PER_WINDOW).toBe(30);
    const { client, searchPersons } = clientFinding([]);
    for (let i = 0; i < 30; i++) await lookUpListRow(client, byUrl(`https://www.linkedin.com/in/person-${i}/`));
    await expect(lookUpListRow(client, byUrl('https://www.linkedin.com/in/person-31/'))).rejects.toMatchObject({
      name: 'StardexError',
      kind: 'rate-limited',
      retryAfterSeconds: 60,
    });
    expect(searchPersons).toHaveBeenCalledTimes(30);

    vi.advanceTimersByTime(60_000);
    await expect(lookUpListRow(client, byUrl('https://www.linkedin.com/in/person-31/'))).resolves.toMatchObject({
      lookup: { status: 'not-in-stardex' },
    });
  });

  it('keeps the window across a worker restart (the module loaded afresh)', async () => {
    const first = await listLookup();
    const { client } = clientFinding([]);
    for (let i = 0; i < 30; i++) await first.lookUpListRow(client, byUrl(`https://www.linkedin.com/in/person-${i}/`));
    const restarted = await listLookup();
    await expect(restarted.lookUpListRow(client, byUrl('https://www.linkedin.com/in/again/'))).rejects.toMatchObject({
      kind: 'rate-limited',
    });
  });
});

/** Against the sandbox: its client company Nettlebrook Pharma and do-not-contact Lumenvale Optics (company-store.ts). */
describe('lookUpListRow: off-limits and Sales Navigator leads', () => {
  let sandbox: Sandbox;
  let client: StardexClient;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => {
    sandbox.reset([{ ...ann, linkedin_url: ANN_URL, current_company_name: 'Nettlebrook Pharma' }]);
  });

  it('marks a person in Stardex whose company is a client as off-limits, and counts every request of the row in the window', async () => {
    const { lookUpListRow } = await listLookup();
    const answer = await lookUpListRow(client, byUrl(ANN_URL));
    expect(answer.lookup).toMatchObject({ status: 'in-stardex', personId: ann.id });
    expect(answer.offLimits).toEqual([{ kind: 'client', company: 'Nettlebrook Pharma', status: 'Active' }]);
    // The person search and the company search: two of the list lookups' 30.
    expect(sandbox.requests()).toHaveLength(2);
    const window = (await fakeBrowser.storage.local.get('listLookupWindow')) as {
      listLookupWindow: { slots: number[] };
    };
    expect(window.listLookupWindow.slots).toHaveLength(2);
  });

  it('a Sales Navigator lead nobody is confirmed for is not certain; its row’s do-not-contact company still marks it', async () => {
    const { lookUpListRow } = await listLookup();
    const answer = await lookUpListRow(client, { linkedinUrl: null, leadId: 'ACwAAAPq1', company: 'Lumenvale Optics' });
    expect(answer).toEqual({
      lookup: { status: 'not-certain' },
      offLimits: [
        {
          kind: 'company-do-not-contact',
          company: 'Lumenvale Optics',
          reason: 'Non-solicit agreement',
          date: '2025-11-03',
        },
      ],
    });
    expect(sandbox.requests().filter((request) => request.path.startsWith('/v1/persons'))).toEqual([]);
  });

  it('a Sales Navigator lead confirmed on its page is that Stardex person, by the same link the lead’s review keeps', async () => {
    await identityLinksItem.setValue({
      'sales-navigator-lead:ACwAAAPq1': { personId: ann.id, personName: 'Ann Fictive', linkedAt: Date.now() },
    });
    const { lookUpListRow } = await listLookup();
    const answer = await lookUpListRow(client, { linkedinUrl: null, leadId: 'ACwAAAPq1', company: 'Quillmont' });
    expect(answer).toEqual({
      lookup: { status: 'in-stardex', personId: ann.id, name: 'Ann Fictive' },
      offLimits: [{ kind: 'client', company: 'Nettlebrook Pharma', status: 'Active' }],
    });
  });
});
