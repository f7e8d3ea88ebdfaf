import { describe, expect, it } from 'vitest';
import { createStardexClient, type StardexClient } from '../../../lib/stardex/client';
import { toFailure } from '../../../lib/to-failure.background';
import { failureWords } from '../../../lib/ui-words/failures';
import { stardexError } from './stardex-error';

/**
 * One test (or more) per row of docs/stardex-answers.md: every answer shape Stardex documents, for
 * every endpoint the extension calls, as read by the client. The read-back rows (R1-R4) are in
 * confirm-update.test.ts. Bodies are written out here exactly as the docs show them.
 */

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const CALLA_URL = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const PERSON = {
  id: CALLA_ID,
  name: 'Calla Northallen',
  linkedin_public_id: 'calla-northallen-2da20053',
  current_job_title: 'Recruiter',
  current_company_name: 'Bluefen Mutual',
  emails: [{ contact_data_type: 'work', value: 'calla@bluefen.example' }],
};
const META = { total: 1, offset: 0, limit: 10 };

type Endpoint = 'search' | 'get' | 'create' | 'update' | 'note';
const ENDPOINTS: Endpoint[] = ['search', 'get', 'create', 'update', 'note'];
const READS: Endpoint[] = ['search', 'get', 'create'];

/** The success `data` each endpoint gives in the v1 docs. */
const V1_DATA: Record<Endpoint, unknown> = {
  search: [PERSON],
  get: PERSON,
  create: { ...PERSON, company_name: 'Bluefen Mutual', current_company_name: undefined, candidate_id: null },
  update: { message: 'Person updated successfully' },
  note: { message: 'Activity created successfully' },
};

function call(client: StardexClient, endpoint: Endpoint): Promise<unknown> {
  switch (endpoint) {
    case 'search':
      return client.searchPersons({ linkedin_url: CALLA_URL, limit: 10 });
    case 'get':
      return client.getPerson(CALLA_ID);
    case 'create':
      return client.createPerson({ name: 'Calla Northallen', linkedin_url: CALLA_URL });
    case 'update':
      return client.updatePerson(CALLA_ID, { current_job_title: 'Technical Recruiter' });
    case 'note':
      return client.addNote(CALLA_ID, 'Met at the Pinecrest meetup');
  }
}

/** A client whose every request is answered with `status` and `body` (a string is sent as is). */
function answering(status: number, body: unknown, headers: Record<string, string> = {}): StardexClient {
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return createStardexClient({
    baseUrl: 'https://stardex.test',
    apiKey: 'sk_test',
    fetch: () => Promise.resolve(new Response(text, { status, headers })),
  });
}

/** The value each endpoint resolves with when the answer is read as a success. */
async function expectRead(endpoint: Endpoint, client: StardexClient): Promise<void> {
  const result = await call(client, endpoint);
  if (endpoint === 'search') expect(result).toMatchObject({ persons: [{ id: CALLA_ID }] });
  else if (endpoint === 'get' || endpoint === 'create') expect(result).toMatchObject({ id: CALLA_ID });
  else expect(result).toBeUndefined();
}

describe('S: success envelopes', () => {
  it.each(ENDPOINTS)('S1 v1 {success: true, data, meta?} (%s): read', async (endpoint) => {
    const body = { success: true, data: V1_DATA[endpoint], ...(endpoint === 'search' ? { meta: META } : {}) };
    await expectRead(endpoint, answering(200, body));
  });

  it('S1 the total comes from meta', async () => {
    const body = { success: true, data: [PERSON], meta: { total: 37, offset: 0, limit: 1 } };
    expect((await answering(200, body).searchPersons({ limit: 1 })).total).toBe(37);
  });

  it('S2 a list without meta: read, the total is the length of the page', async () => {
    const result = await answering(200, {
      success: true,
      data: [PERSON, { ...PERSON, id: CALLA_ID.replace('3f', '4f') }],
    }).searchPersons({ limit: 10 });
    expect(result).toMatchObject({ total: 2, persons: [{ id: CALLA_ID }, {}] });
  });

  it('S2 an unreadable meta is treated as missing', async () => {
    const body = { success: true, data: [PERSON], meta: { total: 'many' } };
    expect((await answering(200, body).searchPersons({})).total).toBe(1);
  });

  it.each(ENDPOINTS)('S3 the older {error: null, data} (%s): read', async (endpoint) => {
    await expectRead(endpoint, answering(200, { error: null, data: V1_DATA[endpoint] }));
  });

  it.each(ENDPOINTS)('S4 error: null beside success: true (%s): read', async (endpoint) => {
    await expectRead(endpoint, answering(200, { error: null, success: true, data: V1_DATA[endpoint] }));
  });

  it.each([
    ['{}', {}],
    ['{id}', { id: CALLA_ID }],
    ['null', null],
  ])('S5 a PATCH answer whose data has no message (%s): applied', async (_name, data) => {
    await expect(
      answering(200, { error: null, success: true, data }).updatePerson(CALLA_ID, { name: 'X' }),
    ).resolves.toBe(undefined);
    await expect(answering(200, { success: true, data }).updatePerson(CALLA_ID, { name: 'X' })).resolves.toBe(
      undefined,
    );
  });

  it('S5 a PATCH answer without data at all: applied', async () => {
    await expect(answering(200, { success: true }).updatePerson(CALLA_ID, { name: 'X' })).resolves.toBeUndefined();
  });

  it.each(ENDPOINTS)('S6 unknown fields everywhere (%s): ignored', async (endpoint) => {
    const data = V1_DATA[endpoint];
    const extra = { tags: ['x'], custom_fields: [{ attribute_id: 'a', value: 1 }], owner: { id: 1 } };
    const body = {
      success: true,
      request_id: 'req_1',
      data: Array.isArray(data) ? data.map((p: object) => ({ ...p, ...extra })) : { ...(data as object), ...extra },
      meta: { ...META, has_more: false },
    };
    await expectRead(endpoint, answering(200, body));
  });

  it('S6 unknown person fields are dropped, not passed on', async () => {
    const person = await answering(200, { success: true, data: { ...PERSON, tags: ['x'] } }).getPerson(CALLA_ID);
    expect(person).not.toHaveProperty('tags');
  });

  it('S7 fields the docs do not promise may be missing or null', async () => {
    const person = await answering(200, {
      success: true,
      data: { id: CALLA_ID, linkedin_public_id: null, emails: null },
    }).getPerson(CALLA_ID);
    expect(person).toEqual({ id: CALLA_ID, linkedin_public_id: null, emails: null });
    expect(person.linkedin_headline).toBeUndefined();
  });
});

describe('V: strict about what the extension acts on', () => {
  it.each([
    ['no id', { ...PERSON, id: undefined }],
    ['an id that is not a UUID', { ...PERSON, id: '12345' }],
    ['a numeric linkedin_public_id', { ...PERSON, linkedin_public_id: 42 }],
    ['a compared field that is not text', { ...PERSON, current_job_title: { name: 'Recruiter' } }],
    ['an email without a value', { ...PERSON, emails: [{ contact_data_type: 'work' }] }],
  ])('V1/V2 a person with %s: invalid answer', async (_name, person) => {
    for (const endpoint of READS) {
      const data = endpoint === 'search' ? [person] : person;
      const error = await stardexError(call(answering(200, { success: true, data, meta: META }), endpoint));
      expect(error).toMatchObject({ kind: 'invalid-response', status: 200, retryable: false });
      expect(failureWords(toFailure(error))).toBe(
        'Stardex sent an unexpected answer - check the API address in Options or try again later',
      );
    }
  });

  it.each([
    ['no data', { success: true }],
    ['data of the wrong type', { success: true, data: 'Calla' }],
  ])('V3 %s: invalid answer for reads', async (_name, body) => {
    for (const endpoint of READS) {
      expect((await stardexError(call(answering(200, body), endpoint))).kind).toBe('invalid-response');
    }
  });

  it('V3 a search whose data is one person instead of a list: invalid answer', async () => {
    expect((await stardexError(answering(200, { success: true, data: PERSON }).searchPersons({}))).kind).toBe(
      'invalid-response',
    );
  });
});

describe('F: failures reported in the body, whatever the status', () => {
  const shape1 = {
    success: false,
    error: { code: 'INVALID_API_KEY', message: 'The provided API key is invalid or expired' },
  };
  const shape2 = { error: 'Invalid API key', data: null };
  const shape3 = { message: 'Person with id x not found', error: 'Not Found', statusCode: 404 };

  it.each(ENDPOINTS)(
    'F1-F3 the three shapes at their HTTP status (%s): failure by status, in Stardex words',
    async (endpoint) => {
      expect(await stardexError(call(answering(401, shape1), endpoint))).toMatchObject({
        kind: 'auth',
        code: 'INVALID_API_KEY',
        message: 'The provided API key is invalid or expired',
      });
      expect(await stardexError(call(answering(401, shape2), endpoint))).toMatchObject({
        kind: 'auth',
        message: 'Invalid API key',
      });
      expect(await stardexError(call(answering(404, shape3), endpoint))).toMatchObject({
        kind: 'not-found',
        message: 'Person with id x not found',
      });
    },
  );

  it.each(ENDPOINTS)('F4 shape 1 with HTTP 200 (%s): failure, kind from the documented code', async (endpoint) => {
    const error = await stardexError(call(answering(200, shape1), endpoint));
    expect(error).toMatchObject({ kind: 'auth', status: 200, code: 'INVALID_API_KEY', retryable: false });
    expect(error.message).toBe('The provided API key is invalid or expired');
  });

  it('F4 a 200 carrying RATE_LIMIT_EXCEEDED is retried after its wait', async () => {
    const body = {
      success: false,
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down', retry_after_seconds: 12 },
    };
    const error = await stardexError(answering(200, body).updatePerson(CALLA_ID, { name: 'X' }));
    expect(error).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfterSeconds: 12 });
  });

  it('F4 an undocumented code with HTTP 200: a refusal in Stardex words', async () => {
    const body = {
      success: false,
      error: { code: 'DUPLICATE_LINKEDIN_URL', message: 'A person with this LinkedIn URL already exists' },
    };
    const error = await stardexError(answering(200, body).createPerson({ name: 'Calla', linkedin_url: CALLA_URL }));
    expect(error).toMatchObject({ kind: 'bad-request', retryable: false });
    expect(failureWords(toFailure(error))).toBe(
      'Stardex refused the request: A person with this LinkedIn URL already exists',
    );
  });

  it.each(ENDPOINTS)('F5 shape 2 with HTTP 200 (%s): failure in Stardex words', async (endpoint) => {
    const error = await stardexError(call(answering(200, shape2), endpoint));
    expect(error).toMatchObject({ kind: 'bad-request', status: 200, message: 'Invalid API key' });
    expect(failureWords(toFailure(error))).toBe('Stardex refused the request: Invalid API key');
  });

  it.each(ENDPOINTS)('F6 shape 3 with HTTP 200 (%s): failure, kind from its statusCode', async (endpoint) => {
    expect(await stardexError(call(answering(200, shape3), endpoint))).toMatchObject({
      kind: 'not-found',
      status: 200,
      message: 'Person with id x not found',
    });
    const serverError = { message: 'Database unavailable', error: 'Internal Server Error', statusCode: 500 };
    expect(await stardexError(call(answering(200, serverError), endpoint))).toMatchObject({
      kind: 'server',
      retryable: true,
    });
  });

  it.each(ENDPOINTS)('F7 success: true beside a non-null error string (%s): failure', async (endpoint) => {
    const body = { success: true, error: 'Custom field "Source" is read-only', data: V1_DATA[endpoint], meta: META };
    const error = await stardexError(call(answering(200, body), endpoint));
    expect(error).toMatchObject({ kind: 'bad-request', message: 'Custom field "Source" is read-only' });
  });

  it.each(ENDPOINTS)('F8 success: false without words (%s): failure, said so', async (endpoint) => {
    const error = await stardexError(call(answering(200, { success: false, error: null, data: null }), endpoint));
    expect(error).toMatchObject({ kind: 'bad-request', message: 'no reason given (HTTP 200)' });
  });

  it.each(ENDPOINTS)('F9 an error object without success (%s): failure', async (endpoint) => {
    const body = { error: { code: 'FORBIDDEN', message: 'No permission to modify persons' }, data: null };
    const error = await stardexError(call(answering(200, body), endpoint));
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'No permission to modify persons' });
  });
});

describe('E: bodies that are empty or not JSON', () => {
  const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';

  it.each(ENDPOINTS)('E1 an empty error body (%s): failure by status', async (endpoint) => {
    const error = await stardexError(call(answering(503, ''), endpoint));
    expect(error).toMatchObject({ kind: 'server', status: 503, retryable: true });
    expect(error.detail).toBe('HTTP 503 (empty body)');
  });

  it.each(ENDPOINTS)(
    "E2 a proxy's HTML error page (%s): failure by status, the page in the detail",
    async (endpoint) => {
      const error = await stardexError(call(answering(502, html, { 'Content-Type': 'text/html' }), endpoint));
      expect(error).toMatchObject({ kind: 'server', status: 502, message: 'Stardex answered HTTP 502' });
      expect(error.detail).toContain('<title>502 Bad Gateway</title>');
    },
  );

  const unreadable2xx: [string, number, unknown][] = [
    ['E3 204 without a body', 204, undefined],
    ['E3 200 with an empty body', 200, ''],
    ['E4 200 with an HTML page', 200, html],
    ['E4 200 with JSON cut off', 200, '{"success":true,"data":{"id":'],
    ['E5 200 with JSON saying nothing ({})', 200, {}],
    ['E5 200 with a bare string', 200, '"ok"'],
  ];

  it.each(unreadable2xx)(
    '%s: reads are invalid answers, retried only when the body is no JSON at all',
    async (_name, status, body) => {
      const notJson = body === undefined || body === '' || body === html || body === '{"success":true,"data":{"id":';
      for (const endpoint of READS) {
        const error = await stardexError(call(answering(status, body), endpoint));
        expect(error).toMatchObject({ kind: 'invalid-response', status, retryable: notJson, unconfirmedWrite: false });
      }
    },
  );

  it.each(unreadable2xx)('%s: a PATCH is unconfirmed (to be read back), not failed', async (_name, status, body) => {
    const error = await stardexError(answering(status, body).updatePerson(CALLA_ID, { name: 'X' }));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      status,
      code: 'UNCONFIRMED_WRITE',
      unconfirmedWrite: true,
    });
  });

  it.each(unreadable2xx)('%s: a note counts as posted', async (_name, status, body) => {
    await expect(answering(status, body).addNote(CALLA_ID, 'A note')).resolves.toBeUndefined();
  });
});
