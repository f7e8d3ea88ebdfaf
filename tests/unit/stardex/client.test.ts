import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStardexClient, type StardexClientOptions } from '../../../lib/stardex/client';
import type { RateLimitInfo } from '../../../lib/stardex/types';
import { stardexError } from './stardex-error';
import { DEMO_API_KEY, READ_ONLY_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

function client(overrides: Partial<StardexClientOptions> = {}) {
  return createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY, ...overrides });
}

describe('successful calls', () => {
  it('searches by LinkedIn URL and unwraps the list envelope', async () => {
    const result = await client().searchPersons({
      linkedin_url: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
    });
    expect(result.total).toBe(1);
    expect(result.persons[0]).toMatchObject({
      id: CALLA_ID,
      linkedin_public_id: 'calla-northallen-2da20053',
      current_job_title: 'Recruiter',
      current_company_name: 'Bluefen Mutual',
      linkedin_headline: null,
    });
  });

  it('sends the bearer key and a JSON body', async () => {
    await client().searchPersons({ name: 'Calla Northallen', limit: 5 });
    const [logged] = sandbox.requests();
    expect(logged).toMatchObject({
      method: 'POST',
      path: '/v1/persons/search',
      authorization: 'Bearer …demo',
      body: { name: 'Calla Northallen', limit: 5 },
      status: 200,
    });
  });

  it('reads a person', async () => {
    const person = await client().getPerson(CALLA_ID);
    expect(person.name).toBe('Calla Northallen');
    expect(person.emails).toHaveLength(2);
  });

  it('creates a person and maps company_name to current_company_name', async () => {
    const created = await client().createPerson({
      name: 'Maël Hautecombe',
      linkedin_url: 'https://www.linkedin.com/in/mael-hautecombe-46a5df70b/',
      company_name: 'Fallowfield Logistics',
    });
    expect(created).toMatchObject({
      name: 'Maël Hautecombe',
      linkedin_public_id: 'mael-hautecombe-46a5df70b',
      current_company_name: 'Fallowfield Logistics',
    });
    expect(sandbox.person(created.id)?.first_name).toBe('Maël');
  });

  it('updates a person', async () => {
    await client().updatePerson(CALLA_ID, { current_job_title: 'Technical Recruiter' });
    expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Technical Recruiter');
    expect(sandbox.requests()[0]).toMatchObject({ method: 'PATCH', path: `/v1/persons/${CALLA_ID}` });
  });

  it('checks the connection with a one-person search', async () => {
    await client().checkConnection();
    expect(sandbox.requests()[0]).toMatchObject({ path: '/v1/persons/search', body: { limit: 1 } });
  });

  it('keeps a path prefix of the base URL', async () => {
    const error = await stardexError(client({ baseUrl: `${sandbox.url}/proxy` }).checkConnection());
    expect(error.kind).toBe('not-found');
    expect(sandbox.requests()[0]?.path).toBe('/proxy/v1/persons/search');
  });
});

describe('error shapes', () => {
  it('shape 1: a bad key is "auth" with the code', async () => {
    const error = await stardexError(client({ apiKey: 'sk_revoked' }).checkConnection());
    expect(error).toMatchObject({ kind: 'auth', status: 401, code: 'INVALID_API_KEY', retryable: false });
    expect(error.message).toBe('The provided API key is invalid or expired');
    expect(error.detail).toContain('HTTP 401');
  });

  it('shape 1: a read-only key cannot write', async () => {
    const error = await stardexError(
      client({ apiKey: READ_ONLY_API_KEY }).updatePerson(CALLA_ID, { name: 'Calla N.' }),
    );
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, code: 'FORBIDDEN' });
    expect(sandbox.person(CALLA_ID)?.name).toBe('Calla Northallen');
  });

  it('shape 1: a validation error is "bad-request" with the server message', async () => {
    const error = await stardexError(client().searchPersons({ limit: 500 }));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, code: 'VALIDATION_ERROR' });
    expect(error.message).toContain('limit');
  });

  it('shape 2: the message of an older endpoint is read', async () => {
    sandbox.addFaults({ kind: 'status', status: 401, shape: 2 });
    const error = await stardexError(client().checkConnection());
    expect(error).toMatchObject({ kind: 'auth', status: 401, code: null });
    expect(error.message).toBe('Injected 401 Unauthorized');
  });

  it('shape 3: an unknown person is "not-found"', async () => {
    const error = await stardexError(client().getPerson(UNKNOWN_ID));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, code: null, retryable: false });
    expect(error.message).toContain(UNKNOWN_ID);
  });

  it('shape 3: a 500 is a retryable "server" error', async () => {
    sandbox.addFaults({ kind: 'status', status: 500, shape: 3 });
    const error = await stardexError(client().getPerson(CALLA_ID));
    expect(error).toMatchObject({ kind: 'server', status: 500, retryable: true });
  });

  it('an empty error body still gives a status-based error', async () => {
    sandbox.addFaults({ kind: 'empty', status: 503 });
    const error = await stardexError(client().getPerson(CALLA_ID));
    expect(error).toMatchObject({ kind: 'server', status: 503, retryable: true });
    expect(error.detail).toContain('empty body');
  });

  it("a proxy's HTML page is kept in the detail", async () => {
    sandbox.addFaults({ kind: 'html', status: 502 });
    const error = await stardexError(client().getPerson(CALLA_ID));
    expect(error).toMatchObject({ kind: 'server', status: 502 });
    expect(error.detail).toMatch(/^HTTP 502 Bad Gateway\n<!DOCTYPE html>/);
  });

  it("HTML with status 200 (a proxy's block page) to a read is an unreadable answer, retried like other passing problems (issue 22 item 9)", async () => {
    sandbox.addFaults({ kind: 'html', status: 200 });
    const error = await stardexError(client().getPerson(CALLA_ID));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200, retryable: true });
    expect(error.detail).toMatch(/<!DOCTYPE html>/);
  });

  it('JSON of the wrong shape with status 200 is not retried: it is not a passing problem', async () => {
    const wrongShape: typeof fetch = () =>
      Promise.resolve(Response.json({ success: true, data: { nothing: 'here' } }, { status: 200 }));
    const error = await stardexError(client({ fetch: wrongShape }).getPerson(CALLA_ID));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200, retryable: false });
  });

  it('truncated JSON is an invalid response', async () => {
    sandbox.addFaults({ kind: 'malformed-json' });
    const error = await stardexError(client().searchPersons({ name: 'Calla Northallen' }));
    expect(error.kind).toBe('invalid-response');
  });

  it('an empty 200 is an invalid response', async () => {
    sandbox.addFaults({ kind: 'empty', status: 200 });
    expect((await stardexError(client().updatePerson(CALLA_ID, { name: 'X' }))).kind).toBe('invalid-response');
  });
});

describe('transport failures', () => {
  it('a hanging server times out', async () => {
    sandbox.addFaults({ kind: 'hang' });
    const error = await stardexError(client({ timeoutMs: 200 }).getPerson(CALLA_ID));
    expect(error).toMatchObject({ kind: 'timeout', status: null, retryable: true });
  });

  it('a slow answer within the timeout succeeds', async () => {
    sandbox.addFaults({ kind: 'delay', delayMs: 100 });
    await expect(client({ timeoutMs: 2000 }).getPerson(CALLA_ID)).resolves.toMatchObject({ id: CALLA_ID });
  });

  it('a create applied before the answer hung is visible on the next search', async () => {
    sandbox.addFaults({ kind: 'hang', method: 'POST', path: '/v1/persons', apply: true });
    const body = { name: 'Soren Calderwick', linkedin_url: 'https://www.linkedin.com/in/soren-calderwick-938da732/' };
    expect((await stardexError(client({ timeoutMs: 200 }).createPerson(body))).kind).toBe('timeout');
    const { total } = await client().searchPersons({ linkedin_url: body.linkedin_url });
    expect(total).toBe(1);
  });

  it('a dropped connection is a network error', async () => {
    sandbox.addFaults({ kind: 'drop' });
    const error = await stardexError(client().getPerson(CALLA_ID));
    expect(error).toMatchObject({ kind: 'network', status: null, retryable: true });
  });

  it('a closed port is a network error', async () => {
    const closed = await startSandbox({ port: 0 });
    await closed.close();
    const error = await stardexError(client({ baseUrl: closed.url }).checkConnection());
    expect(error.kind).toBe('network');
  });
});

describe('rate limits', () => {
  it('reports the headers of every answer', async () => {
    const seen: RateLimitInfo[] = [];
    await client({ onRateLimit: (info) => seen.push(info) }).checkConnection();
    expect(seen).toEqual([{ limit: 60, remaining: 59, resetAt: expect.any(Number), retryAfterSeconds: null }]);
  });

  it('a 429 carries Retry-After and the body fields', async () => {
    const limited = await startSandbox({ port: 0, rateLimitPerMinute: 2 });
    try {
      const seen: RateLimitInfo[] = [];
      const limitedClient = createStardexClient({
        baseUrl: limited.url,
        apiKey: DEMO_API_KEY,
        onRateLimit: (info) => seen.push(info),
      });
      await limitedClient.checkConnection();
      await limitedClient.checkConnection();
      const error = await stardexError(limitedClient.checkConnection());
      expect(error).toMatchObject({ kind: 'rate-limited', status: 429, code: 'RATE_LIMIT_EXCEEDED', retryable: true });
      expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(59);
      expect(seen.at(-1)).toMatchObject({ limit: 2, remaining: 0, retryAfterSeconds: error.retryAfterSeconds });
    } finally {
      await limited.close();
    }
  });

  it('an injected 429 with Retry-After: 40 says 40 seconds', async () => {
    sandbox.addFaults({ kind: 'status', status: 429, retryAfter: 40 });
    const error = await stardexError(client().checkConnection());
    expect(error.retryAfterSeconds).toBe(40);
  });

  it('waits for beforeRequest before sending', async () => {
    const order: string[] = [];
    const delayed = client({
      beforeRequest: async () => {
        order.push('before');
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push(`sent so far: ${sandbox.requests().length}`);
      },
    });
    await delayed.checkConnection();
    expect(order).toEqual(['before', 'sent so far: 0']);
    expect(sandbox.requests()).toHaveLength(1);
  });
});

describe('checks before sending', () => {
  it.each([
    ['http://api.stardex.ai', 'plain http to a remote host'],
    ['ftp://127.0.0.1', 'another scheme'],
    ['api.stardex.ai', 'no scheme'],
    ['https://user:pw@api.stardex.ai', 'credentials'],
  ])('rejects %s (%s)', (baseUrl) => {
    expect(() => createStardexClient({ baseUrl, apiKey: DEMO_API_KEY })).toThrow(
      expect.objectContaining({ kind: 'bad-request', code: 'INVALID_BASE_URL' }),
    );
  });

  it.each(['https://api.stardex.ai', 'http://localhost:8787', 'http://127.0.0.1:8787/'])('accepts %s', (baseUrl) => {
    expect(() => createStardexClient({ baseUrl, apiKey: DEMO_API_KEY })).not.toThrow();
  });

  it('rejects a missing or unsendable key', () => {
    expect(() => createStardexClient({ baseUrl: sandbox.url, apiKey: '  ' })).toThrow(
      expect.objectContaining({ kind: 'auth', code: 'MISSING_API_KEY' }),
    );
    expect(() => createStardexClient({ baseUrl: sandbox.url, apiKey: 'sk one' })).toThrow(
      expect.objectContaining({ kind: 'auth', code: 'MALFORMED_API_KEY' }),
    );
  });

  it('refuses a non-UUID id without sending anything', async () => {
    const error = await stardexError(client().updatePerson('../search', { name: 'X' }));
    expect(error).toMatchObject({ kind: 'bad-request', code: 'INVALID_PERSON_ID', status: null });
    expect(sandbox.requests()).toEqual([]);
  });
});

describe('a value over its field limit (issue 22 item 11)', () => {
  it('item 11: a PATCH with a 100,000-character headline or a create with a 246-character first name is refused by the client, naming the field, and nothing is sent', async () => {
    const headline = 'Recruiter '.repeat(10_000);
    const refusal = {
      kind: 'refused',
      message: 'The headline is 100000 characters long; Stardex takes at most 500, so nothing was sent.',
    };
    await expect(client().updatePerson(CALLA_ID, { linkedin_headline: headline })).rejects.toMatchObject({
      failure: refusal,
    });
    await expect(
      client().createPerson({
        name: 'Calla Northallen',
        linkedin_url: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
        first_name: 'Calla '.repeat(41),
      }),
    ).rejects.toMatchObject({
      failure: {
        kind: 'refused',
        message: 'The first name is 246 characters long; Stardex takes at most 200, so nothing was sent.',
      },
    });
    expect(sandbox.requests()).toEqual([]);
  });
});
