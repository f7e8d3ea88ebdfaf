import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

/** Company lookups (issue 23) with the real client, the real storage code on the fake browser, and the sandbox. */

const CLIENT_URL = 'https://www.linkedin.com/company/4334868/';
const CLIENT_ID = '0c0a0001-4d2e-4b8f-9a10-00000000c001';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  fakeBrowser.reset();
  sandbox.reset();
});

async function modules() {
  vi.resetModules();
  const [lookup, { createStardexClient }] = await Promise.all([
    import('@/lib/companies/company-lookup.background'),
    import('@/lib/stardex/client'),
  ]);
  return { ...lookup, client: createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY }) };
}

const searches = () => sandbox.requests().filter((r) => r.path === '/v1/companies/search');

describe('lookUpCompany', () => {
  it('finds the company by its LinkedIn company URL, in any spelling of that URL', async () => {
    const { lookUpCompany, client } = await modules();
    const found = await lookUpCompany(client, {
      linkedinUrl: 'https://se.linkedin.com/company/4334868/about/?trk=x',
      name: 'Something Else',
    });
    expect(found).toMatchObject({ status: 'found', by: 'linkedin-url', company: { id: CLIENT_ID, is_client: true } });
    expect(searches().map((r) => r.body)).toEqual([{ linkedin_url: CLIENT_URL, limit: 25 }]);
  });

  it('falls back to the exact name (case aside), never to a name that only contains it', async () => {
    const { lookUpCompany, client } = await modules();
    expect(await lookUpCompany(client, { linkedinUrl: null, name: 'lumenvale optics' })).toMatchObject({
      status: 'found',
      by: 'name',
      company: { name: 'Lumenvale Optics', do_not_contact: true },
    });
    expect(await lookUpCompany(client, { linkedinUrl: null, name: 'Lumenvale' })).toEqual({ status: 'none' });
  });

  it('a page URL of another company is not matched by name to a record linked elsewhere', async () => {
    const { lookUpCompany, client } = await modules();
    const other = await lookUpCompany(client, {
      linkedinUrl: 'https://www.linkedin.com/company/lumenvale-optics-gmbh/',
      name: 'Lumenvale Optics',
    });
    expect(other).toEqual({ status: 'none' });
  });

  it('ten profiles at the same employer cost one request within the few minutes', async () => {
    const { lookUpCompany, client } = await modules();
    for (let profile = 0; profile < 10; profile += 1) {
      await lookUpCompany(client, { linkedinUrl: CLIENT_URL, name: 'Nettlebrook Pharma' });
    }
    expect(searches()).toHaveLength(1);
  });

  it('after the few minutes the company is asked again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { lookUpCompany, client } = await modules();
      await lookUpCompany(client, { linkedinUrl: CLIENT_URL, name: null });
      vi.setSystemTime(Date.now() + 6 * 60_000);
      await lookUpCompany(client, { linkedinUrl: CLIENT_URL, name: null });
      expect(searches()).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('duplicates of one company: an off-limits one wins, so no duplicate hides the warning', async () => {
    sandbox.reset(undefined, [
      { id: '0c0a0009-4d2e-4b8f-9a10-00000000c009', name: 'Nettlebrook Pharma', linkedin_url: CLIENT_URL },
      { id: CLIENT_ID, name: 'Nettlebrook Pharma', linkedin_url: CLIENT_URL, is_client: true },
    ]);
    const { lookUpCompany, client } = await modules();
    expect(await lookUpCompany(client, { linkedinUrl: CLIENT_URL, name: null })).toMatchObject({
      company: { id: CLIENT_ID },
    });
  });

  it('nothing to look up without a URL or a name; a failed lookup says so (rejects) and is not remembered', async () => {
    const { lookUpCompany, client } = await modules();
    expect(await lookUpCompany(client, { linkedinUrl: null, name: '  ' })).toBeNull();
    sandbox.addFaults({ path: '/v1/companies/search', kind: 'status', status: 500 });
    await expect(lookUpCompany(client, { linkedinUrl: CLIENT_URL, name: null })).rejects.toMatchObject({
      kind: 'server',
    });
    expect(await lookUpCompany(client, { linkedinUrl: CLIENT_URL, name: null })).toMatchObject({ status: 'found' });
  });
});
