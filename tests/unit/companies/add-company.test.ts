import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import type { RequestOf } from '@/lib/messaging/protocol';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/** "Add company to Stardex" (issue 23) through the real outbox, the real client and the sandbox. */

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const CALLA_URL = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const BLUEFEN_URL = 'https://www.linkedin.com/company/94046/';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

let lastDelivery: { deliverOutbox(): Promise<void> } | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  // Bluefen Insurance is not in this Stardex.
  sandbox.reset(undefined, []);
});
afterEach(async () => {
  await lastDelivery?.deliverOutbox();
  lastDelivery = undefined;
});

async function modules() {
  vi.resetModules();
  const [add, store, delivery, outbox, { createStardexClient }] = await Promise.all([
    import('@/lib/companies/add-company.background'),
    import('@/lib/outbox/store'),
    import('@/lib/outbox/delivery.background'),
    import('@/lib/outbox/outbox'),
    import('@/lib/stardex/client'),
  ]);
  vi.mocked(getStardexClient).mockResolvedValue(createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY }));
  lastDelivery = delivery;
  return { ...add, ...store, ...delivery, ...outbox };
}

function addRequest(name = 'Bluefen Insurance'): RequestOf<'company/add'> {
  return {
    type: 'company/add',
    tabId: null,
    personId: CALLA_ID,
    personName: 'Calla Northallen',
    linkedinUrl: CALLA_URL,
    company: { name, linkedin_url: BLUEFEN_URL, location: 'Pinecrest Hollow, Oregon, United States' },
  };
}

const creates = () => sandbox.requests().filter((r) => r.method === 'POST' && r.path === '/v1/companies');
const named = () => sandbox.companies().filter((c) => c.linkedin_url === BLUEFEN_URL);

describe('addCompany', () => {
  it('searches, creates the company once with what the page shows, then names it on the person', async () => {
    const { addCompany, readOutbox } = await modules();
    expect(await addCompany(addRequest())).toEqual({ status: 'added' });
    expect(creates().map((r) => r.body)).toEqual([
      { name: 'Bluefen Insurance', linkedin_url: BLUEFEN_URL, location: 'Pinecrest Hollow, Oregon, United States' },
    ]);
    expect(sandbox.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v1/persons/${CALLA_ID}`,
      'POST /v1/companies/search',
      'POST /v1/companies/search',
      'POST /v1/companies',
      `PATCH /v1/persons/${CALLA_ID}`,
    ]);
    expect(named()).toHaveLength(1);
    expect(sandbox.person(CALLA_ID)).toMatchObject({
      current_company_name: 'Bluefen Insurance',
      current_company_id: named()[0]!.id,
    });
    expect(await readOutbox()).toEqual([]);
  });

  it('a create whose answer was lost is not made twice: the retry finds it by searching first', async () => {
    const { addCompany, readOutbox, updateOutbox, retryNow, deliverOutbox } = await modules();
    sandbox.addFaults({ method: 'POST', path: '^/v1/companies$', kind: 'drop', apply: true, times: 2 });
    expect(await addCompany(addRequest())).toEqual({ status: 'queued' });
    expect(named()).toHaveLength(1);

    const [waiting] = await readOutbox();
    await updateOutbox((entries) => retryNow(entries, waiting!.id, Date.now()));
    await deliverOutbox();

    expect(await readOutbox()).toEqual([]);
    expect(named()).toHaveLength(1);
    expect(sandbox.person(CALLA_ID)?.current_company_name).toBe('Bluefen Insurance');
  });

  it('a company already in Stardex under another spelling is not created again; the person gets its spelling', async () => {
    sandbox.reset(undefined, [
      { id: '0c0a0003-4d2e-4b8f-9a10-00000000c003', name: 'Bluefen Insurance Group', linkedin_url: BLUEFEN_URL },
    ]);
    const { addCompany } = await modules();
    expect(await addCompany(addRequest())).toEqual({ status: 'added' });
    expect(creates()).toEqual([]);
    expect(sandbox.person(CALLA_ID)?.current_company_name).toBe('Bluefen Insurance Group');
  });

  it('clicked twice: two steps, one company', async () => {
    const { addCompany } = await modules();
    await Promise.all([addCompany(addRequest()), addCompany(addRequest())]);
    expect(creates()).toHaveLength(1);
    expect(named()).toHaveLength(1);
  });
});
