import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { updateAndConfirm } from '../../../lib/outbox/confirm-update.background';
import { createStardexClient } from '../../../lib/stardex/client';
import { ANSWER_STYLES, type AnswerStyle } from '../../../scripts/stardex-sandbox/answer-styles';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

/** The sandbox's answer styles: each answers as documented, and the client's save path works in each. */

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const CALLA_URL = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const MAEL_URL = 'https://www.linkedin.com/in/mael-hautecombe-46a5df70b/';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function raw(method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${DEMO_API_KEY}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

const json = (answer: { text: string }) => JSON.parse(answer.text) as Record<string, unknown>;

describe('what each style answers', () => {
  const search = () => raw('POST', '/v1/persons/search', { linkedin_url: CALLA_URL });
  const patch = () => raw('PATCH', `/v1/persons/${CALLA_ID}`, { current_job_title: 'Technical Recruiter' });
  const note = () =>
    raw('POST', '/v1/person-activities', {
      activity_type: 'secondary_note',
      activity_content: 'Hi',
      person_id: CALLA_ID,
    });

  it('v1 (the default): success, data, meta; PATCH data {message}', async () => {
    expect(Object.keys(json(await search()))).toEqual(['success', 'data', 'meta']);
    expect(json(await patch())).toEqual({ success: true, data: { message: 'Person updated successfully' } });
  });

  it('legacy: {error: null, data}, no meta', async () => {
    sandbox.setAnswerStyle('legacy');
    expect(Object.keys(json(await search()))).toEqual(['error', 'data']);
    expect(json(await patch())).toEqual({ error: null, data: { message: 'Person updated successfully' } });
  });

  it("error-null: PATCH's documented {error: null, success: true, data: {}}", async () => {
    sandbox.setAnswerStyle('error-null');
    expect(json(await patch())).toEqual({ error: null, success: true, data: {} });
    expect(json(await note())).toEqual({ error: null, success: true, data: {} });
    expect(Object.keys(json(await search()))).toEqual(['error', 'success', 'data', 'meta']);
  });

  it('minimal: no meta, PATCH data {id}, note data null', async () => {
    sandbox.setAnswerStyle('minimal');
    expect(Object.keys(json(await search()))).toEqual(['success', 'data']);
    expect(json(await patch())).toEqual({ success: true, data: { id: CALLA_ID } });
    expect(json(await note())).toEqual({ success: true, data: null });
  });

  it('extra-fields: unknown fields in the envelope, meta, persons and write answers', async () => {
    sandbox.setAnswerStyle('extra-fields');
    const body = json(await search()) as { request_id: string; meta: object; data: object[] };
    expect(body.request_id).toBe('req_sandbox');
    expect(body.meta).toMatchObject({ total: 1, has_more: false });
    expect(body.data[0]).toMatchObject({ id: CALLA_ID, tags: ['sandbox'] });
    expect(json(await patch())).toMatchObject({
      data: { message: 'Person updated successfully', changes: { count: 1 } },
    });
  });

  it('no-body: writes answer 204 without a body, reads as v1', async () => {
    sandbox.setAnswerStyle('no-body');
    expect(await patch()).toEqual({ status: 204, text: '' });
    expect(await note()).toEqual({ status: 204, text: '' });
    expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Technical Recruiter');
    expect(json(await search())).toMatchObject({ success: true, meta: { total: 1 } });
  });

  it('errors keep their shape in every style', async () => {
    sandbox.setAnswerStyle('legacy');
    const answer = await raw('GET', '/v1/persons/00000000-0000-4000-8000-000000000000');
    expect(answer.status).toBe(404);
    expect(json(answer)).toMatchObject({ error: 'Not Found', statusCode: 404 });
  });

  it('is switched through the control endpoint, refuses unknown styles, and reset() returns to v1', async () => {
    const set = (style: string) =>
      fetch(`${sandbox.url}/__sandbox/answer-style`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ style }),
      });
    expect((await set('legacy')).status).toBe(200);
    expect(Object.keys(json(await search()))).toEqual(['error', 'data']);
    expect((await set('xml')).status).toBe(400);
    sandbox.reset();
    expect(Object.keys(json(await search()))).toEqual(['success', 'data', 'meta']);
  });
});

describe.each(ANSWER_STYLES)('the save path in the %s style', (style: AnswerStyle) => {
  it('search, get, PATCH, note and create all work', async () => {
    sandbox.setAnswerStyle(style);
    const client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
    const { persons } = await client.searchPersons({ linkedin_url: CALLA_URL, limit: 10 });
    expect(persons.map((p) => p.id)).toEqual([CALLA_ID]);
    expect((await client.getPerson(CALLA_ID)).linkedin_public_id).toBe('calla-northallen-2da20053');

    const confirmation = await updateAndConfirm(client, CALLA_ID, { current_job_title: 'Technical Recruiter' });
    // Only an answer without a body needs the person read back.
    expect(confirmation.by).toBe(style === 'no-body' ? 'read-back' : 'answer');
    expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Technical Recruiter');

    await client.addNote(CALLA_ID, 'Met at the Pinecrest meetup');
    expect(sandbox.person(CALLA_ID)?.activities).toHaveLength(1);

    const create = client.createPerson({ name: 'Maël Hautecombe', linkedin_url: MAEL_URL });
    if (style === 'no-body') {
      // No id to act on: the create path treats it as "maybe created" and searches (create-person.ts).
      await expect(create).rejects.toMatchObject({ kind: 'invalid-response', status: 204 });
    } else {
      await expect(create).resolves.toMatchObject({
        name: 'Maël Hautecombe',
        linkedin_public_id: 'mael-hautecombe-46a5df70b',
      });
    }
    expect((await client.searchPersons({ linkedin_url: MAEL_URL })).persons).toHaveLength(1);
  });
});
