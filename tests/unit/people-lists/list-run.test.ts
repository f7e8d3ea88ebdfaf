import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enqueueListRun, type ListRunPerson } from '@/lib/people-lists/list-run';
import { listRunStatus, startListRun } from '@/lib/people-lists/list-run.background';
import { identityLinksItem } from '@/lib/storage/items';
import { deliverOutbox } from '@/lib/outbox/delivery.background';
import { retryNow } from '@/lib/outbox/outbox';
import { readOutbox, transactOutbox, updateOutbox } from '@/lib/outbox/store';
import { candidacyOn } from '@/lib/placements/stardex-placements';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import { createStardexClient } from '@/lib/stardex/client';
import { seedJobs, seedLists } from '../../../scripts/stardex-sandbox/placement-store';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/**
 * A list run (issue 21) queued in the real outbox (fake browser storage) and delivered to the local
 * sandbox through the extension's own client: who is created, put on the job at the stage and on the
 * list, and how many requests that takes.
 */

const CALLA = {
  id: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01',
  url: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
};
const JOB = seedJobs.find((job) => !job.is_archived)!;
const STAGE = JOB.pipeline_stages[1]!;
const LIST = seedLists[0]!;
const choice = {
  job: { id: JOB.id, name: JOB.name, stage: { id: STAGE.id, name: STAGE.name }, onJob: false },
  list: { id: LIST.id, name: LIST.name },
};

function newPerson(slug: string, name: string): ListRunPerson & { linkedinUrl: string } {
  return {
    linkedinUrl: `https://www.linkedin.com/in/${slug}/`,
    personId: null,
    name,
    create: { name, linkedin_location: 'Tacoma, Washington' },
  };
}
const PEOPLE: (ListRunPerson & { linkedinUrl: string })[] = [
  newPerson('orla-fenwright-1a2b3c', 'Orla Fenwright'),
  { linkedinUrl: CALLA.url, personId: CALLA.id, name: 'Calla Northallen', update: {} },
  newPerson('tamsin-olberg-4d5e6f', 'Tamsin Olberg'),
  newPerson('ivo-marchetti-7a8b9c', 'Ivo Marchetti'),
];

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  fakeBrowser.reset();
  sandbox.reset();
  vi.mocked(getStardexClient).mockResolvedValue(createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY }));
});

async function queueRun(): Promise<string[][]> {
  let n = 0;
  return transactOutbox((entries) => enqueueListRun(entries, 'run-1', PEOPLE, choice, Date.now(), () => `e${++n}`));
}

const requestsTo = (method: string, path: RegExp) =>
  sandbox.requests().filter((request) => request.method === method && path.test(request.path));

async function personsByUrl(url: string) {
  const client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
  return (await client.searchPersons({ linkedin_url: url, limit: 10 })).persons;
}

async function expectAllPlaced() {
  const onList = sandbox.list(LIST.id)!.person_ids;
  for (const person of PEOPLE) {
    const found = await personsByUrl(person.linkedinUrl);
    expect(found, person.linkedinUrl).toHaveLength(1);
    const stored = sandbox.person(found[0]!.id)!;
    expect(candidacyOn(stored.candidates, JOB.id)?.current_pipeline_stage_id).toBe(STAGE.id);
    expect(onList).toContain(found[0]!.id);
  }
  expect(onList).toHaveLength(PEOPLE.length);
}

describe('a list run', () => {
  it('creates the people not in Stardex once, puts everyone on the job at the stage, and on the list in one request', async () => {
    await queueRun();
    expect(sandbox.requests()).toEqual([]); // queued before any request
    await deliverOutbox();
    await expectAllPlaced();
    expect(requestsTo('POST', /^\/v1\/persons$/)).toHaveLength(3);
    expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(1);
    expect(await readOutbox()).toEqual([]);
  });

  it('a refused create fails that person alone with Retry; the list waits for them, then goes once', async () => {
    sandbox.addFaults({ method: 'POST', path: '^/v1/persons$', kind: 'status', status: 422, message: 'Name refused' });
    await queueRun();
    await deliverOutbox();
    const left = await readOutbox();
    const failed = left.filter((entry) => entry.state === 'failed');
    expect(failed.map((entry) => entry.personName)).toEqual(['Orla Fenwright']);
    expect(failed[0]!.lastError).toMatchObject({ kind: 'bad-request' });
    expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(0);

    await updateOutbox((entries) => retryNow(entries, failed[0]!.id, Date.now()));
    await deliverOutbox();
    await expectAllPlaced();
    expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(1);
    expect(await readOutbox()).toEqual([]);
  });

  it('a create whose answer is lost (the worker stopped after it) is found by the search, never made twice', async () => {
    sandbox.addFaults({ method: 'POST', path: '^/v1/persons$', kind: 'drop', apply: true });
    await queueRun();
    await deliverOutbox();
    await expectAllPlaced();
    expect(await readOutbox()).toEqual([]);
  });

  it('a 429 in the middle is waited out; the person is not sent twice', async () => {
    sandbox.addFaults({
      method: 'POST',
      path: '/v1/candidates/update-stage',
      kind: 'status',
      status: 429,
      retryAfter: 30,
    });
    await queueRun();
    await deliverOutbox();
    const waiting = await readOutbox();
    expect(waiting.some((entry) => entry.state === 'pending' && entry.attempts === 1)).toBe(true);
    await updateOutbox((entries) => entries.map((entry) => ({ ...entry, nextAttemptAt: 0 })));
    await deliverOutbox();
    await expectAllPlaced();
    expect(requestsTo('POST', /^\/v1\/persons$/)).toHaveLength(3);
    expect(await readOutbox()).toEqual([]);
  });

  it('a person already on the job and on the list is left there, nothing sent twice', async () => {
    const client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
    await client.updatePerson(CALLA.id, { job_id: JOB.id });
    await client.addToList(LIST.id, [CALLA.id]);
    sandbox.clearLog();
    await queueRun();
    await deliverOutbox();
    await expectAllPlaced();
    const calla = requestsTo('PATCH', new RegExp(CALLA.id));
    expect(calla).toEqual([]);
    expect(await readOutbox()).toEqual([]);
  });
});

/** A run started as the popup starts it: rows as the review sends them, the background deciding who is certain. */
describe('a list run of Sales Navigator rows (no public URL)', () => {
  const leadRow = (name: string, leadId: string | null) => ({
    name,
    linkedinUrl: null,
    leadId,
    headline: null,
    location: 'Lyon, Auvergne-Rhône-Alpes, France',
    title: 'Head of Talent Acquisition',
    company: 'Quillmont Systems',
    lookup: { status: 'not-certain' as const },
  });
  const request = (rows: ReturnType<typeof leadRow>[]) => ({
    type: 'people-list/run' as const,
    rows,
    job: { id: JOB.id, name: JOB.name, stage: null },
    list: { id: LIST.id, name: LIST.name },
    alsoUpdate: true,
  });

  it('a lead confirmed on its page goes on the job and the list as that person, never created or changed; others are skipped with why', async () => {
    await identityLinksItem.setValue({
      'sales-navigator-lead:ACwAAAPq1': { personId: CALLA.id, personName: 'Calla Northallen', linkedAt: Date.now() },
    });
    const status = await startListRun(
      request([
        leadRow('Calla Northallen', 'ACwAAAPq1'),
        leadRow('Petra Fictive', 'ACwAAAPq2'),
        leadRow('Ivo Fictive', null),
      ]),
    );
    expect(status!.rows.map((row) => [row.name, row.state])).toEqual([
      ['Calla Northallen', 'waiting'],
      ['Petra Fictive', 'skipped'],
      ['Ivo Fictive', 'skipped'],
    ]);
    expect(status!.rows[1]!.reason).toBe(
      "skipped: the page shows no public LinkedIn URL and no Stardex person is confirmed for this lead; confirm one on the lead's page, then add them again",
    );
    expect(status!.rows[2]!.reason).toBe('skipped: the page shows no public LinkedIn URL, so no match is certain');
    await deliverOutbox();

    expect(candidacyOn(sandbox.person(CALLA.id)!.candidates, JOB.id)).toBeTruthy();
    expect(sandbox.list(LIST.id)!.person_ids).toEqual([CALLA.id]);
    expect(requestsTo('POST', /^\/v1\/persons$/)).toEqual([]);
    const patches = requestsTo('PATCH', new RegExp(CALLA.id)).map((entry) => entry.body);
    expect(patches).toEqual([{ job_id: JOB.id }]);
    expect((await listRunStatus())!.rows[0]!.state).toBe('done');
  });

  it('a lead whose confirmation was forgotten before sending is refused at delivery, not put on the job', async () => {
    await identityLinksItem.setValue({
      'sales-navigator-lead:ACwAAAPq1': { personId: CALLA.id, personName: 'Calla Northallen', linkedAt: Date.now() },
    });
    // The run's own delivery waits for its client until the link is forgotten.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
    vi.mocked(getStardexClient).mockImplementationOnce(async () => {
      await gate;
      return client;
    });
    await startListRun({ ...request([leadRow('Calla Northallen', 'ACwAAAPq1')]), list: null });
    await identityLinksItem.setValue({});
    release();
    await deliverOutbox();
    expect(candidacyOn(sandbox.person(CALLA.id)!.candidates, JOB.id)).toBeFalsy();
    expect((await listRunStatus())!.rows[0]!.state).toBe('failed');
  });
});
