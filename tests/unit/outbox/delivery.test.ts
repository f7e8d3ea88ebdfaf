import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OutboxEntry } from '@/lib/outbox/outbox';
import type { StardexClient } from '@/lib/stardex/client';
import type { PersonPatch, StardexPerson } from '@/lib/stardex/schemas';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import { CALLA_ID, CALLA_SLUG, CALLA_URL, saveRequest, storedEntry } from './outbox-fakes';

vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/**
 * The outbox's delivery with the real storage code on the fake browser and a scripted Stardex:
 * races between a delivery pass and the user's saves and discards, and what the popup is told.
 */

const KATRIN_URL = 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/';

interface Sent {
  method: 'PATCH' | 'NOTE';
  personId: string;
  body: PersonPatch | string;
}

/** Stardex as scripted per test: who each person is, which reads hang until released. */
function scriptedStardex(people: Record<string, string>) {
  const sent: Sent[] = [];
  const held = new Map<string, () => void>();
  const holding = new Set<string>();
  const client = {
    getPerson: vi.fn(async (personId: string): Promise<StardexPerson> => {
      if (holding.has(personId)) await new Promise<void>((resolve) => held.set(personId, resolve));
      return { id: personId, name: 'Someone', linkedin_public_id: people[personId] ?? null };
    }),
    updatePerson: vi.fn(async (personId: string, patch: PersonPatch) => {
      sent.push({ method: 'PATCH', personId, body: patch });
      return { id: personId, name: 'Someone' };
    }),
    addNote: vi.fn(async (personId: string, note: string) => {
      sent.push({ method: 'NOTE', personId, body: note });
    }),
    /** The timeline, read before resending a note whose answer was lost: it holds none of the notes. */
    listActivities: vi.fn(async () => []),
  };
  vi.mocked(getStardexClient).mockResolvedValue(client as unknown as StardexClient);
  return {
    client,
    sent,
    /** The next reads of this person wait until `release`. */
    hold: (personId: string) => holding.add(personId),
    release: (personId: string) => {
      holding.delete(personId);
      held.get(personId)?.();
    },
    isHeld: (personId: string) => held.has(personId),
  };
}

// The delivery keeps its pass chain and listeners in module scope: fresh modules per test, and each
// test's passes are over before the next test's storage exists.
let lastDelivery: { deliverOutbox(): Promise<void> } | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await lastDelivery?.deliverOutbox();
  lastDelivery = undefined;
});

async function modules() {
  vi.resetModules();
  const [save, view, store, delivery, handle] = await Promise.all([
    import('@/lib/persons/save-person.background'),
    import('@/lib/outbox/view.background'),
    import('@/lib/outbox/store'),
    import('@/lib/outbox/delivery.background'),
    import('@/lib/messaging/handle-message.background'),
  ]);
  lastDelivery = delivery;
  return { ...save, ...view, ...store, ...delivery, ...handle };
}

async function storeOutbox(entries: unknown[]) {
  await fakeBrowser.storage.local.set({ outbox: entries });
}

async function storedOutbox(): Promise<OutboxEntry[]> {
  return ((await fakeBrowser.storage.local.get('outbox')).outbox ?? []) as OutboxEntry[];
}

/**
 * Runs `action` once, the first time an outbox read finds `ready` true: with one pending save that is
 * the delivery pass reading it, the moment between choosing the entry and marking it sending if those
 * are two separate steps.
 */
function whenOutboxRead(ready: (outbox: OutboxEntry[]) => boolean, action: () => void) {
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  let done = false;
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((async (keys: string) => {
    const result = await get(keys);
    if (!done && ready((result.outbox ?? []) as OutboxEntry[])) {
      done = true;
      action();
    }
    return result;
  }) as typeof fakeBrowser.storage.local.get);
}

const onePendingSave = (outbox: OutboxEntry[]) => outbox.length === 1 && outbox[0]?.state === 'pending';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.clearAllMocks();
});

describe('a save made while a delivery pass runs (item 2)', () => {
  it('goes out after the request in flight, as its own PATCH, and is reported saved only then', async () => {
    const stardex = scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    const { savePerson } = await modules();
    let second: Promise<unknown> | undefined;
    whenOutboxRead(onePendingSave, () => {
      second = savePerson(saveRequest({ patch: { current_job_title: 'Head of Talent' } }));
    });

    await expect(savePerson(saveRequest())).resolves.toMatchObject({ status: 'saved' });
    await expect(second).resolves.toMatchObject({ status: 'saved', fields: ['current_job_title'] });
    expect(stardex.sent).toEqual([
      {
        method: 'PATCH',
        personId: CALLA_ID,
        body: { linkedin_headline: 'Technical Recruiter for healthcare AI teams' },
      },
      { method: 'PATCH', personId: CALLA_ID, body: { current_job_title: 'Head of Talent' } },
    ]);
    expect(await storedOutbox()).toEqual([]);
  });
});

describe('a discard (item 2)', () => {
  it('that arrives while the save is being chosen for sending is refused as too late, and the save goes out', async () => {
    const stardex = scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    const { savePerson, discardQueuedSave } = await modules();
    let discarded: Promise<unknown> | undefined;
    whenOutboxRead(onePendingSave, () => {
      void storedOutbox().then(([entry]) => {
        discarded = discardQueuedSave(entry!.id, CALLA_URL);
      });
    });

    await expect(savePerson(saveRequest())).resolves.toMatchObject({ status: 'saved' });
    await expect(discarded).rejects.toThrow(/^Too late to discard: this save is being sent to Stardex right now/);
    expect(stardex.sent).toHaveLength(1);
  });

  it('of a save still waiting is honoured: nothing is sent', async () => {
    const stardex = scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    const waiting = storedEntry({ nextAttemptAt: Date.now() + 60_000, attempts: 1 });
    await storeOutbox([waiting]);
    const { discardQueuedSave, deliverOutbox } = await modules();
    await expect(discardQueuedSave(waiting.id, CALLA_URL)).resolves.toMatchObject({ pending: 0, forProfile: [] });
    await deliverOutbox();
    expect(await storedOutbox()).toEqual([]);
    expect(stardex.client.getPerson).not.toHaveBeenCalled();
  });

  it('of a save being sent is answered through the protocol with the too-late message', async () => {
    scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    const sending = storedEntry({ state: 'sending', sendingSince: Date.now() });
    await storeOutbox([sending]);
    const { handleMessage } = await modules();
    const answer = await handleMessage({ type: 'outbox/discard', id: sending.id, linkedinUrl: CALLA_URL });
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Too late to discard/) } });
    expect(await storedOutbox()).toEqual([sending]);
  });
});

describe("the popup's save (item 10)", () => {
  it("answers once its own entry is delivered, not after other people's backlog", async () => {
    const GRACE = '5e1d3c2b-7a6f-4e8d-9c0b-1a2b3c4d5e6f';
    const HUGO = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    const stardex = scriptedStardex({
      [CALLA_ID]: CALLA_SLUG,
      [GRACE]: 'grace-hollow-1',
      [HUGO]: 'hugo-vesterholm-c76869bc',
    });
    await storeOutbox([
      storedEntry({ personId: GRACE, linkedinUrl: 'https://www.linkedin.com/in/grace-hollow-1/' }),
      storedEntry({ personId: HUGO, linkedinUrl: 'https://www.linkedin.com/in/hugo-vesterholm-c76869bc/' }),
    ]);
    stardex.hold(GRACE);
    stardex.hold(HUGO);
    const { savePerson } = await modules();

    const outcome = await Promise.race([
      savePerson(saveRequest()),
      new Promise((resolve) => setTimeout(() => resolve('still waiting for the backlog'), 1_000)),
    ]);
    expect(outcome).toMatchObject({ status: 'saved', personId: CALLA_ID });
    expect(stardex.sent.map((request) => request.personId)).toEqual([CALLA_ID]);
    expect((await storedOutbox()).map((entry) => entry.personId)).toEqual([GRACE, HUGO]);

    // The backlog still goes out, in order, once Stardex answers.
    stardex.release(GRACE);
    await vi.waitFor(() => expect(stardex.isHeld(HUGO)).toBe(true));
    stardex.release(HUGO);
    await vi.waitFor(async () => expect(await storedOutbox()).toEqual([]));
    expect(stardex.sent.map((request) => request.personId)).toEqual([CALLA_ID, GRACE, HUGO]);
  });
  it("is told how Stardex's unreadable answer was confirmed by reading the person back", async () => {
    const stardex = scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    const headline = saveRequest().patch.linkedin_headline;
    stardex.client.getPerson.mockResolvedValue({
      id: CALLA_ID,
      name: 'Calla Northallen',
      linkedin_public_id: CALLA_SLUG,
      linkedin_headline: headline,
    });
    const { savePerson } = await modules();
    // The error class of the fresh modules, so the delivery recognises it as an unconfirmed write.
    const { CLIENT_ERROR_CODES, StardexError } = await import('@/lib/stardex/errors');
    stardex.client.updatePerson.mockRejectedValueOnce(
      new StardexError({
        kind: 'invalid-response',
        status: 200,
        code: CLIENT_ERROR_CODES.unconfirmedWrite,
        message: 'The answer to PATCH neither confirms nor refuses it',
      }),
    );

    await expect(savePerson(saveRequest())).resolves.toMatchObject({
      status: 'saved',
      notice: "Stardex's answer could not be read, so the person was read back: it shows linkedin_headline as sent.",
    });
    expect(await storedOutbox()).toEqual([]);
  });
});

describe('a save refused for naming another profile (item 1)', () => {
  it('stays failed with its values; a newer save for the person from the right profile goes out without them', async () => {
    // Calla's Stardex record now names Katrin's profile: a save reviewed on Calla's page is refused.
    const stardex = scriptedStardex({ [CALLA_ID]: 'katrin-quennerby-ea93508d' });
    const { savePerson, readOutbox } = await modules();
    await expect(savePerson(saveRequest())).rejects.toMatchObject({
      failure: { kind: 'refused', message: expect.stringMatching(/belongs to another LinkedIn profile/) },
    });
    const [refused] = await readOutbox();
    expect(refused).toMatchObject({ state: 'failed', linkedinUrl: CALLA_URL });

    const newer = saveRequest({ linkedinUrl: KATRIN_URL, patch: { current_job_title: 'QA Engineer' } });
    await expect(savePerson(newer)).resolves.toMatchObject({ status: 'saved' });
    expect(stardex.sent).toEqual([{ method: 'PATCH', personId: CALLA_ID, body: { current_job_title: 'QA Engineer' } }]);
    expect(await readOutbox()).toEqual([{ ...refused, updatedAt: refused!.updatedAt }]);
  });
});

describe('notes (item 9)', () => {
  it('a second long note is kept, and each note is posted as its own activity', async () => {
    const stardex = scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    stardex.hold(CALLA_ID);
    const { savePerson } = await modules();
    const longNote = (letter: string) => letter.repeat(9_000);
    const first = savePerson(saveRequest({ note: longNote('a') }));
    await vi.waitFor(() => expect(stardex.isHeld(CALLA_ID)).toBe(true));
    // The first save is in flight; the second waits behind it with its own long note.
    const second = savePerson(saveRequest({ patch: {}, note: longNote('b') }));
    const third = savePerson(saveRequest({ patch: {}, note: longNote('c') }));
    await vi.waitFor(async () => expect(await storedOutbox()).toHaveLength(2));
    expect((await storedOutbox())[1]?.notes).toEqual([longNote('b'), longNote('c')]);
    stardex.release(CALLA_ID);
    await Promise.all([first, second, third]);
    expect(stardex.sent.map((request) => [request.method, String(request.body).slice(0, 1)])).toEqual([
      ['PATCH', '['],
      ['NOTE', 'a'],
      ['NOTE', 'b'],
      ['NOTE', 'c'],
    ]);
  });

  it('a retry after the second of two notes failed posts only that note', async () => {
    const stardex = scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    stardex.client.addNote.mockImplementationOnce(async (personId, note) => {
      stardex.sent.push({ method: 'NOTE', personId, body: note });
    });
    stardex.client.addNote.mockRejectedValueOnce(new Error('connection reset'));
    await storeOutbox([storedEntry({ patch: {}, notes: ['first', 'second'] })]);
    const { deliverOutbox, readOutbox, retryQueuedSave } = await modules();
    await deliverOutbox();
    const [failed] = await readOutbox();
    expect(failed).toMatchObject({ state: 'failed', notes: ['second'] });
    await retryQueuedSave(failed!.id, CALLA_URL);
    expect(stardex.sent.map((request) => request.body)).toEqual(['first', 'second']);
  });
});

describe('storage (items 6 and 9)', () => {
  it('a storage quota error is told in plain words and nothing is reported saved or sent', async () => {
    const stardex = scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const { handleMessage } = await modules();
    const answer = await handleMessage(saveRequest());
    expect(answer).toEqual({
      ok: false,
      error: {
        kind: 'refused',
        message:
          "The browser's storage for this extension is full, so this was not kept. " +
          'Discard saves you no longer need, or use "Clear saved data" in Options.',
        detail: 'QUOTA_BYTES quota exceeded',
      },
    });
    expect(stardex.client.getPerson).not.toHaveBeenCalled();
  });

  it('one damaged outbox entry is set aside and counted; a new save still goes through', async () => {
    const stardex = scriptedStardex({ [CALLA_ID]: CALLA_SLUG });
    const damaged = { ...storedEntry({}), state: 'delivered-maybe', attempts: -3 };
    const waiting = storedEntry({
      personId: 'a3f1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b',
      nextAttemptAt: Date.now() + 60_000,
    });
    await storeOutbox([damaged, waiting]);
    const { savePerson, outboxView } = await modules();
    await expect(savePerson(saveRequest())).resolves.toMatchObject({ status: 'saved' });
    expect(stardex.sent).toHaveLength(1);
    expect(await storedOutbox()).toEqual([waiting]);
    const { 'setAside:outbox': setAside } = await fakeBrowser.storage.local.get('setAside:outbox');
    expect(setAside).toEqual([expect.objectContaining({ at: '0', value: damaged })]);
    expect(await outboxView(null)).toMatchObject({ pending: 1, setAside: 1 });
  });
});
