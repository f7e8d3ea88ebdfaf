import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSeed } from '../../../scripts/stardex-sandbox/seed';
import {
  DEMO_API_KEY,
  MAX_BODY_BYTES,
  READ_ONLY_API_KEY,
  startSandbox,
  type Sandbox,
} from '../../../scripts/stardex-sandbox/server';

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function call(method: string, path: string, body?: unknown, key: string | null = DEMO_API_KEY) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
}

const createBody = (overrides: object = {}) => ({
  name: 'Wiebke Mühlenkamp',
  linkedin_url: 'https://www.linkedin.com/in/wiebke-muhlenkamp-21bc4954/',
  ...overrides,
});

describe('PATCH /v1/persons/{id}', () => {
  it('answers the documented envelope', async () => {
    const answer = await call('PATCH', `/v1/persons/${CALLA_ID}`, { current_job_title: 'Technical Recruiter' });
    expect(answer).toMatchObject({
      status: 200,
      body: { success: true, data: { message: 'Person updated successfully' } },
    });
  });

  it('emails REPLACE every existing email', async () => {
    await call('PATCH', `/v1/persons/${CALLA_ID}`, {
      emails: [{ contact_data_type: 'work', value: 'calla@bluefen.example' }],
    });
    expect(sandbox.person(CALLA_ID)?.emails).toEqual([{ contact_data_type: 'work', value: 'calla@bluefen.example' }]);
  });

  it('phone_numbers REPLACE the phones, and [] clears them', async () => {
    await call('PATCH', `/v1/persons/${CALLA_ID}`, { phone_numbers: [] });
    expect(sandbox.person(CALLA_ID)?.phones).toEqual([]);
  });

  it('work_email sets the work email and keeps the personal one', async () => {
    await call('PATCH', `/v1/persons/${CALLA_ID}`, { work_email: 'calla@bluefen-insurance.example' });
    expect(sandbox.person(CALLA_ID)?.emails).toEqual([
      { contact_data_type: 'personal', value: 'calla.n@mailbox.example' },
      { contact_data_type: 'work', value: 'calla@bluefen-insurance.example' },
    ]);
  });

  it('company_name sets current_company_name; fields not sent stay', async () => {
    await call('PATCH', `/v1/persons/${CALLA_ID}`, { company_name: 'Bluefen Insurance' });
    expect(sandbox.person(CALLA_ID)).toMatchObject({
      current_company_name: 'Bluefen Insurance',
      current_job_title: 'Recruiter',
    });
  });

  it('an empty string clears the field (why the extension never sends blanks)', async () => {
    await call('PATCH', `/v1/persons/${CALLA_ID}`, { current_job_title: '' });
    expect(sandbox.person(CALLA_ID)?.current_job_title).toBeNull();
  });

  it.each([
    [{ name: 42 }, 'name must be a string'],
    [{ emails: ['calla@x.example'] }, 'emails.0'],
    [{ favourite_colour: 'teal' }, 'favourite_colour'],
    [{ enrich_record: 'yes' }, 'enrich_record must be a boolean'],
  ])('refuses %j with a 400 VALIDATION_ERROR', async (patch, mentions) => {
    const answer = await call('PATCH', `/v1/persons/${CALLA_ID}`, patch);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ success: false, error: { code: 'VALIDATION_ERROR' } });
    expect(JSON.stringify(answer.body)).toContain(mentions);
  });

  it('refuses to move a LinkedIn URL onto another person', async () => {
    const answer = await call('PATCH', `/v1/persons/${CALLA_ID}`, {
      linkedin_url: 'https://www.linkedin.com/in/hugo-vesterholm-c76869bc/',
    });
    expect(answer.body).toMatchObject({ error: { code: 'DUPLICATE_LINKEDIN_URL' } });
  });

  it('answers 404 in shape 3 for an unknown id and 400 for a malformed one', async () => {
    expect((await call('PATCH', '/v1/persons/00000000-0000-4000-8000-000000000000', {})).body).toMatchObject({
      error: 'Not Found',
      statusCode: 404,
    });
    expect((await call('GET', '/v1/persons/not-a-uuid')).body).toMatchObject({ error: 'Bad Request', statusCode: 400 });
  });

  it('refuses writes with the read-only key (403) but lets it read', async () => {
    const write = await call('PATCH', `/v1/persons/${CALLA_ID}`, { name: 'X' }, READ_ONLY_API_KEY);
    expect(write).toMatchObject({ status: 403, body: { success: false, error: { code: 'FORBIDDEN' } } });
    expect((await call('GET', `/v1/persons/${CALLA_ID}`, undefined, READ_ONLY_API_KEY)).status).toBe(200);
  });
});

describe('POST /v1/persons', () => {
  it('creates with the documented response and splits the name', async () => {
    const answer = await call('POST', '/v1/persons', createBody({ company_name: 'Nordhafen Systemtechnik GmbH' }));
    expect(answer.body).toMatchObject({
      success: true,
      data: {
        name: 'Wiebke Mühlenkamp',
        linkedin_public_id: 'wiebke-muhlenkamp-21bc4954',
        company_name: 'Nordhafen Systemtechnik GmbH',
      },
    });
    const { id } = (answer.body as { data: { id: string } }).data;
    expect(sandbox.person(id)).toMatchObject({ first_name: 'Wiebke', last_name: 'Mühlenkamp' });
  });

  it.each([
    ['an existing profile', 'https://www.linkedin.com/in/calla-northallen-2da20053/'],
    [
      'the same slug in other case, host and form',
      'http://de.linkedin.com/in/CALLA-Northallen-2da20053/details/experience/',
    ],
    ['a profile with legacy duplicates', 'https://www.linkedin.com/in/greta-falkenried-e4bfad7b/'],
  ])('refuses %s as DUPLICATE_LINKEDIN_URL', async (_name, linkedinUrl) => {
    const answer = await call('POST', '/v1/persons', createBody({ linkedin_url: linkedinUrl }));
    expect(answer).toMatchObject({ status: 400, body: { success: false, error: { code: 'DUPLICATE_LINKEDIN_URL' } } });
  });

  it.each([
    [{ linkedin_url: undefined }, 'linkedin_url is required'],
    [{ name: '  ' }, 'name is required'],
    [{ linkedin_url: 'https://www.linkedin.com/company/nordhafen/' }, 'not a LinkedIn profile URL'],
    [{ linkedin_headline: 'Data Scientist' }, 'linkedin_headline'],
  ])('refuses %j', async (overrides, mentions) => {
    const answer = await call('POST', '/v1/persons', createBody(overrides));
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_ERROR' } } });
    expect(JSON.stringify(answer.body)).toContain(mentions);
  });
});

describe('POST /v1/persons/search', () => {
  it('pages with offset/limit and reports meta', async () => {
    const answer = await call('POST', '/v1/persons/search', { offset: 1, limit: 2 });
    expect(answer.body).toMatchObject({ meta: { total: defaultSeed.length, offset: 1, limit: 2 } });
    expect((answer.body as { data: unknown[] }).data).toHaveLength(2);
  });

  it.each([{ limit: 0 }, { limit: 101 }, { offset: -1 }, { limit: 2.5 }])('refuses %j', async (paging) => {
    expect((await call('POST', '/v1/persons/search', paging)).status).toBe(400);
  });

  it.each([
    [{ linkedin_url: 'https://www.linkedin.com/in/greta-falkenried-e4bfad7b/' }, 2],
    [{ email: 'ORLA.PENHALLOW@saltmarsh.example' }, 1],
    [{ phone: '+442079460321' }, 1],
    [{ name: 'calla  northallen' }, 2],
    [{ name: 'Calla Northallen', linkedin_url: 'https://www.linkedin.com/in/calla-northallen-2da20053' }, 1],
    [{ linkedin_url: 'https://www.linkedin.com/in/mael-hautecombe-46a5df70b/' }, 0],
  ])('finds %j: %i', async (query, total) => {
    expect((await call('POST', '/v1/persons/search', query)).body).toMatchObject({ meta: { total } });
  });

  it('compares LinkedIn URLs as the extension does: decoded, NFC, any case; /in/me/ names no one', async () => {
    sandbox.reset([{ id: CALLA_ID, name: 'Maël Hautecombe', linkedin_public_id: 'mae\u0308l-hautecombe-46a5df70b' }]);
    const composed = 'https://fr.linkedin.com/in/MA%C3%8BL-hautecombe-46a5df70b/';
    expect((await call('POST', '/v1/persons/search', { linkedin_url: composed })).body).toMatchObject({
      meta: { total: 1 },
    });
    const alias = await call('POST', '/v1/persons', createBody({ linkedin_url: 'https://www.linkedin.com/in/me/' }));
    expect(alias.status).toBe(400);
  });
});

describe('auth, routes and shapes', () => {
  it('401 in shape 1 without a valid key', async () => {
    const answer = await call('POST', '/v1/persons/search', {}, null);
    expect(answer).toMatchObject({ status: 401, body: { success: false, error: { code: 'INVALID_API_KEY' } } });
  });

  it('the deprecated lookup answers shape 2 errors', async () => {
    const url = encodeURIComponent('https://www.linkedin.com/in/hugo-vesterholm-c76869bc/');
    expect(await call('GET', `/v1/persons?linkedin_url=${url}`, undefined, 'sk_wrong')).toMatchObject({
      status: 401,
      body: { error: 'Invalid API key', data: null },
    });
    expect((await call('GET', `/v1/persons?linkedin_url=${url}`)).body).toMatchObject({
      success: true,
      meta: { total: 1 },
    });
  });

  it('unknown routes are 404 in shape 3', async () => {
    expect(await call('GET', '/v1/unicorns')).toMatchObject({
      status: 404,
      body: { message: 'Cannot GET /v1/unicorns', error: 'Not Found', statusCode: 404 },
    });
  });

  it('an unparseable body is a 400 in shape 3', async () => {
    const response = await fetch(`${sandbox.url}/v1/persons/search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_API_KEY}`, 'Content-Type': 'application/json' },
      body: '{"limit":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'Bad Request', statusCode: 400 });
  });
});

describe('rate limit', () => {
  it('counts down per key and answers 429 with Retry-After and the documented body', async () => {
    const limited = await startSandbox({ port: 0, rateLimitPerMinute: 2 });
    try {
      const search = (key: string) =>
        fetch(`${limited.url}/v1/persons/search`, { method: 'POST', headers: { Authorization: `Bearer ${key}` } });
      expect((await search(DEMO_API_KEY)).headers.get('X-RateLimit-Remaining')).toBe('1');
      expect((await search(DEMO_API_KEY)).headers.get('X-RateLimit-Remaining')).toBe('0');
      const refused = await search(DEMO_API_KEY);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(59);
      expect(Number(refused.headers.get('X-RateLimit-Reset'))).toBeGreaterThan(Date.now() / 1000);
      expect(await refused.json()).toMatchObject({
        success: false,
        error: {
          code: 'RATE_LIMIT_EXCEEDED',
          retry_after_seconds: expect.any(Number),
          limit: 2,
          reset_at: expect.any(String),
        },
      });
      // Another key has its own window.
      expect((await search(READ_ONLY_API_KEY)).status).toBe(200);
      // Control endpoints are never limited, and reset clears the windows.
      await fetch(`${limited.url}/__sandbox/reset`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
      });
      expect((await search(DEMO_API_KEY)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('CORS for the extension service worker', () => {
  it('answers the preflight', async () => {
    const response = await fetch(`${sandbox.url}/v1/persons/${CALLA_ID}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('PATCH');
    expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/i);
    expect(sandbox.requests()).toEqual([]);
  });

  it('exposes the rate-limit headers on answers', async () => {
    const { headers } = await call('GET', `/v1/persons/${CALLA_ID}`);
    expect(headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(headers.get('Access-Control-Expose-Headers')).toContain('X-RateLimit-Remaining');
  });
});

describe('/__sandbox/ control endpoints', () => {
  it('logs /v1 requests with the key cut to its last 4 characters, parsed body and status', async () => {
    await call('POST', '/v1/persons/search?debug=1', { name: 'Hugo Vesterholm' });
    await call('GET', `/v1/persons/${CALLA_ID}`, undefined, null);
    const log = (await call('GET', '/__sandbox/requests', undefined, null)).body;
    expect(log).toEqual([
      {
        time: expect.any(String),
        method: 'POST',
        path: '/v1/persons/search',
        query: { debug: '1' },
        authorization: 'Bearer …demo',
        body: { name: 'Hugo Vesterholm' },
        status: 200,
      },
      expect.objectContaining({ path: `/v1/persons/${CALLA_ID}`, authorization: null, status: 401 }),
    ]);
    expect(JSON.stringify(log)).not.toContain(DEMO_API_KEY);
    expect(JSON.stringify(sandbox.requests())).not.toContain(DEMO_API_KEY);
  });

  it('redacts credentials whatever the scheme', async () => {
    for (const authorization of ['Basic c2VjcmV0LXZhbHVl', 'sk_no_scheme_1234']) {
      await fetch(`${sandbox.url}/v1/persons/${CALLA_ID}`, { headers: { Authorization: authorization } });
    }
    expect(sandbox.requests().map((r) => r.authorization)).toEqual(['Basic …bHVl', '…1234']);
  });

  it.each([
    ['no content type', {}],
    ['text/plain, as a web page may send without asking', { 'Content-Type': 'text/plain' }],
    ['a form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
  ])('refuses a control POST with %s (415) and changes nothing', async (_name, headers) => {
    const response = await fetch(`${sandbox.url}/__sandbox/reset`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ persons: [] }),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'Unsupported Media Type', statusCode: 415 });
    expect(sandbox.person(CALLA_ID)).toBeDefined();
  });

  it('accepts a control POST with a JSON content type and parameters', async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ persons: [] }),
    });
    expect(response.status).toBe(200);
    expect(sandbox.person(CALLA_ID)).toBeUndefined();
  });

  it('gives web pages no CORS access to the control endpoints', async () => {
    const preflight = await fetch(`${sandbox.url}/__sandbox/reset`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.linkedin.com', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const log = await fetch(`${sandbox.url}/__sandbox/requests`, { headers: { Origin: 'https://www.linkedin.com' } });
    expect(log.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('reset replaces the persons and shows stored records', async () => {
    const id = '11111111-2222-4333-8444-555555555555';
    await call('POST', '/__sandbox/reset', { persons: [{ id, name: 'Only One' }] }, null);
    expect((await call('POST', '/v1/persons/search', {})).body).toMatchObject({ meta: { total: 1 } });
    expect((await call('GET', `/__sandbox/persons/${id}`, undefined, null)).body).toMatchObject({
      id,
      name: 'Only One',
      emails: [],
    });
  });

  it('consumes faults in order for matching requests, `times` each', async () => {
    await call(
      'POST',
      '/__sandbox/faults',
      [
        { kind: 'status', status: 500, method: 'GET', path: '^/v1/persons/[0-9a-f-]+$', times: 2 },
        { kind: 'status', status: 503 },
      ],
      null,
    );
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1)
      statuses.push((await call('GET', `/v1/persons/${CALLA_ID}`)).status);
    expect(statuses).toEqual([500, 500, 503, 200]);
  });

  it('DELETE clears pending faults', async () => {
    await call('POST', '/__sandbox/faults', { kind: 'drop' }, null);
    await call('DELETE', '/__sandbox/faults', undefined, null);
    expect((await call('GET', `/v1/persons/${CALLA_ID}`)).status).toBe(200);
  });

  it('refuses a malformed fault', async () => {
    expect((await call('POST', '/__sandbox/faults', { kind: 'explode' }, null)).status).toBe(400);
  });
});

describe('bodies and paths the sandbox refuses', () => {
  const oversized = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) });

  it.each(['/v1/persons/search', '/__sandbox/reset'])(
    'answers a body over 1 MB on %s with 413 in shape 3, unlogged',
    async (path) => {
      const response = await fetch(`${sandbox.url}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${DEMO_API_KEY}`, 'Content-Type': 'application/json' },
        body: oversized,
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        message: `Request body larger than ${MAX_BODY_BYTES} bytes`,
        error: 'Payload Too Large',
        statusCode: 413,
      });
      expect(sandbox.requests()).toEqual([]);
      expect(sandbox.person(CALLA_ID)).toBeDefined();
    },
  );

  it('still takes a body just under the limit', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES - 100) });
    const response = await fetch(`${sandbox.url}/v1/persons/search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_API_KEY}`, 'Content-Type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
  });

  it.each([`/v1/persons/${CALLA_ID}%`, '/v1/persons/%E0%A4%A', '/__sandbox/persons/%zz'])(
    'answers a malformed percent escape in %s with 400 in shape 3, not a crash',
    async (path) => {
      const crashLog = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const answer = await call('GET', path);
        expect(answer).toMatchObject({
          status: 400,
          body: { message: 'Malformed percent-encoding in the path', error: 'Bad Request', statusCode: 400 },
        });
        expect(crashLog).not.toHaveBeenCalled();
      } finally {
        crashLog.mockRestore();
      }
    },
  );
});

describe('default seed', () => {
  const seededSlugs = new Set(defaultSeed.map((person) => person.linkedin_public_id?.toLowerCase()));

  it('holds Calla, Katrin, Hugo and two Gretas', () => {
    for (const slug of ['calla-northallen-2da20053', 'katrin-quennerby-ea93508d', 'hugo-vesterholm-c76869bc']) {
      expect(seededSlugs.has(slug)).toBe(true);
    }
    const gretas = defaultSeed.filter(
      (person) => person.linkedin_public_id?.toLowerCase() === 'greta-falkenried-e4bfad7b',
    );
    expect(gretas).toHaveLength(2);
  });

  // The other LinkedIn fixtures (the starter set, tests/fixtures/linkedin/STARTER-SET.md) stay out to demo "not in Stardex".
  it.each([
    'mireille-isarwinkel-5af47926',
    'soren-calderwick-938da732',
    'mael-hautecombe-46a5df70b',
    'wiebke-muhlenkamp-21bc4954',
    'layla-ben-david-712fd5b1',
    'ilse-rookhaven-6ca71c91d',
  ])('leaves %s out', (slug) => {
    expect(seededSlugs.has(slug)).toBe(false);
  });
});
