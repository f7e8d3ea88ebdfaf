import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import { CLIENT_ERROR_CODES } from '@/lib/stardex/errors';
import type { RequestOf } from '@/lib/messaging/protocol';
import { DEFAULT_BASE_URL } from '@/lib/settings/settings';
import { reviewStatus, type ReviewStatusInput } from '@/lib/review/review-status';
import {
  CALLA_ID,
  CALLA_SLUG,
  CALLA_URL,
  fakeStardex,
  saveRequest,
  storedEntry,
  storeOutbox,
  storedOutbox,
} from './outbox-fakes';

vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/** The outbox's delivery against a scripted Stardex: what issue 22 found in saves and notes. */

let lastDelivery: { deliverOutbox(): Promise<void> } | undefined;
afterEach(async () => {
  await lastDelivery?.deliverOutbox();
  lastDelivery = undefined;
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.clearAllMocks();
});

async function modules() {
  vi.resetModules();
  const [save, view, delivery, errors] = await Promise.all([
    import('@/lib/persons/save-person.background'),
    import('@/lib/outbox/view.background'),
    import('@/lib/outbox/delivery.background'),
    // The error classes of this module graph: `instanceof` in the code under test sees only these.
    import('@/lib/stardex/errors'),
  ]);
  lastDelivery = delivery;
  return { ...save, ...view, ...delivery, ...errors };
}

/** A review with nothing else to say, so the status is about the outcome under test. */
function statusInput(overrides: Partial<ReviewStatusInput>): ReviewStatusInput {
  return {
    sending: null,
    actionError: undefined,
    noteLength: 0,
    draftError: undefined,
    saved: undefined,
    created: undefined,
    match: { state: 'pending', failureReason: null },
    record: null,
    hasContactProblems: false,
    overLimit: [],
    fieldCount: 0,
    hasNote: false,
    placing: false,
    ...overrides,
  };
}

const DEFAULT_ORIGIN = new URL(DEFAULT_BASE_URL).origin;
const KATRIN_ID = '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

/** The module graph of `modules()` plus the access errors the delivery recognises. */
async function modulesWithAccess() {
  const loaded = await modules();
  return { ...loaded, ...(await import('@/lib/settings/key-errors')) };
}

function withStardex(stardex = fakeStardex()) {
  vi.mocked(getStardexClient).mockResolvedValue(stardex.asClient);
  return stardex;
}

describe('the guard before a save (issue 22 item 12)', () => {
  it('refuses when the record read back has another id than the person being PATCHed: nothing is sent', async () => {
    const stardex = withStardex();
    stardex.client.getPerson.mockResolvedValueOnce({
      id: '9a9a9a9a-3a52-4d0e-9a77-1c2d3e4f5a61',
      name: 'Someone else',
      linkedin_public_id: null,
    });
    const { savePerson } = await modules();
    await expect(savePerson(saveRequest())).rejects.toMatchObject({ failure: { kind: 'refused' } });
    expect(stardex.sent).toEqual([]);
    expect(await storedOutbox()).toMatchObject([{ state: 'failed' }]);
  });
});

describe('the fields a save reports (issue 22 item 17)', () => {
  it('does not count enrich_record as an updated field', async () => {
    withStardex();
    const { savePerson } = await modules();
    const outcome = await savePerson(saveRequest({ patch: { linkedin_headline: 'Recruiter', enrich_record: true } }));
    expect(outcome).toMatchObject({ status: 'saved', fields: ['linkedin_headline'] });
  });
});

describe('an unreadable 2xx to the read before sending (issue 22 item 9)', () => {
  it('is retried with backoff, not parked as failed for good', async () => {
    const stardex = withStardex();
    const { deliverOutbox, StardexError } = await modules();
    stardex.client.getPerson.mockRejectedValueOnce(
      new StardexError({
        kind: 'invalid-response',
        status: 200,
        code: CLIENT_ERROR_CODES.unreadableAnswer,
        message: 'Unexpected answer',
        detail: 'HTTP 200\n<html>Blocked by your network</html>',
      }),
    );
    await storeOutbox([storedEntry({})]);
    await deliverOutbox();
    expect(await storedOutbox()).toMatchObject([{ state: 'pending', attempts: 1 }]);
  });
});

describe('a redirect from the API address (issue 22 item 15)', () => {
  it('fails the save at once, without a retry', async () => {
    const stardex = withStardex();
    const { deliverOutbox, StardexError } = await modules();
    stardex.client.getPerson.mockRejectedValueOnce(
      new StardexError({ kind: 'bad-request', code: CLIENT_ERROR_CODES.redirected, message: 'redirected' }),
    );
    await storeOutbox([storedEntry({})]);
    await deliverOutbox();
    expect(await storedOutbox()).toMatchObject([
      { state: 'failed', attempts: 0, lastError: { code: CLIENT_ERROR_CODES.redirected } },
    ]);
  });
});

function refusal(errors: { StardexError: typeof import('@/lib/stardex/errors').StardexError }, said: string) {
  return new errors.StardexError({ kind: 'bad-request', status: 400, message: said, stardexSaid: said });
}

describe('a refused note (issue 22 item 7)', () => {
  it('reports the fields as saved and the note as refused with Stardex reason; a retry never resends the PATCH', async () => {
    const stardex = withStardex();
    const modulesNow = await modules();
    stardex.client.addNote.mockRejectedValueOnce(refusal(modulesNow, 'activity_content contains unsupported markup'));
    const outcome = await modulesNow.savePerson(saveRequest({ note: 'Met at the healthcare AI meetup' }));
    expect(outcome).toMatchObject({
      status: 'partly-saved',
      fields: ['linkedin_headline'],
      notSaved: {
        parts: ['note'],
        failure: { kind: 'bad-request', stardexSaid: 'activity_content contains unsupported markup' },
      },
    });
    const [left] = await storedOutbox();
    expect(left).toMatchObject({ state: 'failed', patch: {}, notes: ['Met at the healthcare AI meetup'] });
    await modulesNow.retryQueuedSave(left!.id, null);
    expect(stardex.sent.map((request) => request.method)).toEqual(['PATCH', 'NOTE']);
  });
});

describe('a note whose answer was lost (issue 22 item 10)', () => {
  function timeout(errors: { StardexError: typeof import('@/lib/stardex/errors').StardexError }) {
    return new errors.StardexError({ kind: 'timeout', message: 'Stardex did not answer in time.' });
  }

  it('item 10: a note POST that timed out after Stardex stored it is not posted again on retry: the timeline is read first', async () => {
    const stardex = withStardex();
    const modulesNow = await modules();
    // Stardex stores the note, but its answer never arrives.
    stardex.client.addNote.mockImplementationOnce(async (personId, note) => {
      stardex.notes.set(personId, [note]);
      throw timeout(modulesNow);
    });
    const outcome = await modulesNow.savePerson(saveRequest({ note: 'Met at the healthcare AI meetup' }));
    expect(outcome).toMatchObject({ status: 'queued' });
    const [waiting] = await storedOutbox();
    expect(waiting).toMatchObject({ state: 'pending', patch: {}, notes: ['Met at the healthcare AI meetup'] });
    await modulesNow.retryQueuedSave(waiting!.id, null);
    expect(stardex.client.listActivities).toHaveBeenCalledWith(CALLA_ID);
    expect(stardex.notes.get(CALLA_ID)).toEqual(['Met at the healthcare AI meetup']);
    expect(stardex.sent.map((request) => request.method)).toEqual(['PATCH']);
    expect(await storedOutbox()).toEqual([]);
  });

  it('item 10: a note that timed out before Stardex stored it is posted on retry, once', async () => {
    const stardex = withStardex();
    const modulesNow = await modules();
    stardex.client.addNote.mockRejectedValueOnce(timeout(modulesNow));
    await modulesNow.savePerson(saveRequest({ patch: {}, note: 'Left a voicemail' }));
    const [waiting] = await storedOutbox();
    await modulesNow.retryQueuedSave(waiting!.id, null);
    expect(stardex.notes.get(CALLA_ID)).toEqual(['Left a voicemail']);
    expect(await storedOutbox()).toEqual([]);
  });

  it('item 10: a note never sent is posted without reading the timeline, even when the same words are there', async () => {
    const stardex = withStardex();
    stardex.notes.set(CALLA_ID, ['Left a voicemail']);
    const { savePerson } = await modules();
    await expect(savePerson(saveRequest({ patch: {}, note: 'Left a voicemail' }))).resolves.toMatchObject({
      status: 'saved',
    });
    expect(stardex.client.listActivities).not.toHaveBeenCalled();
    expect(stardex.notes.get(CALLA_ID)).toEqual(['Left a voicemail', 'Left a voicemail']);
  });
});

describe('one limit per field, on every path (issue 22 item 11)', () => {
  const longHeadline = `${'Technical Recruiter · '.repeat(5_000).slice(0, 99_999)}.`;
  const tooLong = 'The headline is 100000 characters long; Stardex takes at most 500, so nothing was sent.';

  it('item 11: "Update in Stardex now" with a 100,000-character headline on the page is refused naming the headline; nothing is queued or sent', async () => {
    const stardex = withStardex();
    const { quickUpdate } = await import('@/lib/menus/quick-update.background');
    const tab = await fakeBrowser.tabs.create({ url: CALLA_URL });
    const page: Parameters<typeof quickUpdate>[2] = {
      kind: 'profile',
      fields: {
        url: CALLA_URL,
        name: 'Calla Northallen',
        firstName: 'Calla',
        lastName: 'Northallen',
        headline: longHeadline,
        location: null,
        title: null,
        company: null,
      },
      sources: {},
      missing: [],
    };
    await expect(quickUpdate(stardex.asClient, tab.id!, page)).rejects.toMatchObject({
      failure: { kind: 'refused', message: tooLong },
    });
    expect(stardex.client.updatePerson).not.toHaveBeenCalled();
    expect(await storedOutbox()).toEqual([]);
  });

  it('item 11: a save with a value over its limit is refused before it is queued, naming the field', async () => {
    const stardex = withStardex();
    const { savePerson } = await modules();
    await expect(savePerson(saveRequest({ patch: { linkedin_headline: longHeadline } }))).rejects.toMatchObject({
      failure: { kind: 'refused', message: tooLong },
    });
    expect(stardex.sent).toEqual([]);
    expect(await storedOutbox()).toEqual([]);
  });

  it('item 11: the review names the field that is too long instead of sending anything', () => {
    const status = reviewStatus(
      statusInput({ overLimit: [{ label: 'Headline', length: 100_000, maxLength: 500 }], fieldCount: 1 }),
      () => ({ tone: 'error', message: 'not expected' }),
    );
    expect(status).toEqual({
      tone: 'error',
      message: 'The headline is 100000 characters long; at most 500 fit in Stardex. Shorten it or untick it to save.',
    });
  });
});

describe('create (issue 22 items 2, 3 and 4)', () => {
  async function createModules() {
    const loaded = await modules();
    const create = await import('@/lib/persons/create-person.background');
    return { ...loaded, ...create };
  }
  const createRequest = (overrides: Partial<RequestOf<'person/create'>> = {}): RequestOf<'person/create'> => ({
    type: 'person/create',
    tabId: null,
    linkedinUrl: CALLA_URL,
    person: { name: 'Calla Northallen', linkedin_headline: 'Technical Recruiter for healthcare AI teams' },
    ...overrides,
  });
  const list = { id: '1c000000-0000-4000-8000-000000000002', name: 'Pacific Northwest talent' };

  it('item 2: when the PATCH after the create is refused, the outcome says what was not saved, and the list step waits', async () => {
    const stardex = withStardex(fakeStardex({}));
    const loaded = await createModules();
    stardex.client.updatePerson.mockRejectedValueOnce(refusal(loaded, 'linkedin_headline is too long'));
    const outcome = await loaded.createPerson(stardex.asClient, createRequest({ placement: { job: null, list } }));
    expect(outcome).toMatchObject({
      status: 'created',
      then: {
        status: 'partly-saved',
        fields: [],
        notSaved: {
          parts: ['linkedin_headline', `list "${list.name}"`],
          failure: { stardexSaid: 'linkedin_headline is too long' },
        },
      },
    });
    const words = reviewStatus(statusInput({ created: outcome }), () => ({ tone: 'error', message: '' }));
    expect(words.tone).toBe('error');
    expect(words.message).toContain('Not saved: linkedin_headline');
    expect(words.message).toContain('linkedin_headline is too long');
  });

  it('item 3: a create whose first search finds the person becomes a save to them, with the list chosen', async () => {
    const stardex = withStardex();
    const { createPerson } = await createModules();
    const outcome = await createPerson(stardex.asClient, createRequest({ placement: { job: null, list } }));
    expect(outcome).toMatchObject({ status: 'existing', then: { status: 'saved', placed: [`list "${list.name}"`] } });
    expect(outcome.message).toMatch(/already in Stardex/);
    expect(stardex.sent).toEqual([
      {
        method: 'PATCH',
        personId: CALLA_ID,
        body: { linkedin_headline: 'Technical Recruiter for healthcare AI teams' },
      },
      { method: 'LIST', personId: CALLA_ID, body: list.id },
    ]);
  });

  it('item 4: two creates of one profile at once send one POST; the second becomes a save to the person created', async () => {
    const stardex = withStardex(fakeStardex({}));
    const { createPerson } = await createModules();
    const [first, second] = await Promise.all([
      createPerson(stardex.asClient, createRequest()),
      createPerson(stardex.asClient, createRequest()),
    ]);
    expect(stardex.sent.filter((request) => request.method === 'CREATE')).toHaveLength(1);
    expect(first.status).toBe('created');
    expect(second).toMatchObject({ status: 'existing', person: { id: CALLA_ID } });
    expect(second.message).toMatch(/already in Stardex/);
  });
});

describe('saves without a usable key (issue 22 item 1)', () => {
  it('wait instead of failing, and go out as soon as a key is saved for their Stardex', async () => {
    const stardex = fakeStardex();
    const { deliverOutbox, MissingApiKeyError } = await modulesWithAccess();
    vi.mocked(getStardexClient).mockRejectedValueOnce(new MissingApiKeyError(DEFAULT_BASE_URL, null));
    await storeOutbox([storedEntry({ origin: DEFAULT_ORIGIN })]);
    await deliverOutbox();
    expect(await storedOutbox()).toMatchObject([
      { state: 'pending', attempts: 0, lastError: { kind: 'missing-api-key' } },
    ]);
    expect(stardex.sent).toEqual([]);

    vi.mocked(getStardexClient).mockResolvedValue(stardex.asClient);
    fakeBrowser.storage.local.setAccessLevel = vi.fn(async () => {}) as never;
    const { saveSettings } = await import('@/lib/settings/settings-handlers.background');
    await saveSettings({ type: 'settings/save', apiKey: 'sk_live_demo' });
    await deliverOutbox();
    expect(await storedOutbox()).toEqual([]);
    expect(stardex.sent.map((request) => request.method)).toEqual(['PATCH']);
  });

  it('a key Stardex refuses (401) makes the save wait too, not fail for good', async () => {
    const stardex = withStardex();
    const { deliverOutbox, StardexError } = await modules();
    stardex.client.getPerson.mockRejectedValueOnce(
      new StardexError({
        kind: 'auth',
        status: 401,
        code: 'INVALID_API_KEY',
        message: 'The provided API key is invalid',
      }),
    );
    await storeOutbox([storedEntry({})]);
    await deliverOutbox();
    expect(await storedOutbox()).toMatchObject([{ state: 'pending', attempts: 0, lastError: { kind: 'auth' } }]);
  });

  it('"Retry all" sends the failed saves of every profile', async () => {
    const stardex = withStardex(fakeStardex({ [CALLA_ID]: CALLA_SLUG, [KATRIN_ID]: 'katrin-quennerby-ea93508d' }));
    await storeOutbox([
      storedEntry({ state: 'failed', lastError: { kind: 'unexpected', message: 'x' } }),
      storedEntry({
        personId: KATRIN_ID,
        linkedinUrl: 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/',
        state: 'failed',
        lastError: { kind: 'unexpected', message: 'x' },
      }),
    ]);
    await modules();
    const { handleMessage } = await import('@/lib/messaging/handle-message.background');
    expect(await handleMessage({ type: 'outbox/retry-all', linkedinUrl: null })).toMatchObject({
      ok: true,
      data: { pending: 0, failed: 0 },
    });
    expect(stardex.sent.map((request) => request.personId).sort()).toEqual([CALLA_ID, KATRIN_ID].sort());
  });
});

describe('a save bound to its Stardex (issue 22 item 18)', () => {
  it('is never sent to another API base URL: it waits, saying for which Stardex it was queued', async () => {
    const stardex = withStardex();
    const { deliverOutbox } = await modules();
    await storeOutbox([storedEntry({ origin: 'https://stardex.example.org' })]);
    await deliverOutbox();
    expect(stardex.client.getPerson).not.toHaveBeenCalled();
    expect(await storedOutbox()).toMatchObject([
      {
        state: 'pending',
        lastError: { kind: 'other-stardex', queuedFor: 'https://stardex.example.org', baseUrlOrigin: DEFAULT_ORIGIN },
      },
    ]);
  });

  it('a new save records the origin of the configured base URL', async () => {
    // Stardex cannot be reached, so the save stays in the outbox where the test can read it.
    vi.mocked(getStardexClient).mockRejectedValue(new Error('Stardex cannot be reached'));
    const { savePerson } = await modules();
    await expect(savePerson(saveRequest())).rejects.toBeDefined();
    expect(await storedOutbox()).toMatchObject([{ origin: DEFAULT_ORIGIN }]);
  });
});

describe('what a failed save logs (issue 22 item 16)', () => {
  it("its kind, status and code, never Stardex's answer body", async () => {
    const stardex = withStardex();
    const { deliverOutbox, errorFromFailedAnswer } = await modules();
    const body = { success: false, error: { code: 'VALIDATION', message: 'calla.northallen@example.org is taken' } };
    stardex.client.updatePerson.mockRejectedValueOnce(
      errorFromFailedAnswer({
        status: 400,
        statusText: 'Bad Request',
        bodyText: JSON.stringify(body),
        body,
        retryAfterSeconds: null,
      }),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storeOutbox([storedEntry({})]);
    await deliverOutbox();
    const logged = JSON.stringify(warn.mock.calls.map((call) => call.map(String)));
    expect(logged).toContain('HTTP 400');
    expect(logged).not.toContain('calla.northallen@example.org');
  });
});
