import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, READ_ONLY_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const CLIENT_URL = 'https://www.linkedin.com/company/4334868/';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function call(method: string, path: string, body?: unknown, key = DEMO_API_KEY) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; meta?: unknown } };
}

const names = (answer: { body: { data?: unknown } }) => (answer.body.data as { name: string }[]).map((c) => c.name);

describe('the sandbox companies', () => {
  it('are seeded with a client, a do-not-contact company and an ordinary one', () => {
    expect(sandbox.companies().map((c) => [c.name, c.is_client, c.do_not_contact])).toEqual([
      ['Nettlebrook Pharma', true, false],
      ['Lumenvale Optics', false, true],
      ['Bluefen Insurance', false, false],
    ]);
  });

  it('search by LinkedIn company URL compares canonical forms (host, sub-page, query, case)', async () => {
    const answer = await call('POST', '/v1/companies/search', {
      linkedin_url: 'https://uk.linkedin.com/company/4334868/about/?trk=x',
    });
    expect(answer.status).toBe(200);
    expect(names(answer)).toEqual(['Nettlebrook Pharma']);
    expect(answer.body.data).toEqual([
      expect.objectContaining({
        is_client: true,
        client_status: { id: expect.any(String), name: 'Active' },
        linkedin_id: 4334868,
        do_not_contact: false,
      }),
    ]);
    expect(answer.body.meta).toEqual({ total: 1, offset: 0, limit: 20 });
  });

  it('search refuses a URL that names no company (a school is not one)', async () => {
    const answer = await call('POST', '/v1/companies/search', {
      linkedin_url: 'https://www.linkedin.com/school/stonebridge-university/',
    });
    expect(answer.status).toBe(400);
  });

  it('search by keywords matches names containing every keyword, and is_client filters', async () => {
    expect(names(await call('POST', '/v1/companies/search', { keywords: ['lumenvale'] }))).toEqual([
      'Lumenvale Optics',
    ]);
    expect(names(await call('POST', '/v1/companies/search', { is_client: true }))).toEqual(['Nettlebrook Pharma']);
  });

  it('GET answers the record with its do-not-contact metadata, and 404 for an unknown id', async () => {
    const [dnc] = sandbox.companies().filter((c) => c.do_not_contact);
    const answer = await call('GET', `/v1/companies/${dnc!.id}`);
    expect(answer.body.data).toMatchObject({
      name: 'Lumenvale Optics',
      do_not_contact_metadata: { reason: 'Non-solicit agreement', date: '2025-11-03' },
    });
    expect((await call('GET', '/v1/companies/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('"create or update" with the same LinkedIn URL twice makes two companies (the dangerous reading)', async () => {
    const body = { name: 'Quillmoor Analytics', linkedin_url: 'https://www.linkedin.com/company/547d1056/' };
    const first = await call('POST', '/v1/companies', body);
    const second = await call('POST', '/v1/companies', body);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((first.body.data as { id: string }).id).not.toBe((second.body.data as { id: string }).id);
    expect(sandbox.companies().filter((c) => c.name === 'Quillmoor Analytics')).toHaveLength(2);
  });

  it('create refuses an unknown field, a missing name, and a read-only key', async () => {
    expect((await call('POST', '/v1/companies', { name: 'X', owner: 'me' })).status).toBe(400);
    expect((await call('POST', '/v1/companies', { linkedin_url: CLIENT_URL })).status).toBe(400);
    expect((await call('POST', '/v1/companies', { name: 'X' }, READ_ONLY_API_KEY)).status).toBe(403);
    expect(sandbox.companies()).toHaveLength(3);
  });

  it("a person's PATCH company_name links the one company of that name", async () => {
    await call('PATCH', `/v1/persons/${CALLA_ID}`, { company_name: 'bluefen insurance' });
    const person = await call('GET', `/v1/persons/${CALLA_ID}`);
    expect(person.body.data).toMatchObject({ current_company_id: '0c0a0003-4d2e-4b8f-9a10-00000000c003' });
  });

  it("a person's do_not_contact is answered only when the record has one", async () => {
    sandbox.reset([{ id: CALLA_ID, name: 'Calla Northallen', do_not_contact: true }]);
    expect((await call('GET', `/v1/persons/${CALLA_ID}`)).body.data).toMatchObject({ do_not_contact: true });
    sandbox.reset([{ id: CALLA_ID, name: 'Calla Northallen' }]);
    expect((await call('GET', `/v1/persons/${CALLA_ID}`)).body.data).not.toHaveProperty('do_not_contact');
  });
});
