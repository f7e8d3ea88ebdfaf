import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RequestOf } from '@/lib/messaging/protocol';
import type { OutboxEntry } from '@/lib/outbox/outbox';
import { IdentityMismatchError } from '@/lib/persons/identity-guard';
import { assertConfirmedPerson, assertTabStillShowsPagePerson } from '@/lib/persons/page-person-guard';
import { identityKey, type PagePerson } from '@/lib/persons/page-person';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import type { StardexClient } from '@/lib/stardex/client';
import type { PersonPatch, StardexPerson } from '@/lib/stardex/schemas';
import { identityLinksItem } from '@/lib/storage/items';

vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/**
 * A save from a Sales Navigator lead page without a public URL, through the real save, outbox and
 * delivery code on the fake browser, with a scripted Stardex: it goes only to the person the user
 * confirmed for the lead id the tab still shows, and never carries a `linkedin_url`.
 */

const LEAD: PagePerson = { kind: 'sales-navigator-lead', id: 'ACwAAB3xQ9kBmZr1' };
const OTHER_LEAD: PagePerson = { kind: 'sales-navigator-lead', id: 'ACwAAC7pL2nDqWs4' };
const leadUrl = (lead: PagePerson) => `https://www.linkedin.com/sales/lead/${lead.id},NAME_SEARCH,x1Yz`;
const CONFIRMED_ID = '5d1e7a90-2c4b-4f3e-8a61-9b0c2d3e4f51';
const NAMESAKE_ID = '7a2b9c10-4d5e-4f6a-8b7c-1d2e3f4a5b62';

interface Sent {
  personId: string;
  body: PersonPatch | string;
}

/** Stardex as scripted: every person exists; the confirmed one already has some public profile. */
function scriptedStardex() {
  const sent: Sent[] = [];
  const client = {
    getPerson: vi.fn(async (personId: string): Promise<StardexPerson> => ({
      id: personId,
      name: 'Wren Ostergaard',
      current_job_title: 'Sourcer',
      linkedin_public_id: 'wren-ostergaard-4c1d2e',
    })),
    updatePerson: vi.fn(async (personId: string, patch: PersonPatch) => {
      sent.push({ personId, body: patch });
      return { id: personId, name: 'Wren Ostergaard' };
    }),
    addNote: vi.fn(async (personId: string, note: string) => {
      sent.push({ personId, body: note });
    }),
  };
  vi.mocked(getStardexClient).mockResolvedValue(client as unknown as StardexClient);
  return { client, sent };
}

let lastDelivery: { deliverOutbox(): Promise<void> } | undefined;
afterEach(async () => {
  await lastDelivery?.deliverOutbox();
  lastDelivery = undefined;
});

async function modules() {
  vi.resetModules();
  const [save, store, delivery] = await Promise.all([
    import('@/lib/persons/save-page-person.background'),
    import('@/lib/outbox/store'),
    import('@/lib/outbox/delivery.background'),
  ]);
  lastDelivery = delivery;
  return { ...save, ...store, ...delivery };
}

async function confirm(lead: PagePerson, personId: string) {
  await identityLinksItem.setValue({ [identityKey(lead)]: { personId, personName: 'Wren Ostergaard', linkedAt: 1 } });
}

async function leadTab(lead: PagePerson): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: leadUrl(lead) });
  return tab.id!;
}

function saveRequest(tabId: number, overrides: Partial<RequestOf<'page-person/save'>> = {}) {
  return {
    type: 'page-person/save',
    tabId,
    person: LEAD,
    personId: CONFIRMED_ID,
    personName: 'Wren Ostergaard',
    patch: { current_job_title: 'Head of Sourcing' },
    note: null,
    ...overrides,
  } satisfies RequestOf<'page-person/save'>;
}

// Modules are fresh per test, so the refusal is recognised by its name and record, not its class.
const refused = { name: 'IdentityMismatchError', failure: { kind: 'refused' } };

beforeEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
});

describe('the guards of a lead-page save', () => {
  it('the tab must still show the same lead id', () => {
    expect(() => assertTabStillShowsPagePerson(LEAD, { ...LEAD })).not.toThrow();
    expect(() => assertTabStillShowsPagePerson(LEAD, OTHER_LEAD)).toThrow(IdentityMismatchError);
    expect(() => assertTabStillShowsPagePerson(LEAD, null)).toThrow(IdentityMismatchError);
    // The same id as a Recruiter candidate is another page's person.
    expect(() => assertTabStillShowsPagePerson(LEAD, { kind: 'recruiter-candidate', id: LEAD.id })).toThrow(
      IdentityMismatchError,
    );
  });

  it('the person must be the one confirmed for the lead', () => {
    expect(() => assertConfirmedPerson(CONFIRMED_ID, CONFIRMED_ID)).not.toThrow();
    expect(() => assertConfirmedPerson(NAMESAKE_ID, CONFIRMED_ID)).toThrow(IdentityMismatchError);
    expect(() => assertConfirmedPerson(CONFIRMED_ID, null)).toThrow(IdentityMismatchError);
  });
});

describe('savePagePerson', () => {
  it('sends one PATCH to the confirmed person, without linkedin_url, though the record names a profile', async () => {
    const stardex = scriptedStardex();
    await confirm(LEAD, CONFIRMED_ID);
    const { savePagePerson, readOutbox } = await modules();
    const outcome = await savePagePerson(saveRequest(await leadTab(LEAD)));
    expect(outcome).toMatchObject({ status: 'saved', personId: CONFIRMED_ID, fields: ['current_job_title'] });
    expect(stardex.sent).toEqual([{ personId: CONFIRMED_ID, body: { current_job_title: 'Head of Sourcing' } }]);
    expect(await readOutbox()).toEqual([]);
  });

  it('is refused when the tab moved to another lead: nothing is queued or sent', async () => {
    const stardex = scriptedStardex();
    await confirm(LEAD, CONFIRMED_ID);
    const { savePagePerson, readOutbox } = await modules();
    const tabId = await leadTab(LEAD);
    await fakeBrowser.tabs.update(tabId, { url: leadUrl(OTHER_LEAD) });
    await expect(savePagePerson(saveRequest(tabId))).rejects.toMatchObject(refused);
    expect(await readOutbox()).toEqual([]);
    expect(stardex.sent).toEqual([]);
  });

  it('is refused for a person not confirmed for the lead, and for a lead with no confirmed person', async () => {
    const stardex = scriptedStardex();
    const { savePagePerson, readOutbox } = await modules();
    const tabId = await leadTab(LEAD);
    await expect(savePagePerson(saveRequest(tabId))).rejects.toMatchObject(refused);
    await confirm(LEAD, CONFIRMED_ID);
    await expect(savePagePerson(saveRequest(tabId, { personId: NAMESAKE_ID }))).rejects.toMatchObject(refused);
    expect(await readOutbox()).toEqual([]);
    expect(stardex.sent).toEqual([]);
  });

  it('is refused when the patch carries a linkedin_url: the page shows none, so none is sent', async () => {
    const stardex = scriptedStardex();
    await confirm(LEAD, CONFIRMED_ID);
    const { savePagePerson, readOutbox } = await modules();
    const patch = { linkedin_url: 'https://www.linkedin.com/in/wren-ostergaard-4c1d2e/', current_job_title: 'Lead' };
    await expect(savePagePerson(saveRequest(await leadTab(LEAD), { patch }))).rejects.toMatchObject(refused);
    expect(await readOutbox()).toEqual([]);
    expect(stardex.sent).toEqual([]);
  });

  it('waiting in the outbox, is not sent once the lead is linked to someone else; it stays failed', async () => {
    const stardex = scriptedStardex();
    const queued: OutboxEntry = {
      id: crypto.randomUUID(),
      personId: CONFIRMED_ID,
      personName: 'Wren Ostergaard',
      linkedinUrl: null,
      pagePerson: LEAD,
      patch: { current_job_title: 'Head of Sourcing' },
      notes: [],
      createdAt: 1,
      updatedAt: 1,
      attempts: 0,
      nextAttemptAt: 1,
      state: 'pending',
      sendingSince: null,
      lastError: null,
    };
    await fakeBrowser.storage.local.set({ outbox: [queued] });
    // "Not this person" and another confirmation since the save was queued.
    await confirm(LEAD, NAMESAKE_ID);
    const { deliverOutbox, readOutbox } = await modules();
    await deliverOutbox();
    expect(stardex.sent).toEqual([]);
    expect(await readOutbox()).toMatchObject([{ id: queued.id, state: 'failed', lastError: { kind: 'refused' } }]);
  });
});
