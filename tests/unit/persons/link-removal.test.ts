import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/messaging/handle-message.background';
import { matchPerson } from '@/lib/persons/match-person.background';
import { readLink, writeLink } from '@/lib/persons/profile-links.background';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import type { StardexClient } from '@/lib/stardex/client';
import { errorFromFailedAnswer } from '@/lib/stardex/errors';

vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/** Issue 22 item 6: which 404 deletes a link the user made by hand, and who may delete it. */

const SLUG = 'calla-northallen-2da20053';
const URL_OF_PROFILE = `https://www.linkedin.com/in/${SLUG}/`;
const LINKED_ID = '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61';

function answer404(body: unknown) {
  return errorFromFailedAnswer({
    status: 404,
    statusText: 'Not Found',
    bodyText: JSON.stringify(body),
    body,
    retryAfterSeconds: null,
  });
}

const ROUTING_404 = { message: `Cannot GET /api/v1/persons/${LINKED_ID}`, error: 'Not Found', statusCode: 404 };
const PERSON_NOT_FOUND = { message: `Person with id ${LINKED_ID} not found`, error: 'Not Found', statusCode: 404 };

function stardexAnswering(error: Error): StardexClient {
  return {
    getPerson: vi.fn(() => Promise.reject(error)),
    searchPersons: vi.fn(() => Promise.resolve({ persons: [], total: 0 })),
  } as unknown as StardexClient;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await writeLink(SLUG, { personId: LINKED_ID, personName: 'Calla Northallen', linkedAt: 1 });
});

describe('a hand-made link and a 404 (issue 22 item 6)', () => {
  it('a routing 404 (a wrong base path, a proxy) is an error: the link stays', async () => {
    const client = stardexAnswering(answer404(ROUTING_404));
    await expect(matchPerson(client, URL_OF_PROFILE, { mayRemoveLink: true })).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(await readLink(SLUG)).toMatchObject({ personId: LINKED_ID });
  });

  it("Stardex's own 'person not found' during a background lookup (the badge) leaves the link alone", async () => {
    const client = stardexAnswering(answer404(PERSON_NOT_FOUND));
    expect(await matchPerson(client, URL_OF_PROFILE)).toMatchObject({ status: 'none' });
    expect(await readLink(SLUG)).toMatchObject({ personId: LINKED_ID });
  });

  it("the review the user looks at removes it on Stardex's own 'person not found', and says so", async () => {
    vi.mocked(getStardexClient).mockResolvedValue(stardexAnswering(answer404(PERSON_NOT_FOUND)));
    const envelope = await handleMessage({ type: 'person/match', linkedinUrl: URL_OF_PROFILE });
    expect(envelope).toMatchObject({
      ok: true,
      data: { status: 'none', note: expect.stringContaining('was deleted in Stardex, so the link was removed') },
    });
    expect(await readLink(SLUG)).toBeNull();
  });
});
