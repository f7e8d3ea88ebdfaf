import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/messaging/handle-message.background';
import { deliverOutbox } from '@/lib/outbox/delivery.background';
import { readLink, writeLink } from '@/lib/persons/profile-links.background';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import type { StardexPerson } from '@/lib/stardex/schemas';
import { CALLA_ID, CALLA_SLUG, CALLA_URL, fakeStardex, saveRequest } from '../outbox/outbox-fakes';

vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/**
 * Issue 22 item 13: a record storing a legacy LinkedIn URL is another profile unless the user confirms
 * it is this one; "Link" asks first, and only a confirmed link lets saves and the match through.
 */

const PUB_URL = 'https://www.linkedin.com/pub/calla-northallen/2d/a20/053';
const VIEW_URL = 'https://www.linkedin.com/profile/view?id=AAAAAB2dCallaN';

/** A working Stardex whose Calla Northallen stores `linkedinUrl` and no public id. */
function stardexWithRecord(linkedinUrl: string) {
  const stardex = fakeStardex();
  const record = { linkedin_url: linkedinUrl };
  stardex.client.getPerson.mockImplementation(async (personId: string): Promise<StardexPerson> => ({
    id: personId,
    name: 'Calla Northallen',
    linkedin_public_id: null,
    linkedin_url: record.linkedin_url,
  }));
  stardex.client.searchPersons.mockResolvedValue({ persons: [], total: 0 });
  vi.mocked(getStardexClient).mockResolvedValue(stardex.asClient);
  return { ...stardex, record };
}

const linkSet = (confirmedLegacyUrl?: string) =>
  handleMessage({ type: 'link/set', linkedinUrl: CALLA_URL, personId: CALLA_ID, confirmedLegacyUrl });

beforeEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
});
afterEach(async () => {
  // Nothing may be left to send behind a test's back.
  await deliverOutbox();
});

describe('"Link" to a person whose record stores a legacy LinkedIn URL (issue 22 item 13)', () => {
  it.each([PUB_URL, VIEW_URL])(
    'answers legacy-url naming %s and links nothing until the user confirms',
    async (legacy) => {
      stardexWithRecord(legacy);
      expect(await linkSet()).toEqual({
        ok: true,
        data: { status: 'legacy-url', legacyUrl: legacy, person: expect.objectContaining({ id: CALLA_ID }) },
      });
      expect(await readLink(CALLA_SLUG)).toBeNull();
    },
  );

  it('links once the user confirms that very address, and the link remembers it', async () => {
    stardexWithRecord(PUB_URL);
    expect(await linkSet(PUB_URL)).toMatchObject({
      ok: true,
      data: { status: 'matched', linked: true, person: { id: CALLA_ID } },
    });
    expect(await readLink(CALLA_SLUG)).toMatchObject({ personId: CALLA_ID, confirmedLegacyUrl: PUB_URL });
    // The review's next lookup finds the person through the confirmed link and keeps it.
    expect(await handleMessage({ type: 'person/match', linkedinUrl: CALLA_URL })).toMatchObject({
      ok: true,
      data: { status: 'matched', linked: true, person: { id: CALLA_ID } },
    });
    expect(await readLink(CALLA_SLUG)).toMatchObject({ personId: CALLA_ID });
  });

  it('asks again, with the new address, when the record changed after the user was shown the old one', async () => {
    const stardex = stardexWithRecord(PUB_URL);
    stardex.record.linkedin_url = VIEW_URL;
    expect(await linkSet(PUB_URL)).toMatchObject({ ok: true, data: { status: 'legacy-url', legacyUrl: VIEW_URL } });
    expect(await readLink(CALLA_SLUG)).toBeNull();
  });

  it('still refuses a record naming another readable /in/ profile, whatever the user confirms', async () => {
    stardexWithRecord('https://www.linkedin.com/in/calla-northallen-b7731c02/');
    const answer = await linkSet(PUB_URL);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect(JSON.stringify(answer)).toContain('calla-northallen-b7731c02');
    expect(await readLink(CALLA_SLUG)).toBeNull();
  });
});

describe('the guard before a save, for a record storing a legacy LinkedIn URL (issue 22 item 13)', () => {
  it('refuses it without a confirmed link, naming the address: nothing is sent', async () => {
    const stardex = stardexWithRecord(PUB_URL);
    const answer = await handleMessage(saveRequest());
    expect(answer).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect(JSON.stringify(answer)).toContain(PUB_URL);
    expect(stardex.sent).toEqual([]);
  });

  it('refuses it when the link was made without confirming this address (an older link, or another address)', async () => {
    const stardex = stardexWithRecord(VIEW_URL);
    await writeLink(CALLA_SLUG, { personId: CALLA_ID, personName: 'Calla Northallen', linkedAt: 1 });
    expect(await handleMessage(saveRequest())).toMatchObject({ ok: false, error: { kind: 'refused' } });
    await writeLink(CALLA_SLUG, {
      personId: CALLA_ID,
      personName: 'Calla Northallen',
      linkedAt: 1,
      confirmedLegacyUrl: PUB_URL,
    });
    expect(await handleMessage(saveRequest())).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect(stardex.sent).toEqual([]);
  });

  it('the review removes a link made without confirming the address and says it is an older address, not another profile', async () => {
    stardexWithRecord(PUB_URL);
    await writeLink(CALLA_SLUG, { personId: CALLA_ID, personName: 'Calla Northallen', linkedAt: 1 });
    const answer = await handleMessage({ type: 'person/match', linkedinUrl: CALLA_URL });
    expect(answer).toMatchObject({
      ok: true,
      data: { status: 'none', note: expect.stringContaining('older LinkedIn address in Stardex') },
    });
    expect(JSON.stringify(answer)).not.toContain('another LinkedIn profile');
    expect(await readLink(CALLA_SLUG)).toBeNull();
  });

  it('sends the save after the user confirmed the link, and re-points linkedin_url only when it is in the patch', async () => {
    const stardex = stardexWithRecord(PUB_URL);
    await linkSet(PUB_URL);
    const headline = { linkedin_headline: 'Technical Recruiter for healthcare AI teams' };
    expect(await handleMessage(saveRequest({ patch: headline }))).toMatchObject({
      ok: true,
      data: { status: 'saved', fields: ['linkedin_headline'] },
    });
    expect(stardex.sent).toEqual([{ method: 'PATCH', personId: CALLA_ID, body: headline }]);

    const repoint = { linkedin_url: 'https://de.linkedin.com/in/Calla-Northallen-2DA20053?trk=x' };
    expect(await handleMessage(saveRequest({ patch: repoint }))).toMatchObject({ ok: true, data: { status: 'saved' } });
    expect(stardex.sent[1]).toEqual({ method: 'PATCH', personId: CALLA_ID, body: { linkedin_url: CALLA_URL } });
  });
});
