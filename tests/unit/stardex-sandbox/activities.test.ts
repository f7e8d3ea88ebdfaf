import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';
import { createStardexClient } from '../../../lib/stardex/client';

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const CALLA_URL = 'https://www.linkedin.com/in/calla-northallen-2da20053/';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${DEMO_API_KEY}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the sandbox activity endpoints', () => {
  it('GET /v1/person-activities/types lists the LinkedIn message types beside the notes', async () => {
    const answer = await call('GET', '/v1/person-activities/types');
    expect(answer.status).toBe(200);
    const types = (answer.body.data as { activity_type: string }[]).map((type) => type.activity_type);
    expect(types).toEqual(expect.arrayContaining(['secondary_note', 'linkedin_message', 'linkedin_message_response']));
  });

  it('POST /v1/person-activities stores the activity on the person named by id or by LinkedIn URL', async () => {
    expect(
      (
        await call('POST', '/v1/person-activities', {
          activity_type: 'linkedin_message',
          activity_content: 'a',
          person_id: CALLA_ID,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('POST', '/v1/person-activities', {
          activity_type: 'linkedin_message_response',
          activity_content: 'b',
          linkedin_url: CALLA_URL,
        })
      ).status,
    ).toBe(200);
    expect(sandbox.person(CALLA_ID)?.activities.map((a) => [a.activity_type, a.activity_content])).toEqual([
      ['linkedin_message', 'a'],
      ['linkedin_message_response', 'b'],
    ]);
  });

  it('refuses an unknown type, or a person named twice or not at all, and stores nothing', async () => {
    for (const body of [
      { activity_type: 'fax', activity_content: 'a', person_id: CALLA_ID },
      { activity_type: 'secondary_note', activity_content: 'a', person_id: CALLA_ID, linkedin_url: CALLA_URL },
      { activity_type: 'secondary_note', activity_content: 'a' },
    ]) {
      expect((await call('POST', '/v1/person-activities', body)).status).toBe(400);
    }
    expect(sandbox.person(CALLA_ID)?.activities).toEqual([]);
  });

  it('GET /v1/persons/{id}/activities lists the timeline newest first, a page at a time', async () => {
    for (const content of ['first', 'second', 'third']) {
      await call('POST', '/v1/person-activities', {
        activity_type: 'secondary_note',
        activity_content: content,
        person_id: CALLA_ID,
      });
    }
    const answer = await call('GET', `/v1/persons/${CALLA_ID}/activities?offset=1&limit=1`);
    expect(answer.body).toMatchObject({ success: true, meta: { total: 3, offset: 1, limit: 1 } });
    expect(answer.body.data).toEqual([
      expect.objectContaining({ activity_type: 'secondary_note', activity_content: 'second' }),
    ]);
    expect((await call('GET', `/v1/persons/${CALLA_ID}/activities?limit=500`)).status).toBe(400);
  });
});

describe('the client reads a whole timeline', () => {
  it('pages through more activities than one page holds', async () => {
    const activities = Array.from({ length: 103 }, (_, index) => ({
      id: `activity-${index}`,
      activity_type: 'linkedin_message',
      activity_content: `message ${index}`,
      created_at: '2026-03-01T00:00:00.000Z',
    }));
    sandbox.reset([{ id: CALLA_ID, name: 'Calla Northallen', activities }]);
    const client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
    const timeline = await client.listActivities(CALLA_ID);
    expect(timeline).toHaveLength(103);
    expect(timeline[0]).toEqual(expect.objectContaining({ activity_content: 'message 102' }));
    expect(sandbox.requests().filter((request) => request.method === 'GET')).toHaveLength(2);
  });
});
