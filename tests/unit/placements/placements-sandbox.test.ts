import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStardexClient, type StardexClient } from '@/lib/stardex/client';
import { StardexError } from '@/lib/stardex/errors';
import { candidacyOn } from '@/lib/placements/stardex-placements';
import { seedJobs, seedLists } from '../../../scripts/stardex-sandbox/placement-store';
import { DEMO_API_KEY, READ_ONLY_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';

/** The sandbox's jobs, stages and lists (issue 13) through the extension's own client. */

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const OPEN_JOB = seedJobs[0]!;
const ARCHIVED_JOB = seedJobs.find((job) => job.is_archived)!;
const LIST = seedLists[0]!;

let sandbox: Sandbox;
let client: StardexClient;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function rejection(promise: Promise<unknown>): Promise<StardexError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StardexError);
  return error as StardexError;
}

describe('jobs', () => {
  it('searches by keywords and leaves archived jobs out', async () => {
    const all = await client.searchJobs({ keywords: [], limit: 100 });
    expect(all.map((job) => job.id)).toEqual(seedJobs.filter((job) => !job.is_archived).map((job) => job.id));
    const hits = await client.searchJobs({ keywords: ['technical', 'RECRUITER'], limit: 10 });
    expect(hits.map((job) => job.name)).toEqual(['Senior Technical Recruiter']);
    expect(await client.searchJobs({ keywords: ['filled'], limit: 10 })).toEqual([]);
    const archived = await client.searchJobs({ keywords: ['filled'], limit: 10, archived: true });
    expect(archived.map((job) => job.id)).toEqual([ARCHIVED_JOB.id]);
  });

  it('reads a job with its stages in pipeline order; an unknown one is a 404', async () => {
    const job = await client.getJob(OPEN_JOB.id);
    expect(job.pipeline_stages.map((stage) => stage.name)).toEqual(OPEN_JOB.pipeline_stages.map((s) => s.name));
    const missing = await rejection(client.getJob('7a1b2c3d-4e5f-4a6b-8c7d-0000000000ff'));
    expect([missing.kind, missing.status]).toEqual(['not-found', 404]);
  });
});

describe('job_id, candidates[] and update-stage', () => {
  it('PATCH with job_id puts the person on the job at its first stage; GET lists the candidacy', async () => {
    await client.updatePerson(CALLA_ID, { job_id: OPEN_JOB.id });
    const person = await client.getPerson(CALLA_ID);
    const candidacy = candidacyOn(person.candidates, OPEN_JOB.id);
    expect(candidacy).toMatchObject({
      job_id: OPEN_JOB.id,
      job_name: OPEN_JOB.name,
      current_pipeline_stage_id: OPEN_JOB.pipeline_stages[0]!.id,
      is_archived: false,
    });
  });

  it('a second PATCH with the same job_id adds a second candidacy (the dangerous reading the extension guards against)', async () => {
    await client.updatePerson(CALLA_ID, { job_id: OPEN_JOB.id });
    await client.updatePerson(CALLA_ID, { job_id: OPEN_JOB.id });
    expect(sandbox.person(CALLA_ID)?.candidates).toHaveLength(2);
  });

  it('an unknown job_id changes nothing and is a 404', async () => {
    const error = await rejection(
      client.updatePerson(CALLA_ID, { current_job_title: 'Changed', job_id: '7a1b2c3d-4e5f-4a6b-8c7d-0000000000ff' }),
    );
    expect(error.status).toBe(404);
    expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Recruiter');
  });

  it('create with job_id puts the new person on the job', async () => {
    const created = await client.createPerson({
      name: 'Mireille Osterbrook',
      linkedin_url: 'https://www.linkedin.com/in/mireille-osterbrook/',
      job_id: OPEN_JOB.id,
    });
    expect(sandbox.person(created.id)?.candidates.map((c) => c.job_id)).toEqual([OPEN_JOB.id]);
  });

  it('moves the candidate by stage id; a stage of another job is a 400, an unknown candidate a 404', async () => {
    await client.updatePerson(CALLA_ID, { job_id: OPEN_JOB.id });
    const { candidate_id } = candidacyOn((await client.getPerson(CALLA_ID)).candidates, OPEN_JOB.id)!;
    const stage = OPEN_JOB.pipeline_stages[2]!;
    await client.updateStage({ job_id: OPEN_JOB.id, candidate_id, stage_id: stage.id });
    expect(sandbox.person(CALLA_ID)?.candidates[0]).toMatchObject({
      current_pipeline_stage_id: stage.id,
      current_pipeline_stage_name: stage.name,
    });
    const foreign = seedJobs[1]!.pipeline_stages[0]!.id;
    const wrongStage = await rejection(client.updateStage({ job_id: OPEN_JOB.id, candidate_id, stage_id: foreign }));
    expect([wrongStage.kind, wrongStage.status]).toEqual(['bad-request', 400]);
    const stranger = await rejection(
      client.updateStage({ job_id: seedJobs[1]!.id, candidate_id, stage_id: seedJobs[1]!.pipeline_stages[0]!.id }),
    );
    expect(stranger.status).toBe(404);
  });

  it('a read-only key cannot move a stage or add to a list', async () => {
    const readOnly = createStardexClient({ baseUrl: sandbox.url, apiKey: READ_ONLY_API_KEY });
    expect((await rejection(readOnly.addToList(LIST.id, [CALLA_ID]))).status).toBe(403);
  });
});

describe('lists', () => {
  it('searches by name', async () => {
    expect((await client.searchLists({ keywords: ['healthcare'], limit: 10 })).map((list) => list.id)).toEqual([
      LIST.id,
    ]);
  });

  it('adds once; adding again answers already_present_ids; an unknown person is in failed[]', async () => {
    expect(await client.addToList(LIST.id, [CALLA_ID])).toMatchObject({ added_ids: [CALLA_ID], failed: [] });
    const unknown = '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5aff';
    expect(await client.addToList(LIST.id, [CALLA_ID, unknown])).toMatchObject({
      added_ids: [],
      already_present_ids: [CALLA_ID],
      failed: [{ id: unknown, reason: 'Person not found' }],
    });
    expect(sandbox.list(LIST.id)?.person_ids).toEqual([CALLA_ID]);
  });

  it('an unknown list is a 404', async () => {
    expect((await rejection(client.addToList('1c000000-0000-4000-8000-0000000000ff', [CALLA_ID]))).status).toBe(404);
  });
});
