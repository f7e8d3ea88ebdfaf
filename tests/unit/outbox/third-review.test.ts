import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import { CLIENT_ERROR_CODES } from '@/lib/stardex/errors';
import { fakeStardex, saveRequest, storedEntry, storeOutbox, storedOutbox } from './third-review-fakes';

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
