import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import type { RequestOf } from '@/lib/messaging/protocol';
import { seedJobs } from '../../../scripts/stardex-sandbox/placement-store';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/**
 * The outbox's job and stage steps (issue 13) with the real storage code on the fake browser, the
 * real client and the sandbox: what a retry sends after an answer was lost.
 */

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const CALLA_URL = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const JOB = seedJobs[0]!;
const STAGE = JOB.pipeline_stages[3]!;
const PERSON_PATH = `/v1/persons/${CALLA_ID}`;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

let lastDelivery: { deliverOutbox(): Promise<void> } | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  sandbox.reset();
});
afterEach(async () => {
  await lastDelivery?.deliverOutbox();
  lastDelivery = undefined;
});

async function modules() {
  vi.resetModules();
  const [save, create, store, delivery, outbox, { createStardexClient }] = await Promise.all([
    import('@/lib/persons/save-person.background'),
    import('@/lib/persons/create-person.background'),
    import('@/lib/outbox/store'),
    import('@/lib/outbox/delivery.background'),
    import('@/lib/outbox/outbox'),
    import('@/lib/stardex/client'),
  ]);
  // From the same fresh modules, so the delivery recognises the client's StardexError.
  const client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
  vi.mocked(getStardexClient).mockResolvedValue(client);
  lastDelivery = delivery;
  return { ...save, ...create, ...store, ...delivery, ...outbox, client };
}

function saveRequest(placement: RequestOf<'person/save'>['placement']): RequestOf<'person/save'> {
  return {
    type: 'person/save',
    tabId: null,
    personId: CALLA_ID,
    personName: 'Calla Northallen',
    linkedinUrl: CALLA_URL,
    patch: { current_job_title: 'Technical Recruiter' },
    note: null,
    placement,
  };
}

const patches = () =>
  sandbox.requests().filter((request) => request.method === 'PATCH' && request.path === PERSON_PATH);
const stageChanges = () => sandbox.requests().filter((request) => request.path === '/v1/candidates/update-stage');

describe('exactly once for job_id', () => {
  it('a PATCH with job_id whose answer was lost is retried without job_id: the person is on the job once', async () => {
    const { savePerson, readOutbox, updateOutbox, retryNow, deliverOutbox } = await modules();
    // Stardex applies the PATCH, then the connection drops before its answer.
    sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'drop', apply: true });
    const job = { id: JOB.id, name: JOB.name, stage: null, onJob: false };
    const outcome = await savePerson(saveRequest({ job, list: null }));
    expect(outcome.status).toBe('queued');
    expect(sandbox.person(CALLA_ID)?.candidates).toHaveLength(1);

    const [waiting] = await readOutbox();
    await updateOutbox((entries) => retryNow(entries, waiting!.id, Date.now()));
    await deliverOutbox();

    expect(await readOutbox()).toEqual([]);
    expect(patches().map((request) => request.body)).toEqual([
      { current_job_title: 'Technical Recruiter', job_id: JOB.id },
      { current_job_title: 'Technical Recruiter' },
    ]);
    expect(sandbox.person(CALLA_ID)?.candidates).toHaveLength(1);
  });

  it('the stage step takes the candidate id from reading the person after the PATCH', async () => {
    const { savePerson } = await modules();
    const job = { id: JOB.id, name: JOB.name, stage: { id: STAGE.id, name: STAGE.name }, onJob: false };
    const outcome = await savePerson(saveRequest({ job, list: null }));
    expect(outcome).toMatchObject({ status: 'saved', placed: [`added to job "${JOB.name}"`, `stage "${STAGE.name}"`] });
    const [candidacy] = sandbox.person(CALLA_ID)!.candidates;
    expect(stageChanges().map((request) => request.body)).toEqual([
      { job_id: JOB.id, candidate_id: candidacy!.candidate_id, stage_id: STAGE.id },
    ]);
    expect(candidacy!.current_pipeline_stage_id).toBe(STAGE.id);
  });

  it('a stage step for a job the person is not on fails for the user and sends no stage change; the fields before it are reported saved', async () => {
    const { savePerson, readOutbox } = await modules();
    // The review believed she was on the job; Stardex says otherwise.
    const job = { id: JOB.id, name: JOB.name, stage: { id: STAGE.id, name: STAGE.name }, onJob: true };
    expect(await savePerson(saveRequest({ job, list: null }))).toMatchObject({
      status: 'partly-saved',
      notSaved: {
        parts: [`stage "${STAGE.name}" on job "${JOB.name}"`],
        failure: {
          kind: 'refused',
          message: expect.stringContaining(`is not on the job "${JOB.name}" in Stardex, so the stage cannot be set`),
        },
      },
    });
    expect(stageChanges()).toEqual([]);
    expect((await readOutbox()).map((entry) => [entry.step?.kind, entry.state])).toEqual([['stage', 'failed']]);
    // The field PATCH before it did go through.
    expect(patches()).toHaveLength(1);
  });
});

describe('create with a job, a stage and a list', () => {
  it('sends job_id with the create, then the stage and the list for the new person', async () => {
    const { createPerson, client } = await modules();
    const list = { id: '1c000000-0000-4000-8000-000000000002', name: 'Pacific Northwest talent' };
    const outcome = await createPerson(client, {
      type: 'person/create',
      tabId: null,
      linkedinUrl: 'https://www.linkedin.com/in/mireille-osterbrook/',
      person: { name: 'Mireille Osterbrook' },
      placement: { job: { id: JOB.id, name: JOB.name, stage: { id: STAGE.id, name: STAGE.name }, onJob: false }, list },
    });
    expect(outcome.status).toBe('created');
    const created = sandbox.person(outcome.person.id)!;
    expect(created.candidates.map((candidacy) => [candidacy.job_id, candidacy.current_pipeline_stage_id])).toEqual([
      [JOB.id, STAGE.id],
    ]);
    expect(sandbox.list(list.id)?.person_ids).toEqual([created.id]);
    const writes = sandbox
      .requests()
      .filter((request) => request.method !== 'GET' && !request.path.endsWith('/search'));
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/persons',
      'POST /v1/candidates/update-stage',
      `POST /v1/lists/${list.id}/items`,
    ]);
    expect(writes[0]!.body).toMatchObject({ job_id: JOB.id });
  });

  it('a headline and an address, which create does not take, follow it as one PATCH to the new person', async () => {
    const { createPerson, client } = await modules();
    const outcome = await createPerson(client, {
      type: 'person/create',
      tabId: null,
      linkedinUrl: 'https://www.linkedin.com/in/mireille-osterbrook/',
      person: { name: 'Mireille Osterbrook', linkedin_headline: 'Harbour pilot', address: '1 Quay Lane\nPortwick' },
    });
    expect(outcome.status).toBe('created');
    const writes = sandbox
      .requests()
      .filter((request) => request.method !== 'GET' && !request.path.endsWith('/search'));
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/persons',
      `PATCH /v1/persons/${outcome.person.id}`,
    ]);
    expect(writes[0]!.body).toEqual({ name: 'Mireille Osterbrook', linkedin_url: expect.any(String) });
    expect(writes[1]!.body).toEqual({ linkedin_headline: 'Harbour pilot', address: '1 Quay Lane\nPortwick' });
  });
});
