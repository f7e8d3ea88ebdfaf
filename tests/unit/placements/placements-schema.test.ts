import { describe, expect, it } from 'vitest';
import { candidacyOn, jobSchema } from '@/lib/placements/stardex-placements';
import { personSchema } from '@/lib/stardex/schemas';

const JOB_ID = '7a1b2c3d-4e5f-4a6b-8c7d-000000000001';
const candidacy = (overrides: object = {}) => ({
  candidate_id: 'ca000000-0000-4000-8000-000000000001',
  job_id: JOB_ID,
  ...overrides,
});

describe('candidacies and jobs as Stardex answers them', () => {
  it('drops a candidacy it cannot use instead of failing the whole person', () => {
    const person = personSchema.parse({
      id: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01',
      candidates: [candidacy(), { job_id: JOB_ID }, 'junk', candidacy({ candidate_id: 'not-a-uuid' })],
    });
    expect(person.candidates).toEqual([candidacy()]);
  });

  it('reads a person without candidates (and with null) as on no job', () => {
    const id = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
    expect(personSchema.parse({ id }).candidates).toBeUndefined();
    expect(personSchema.parse({ id, candidates: null }).candidates).toEqual([]);
    expect(candidacyOn(undefined, JOB_ID)).toBeNull();
  });

  it('prefers the live candidacy over an archived one on the same job', () => {
    const archived = candidacy({ is_archived: true });
    const live = candidacy({ candidate_id: 'ca000000-0000-4000-8000-000000000002', is_archived: false });
    expect(candidacyOn([archived, live], JOB_ID.toUpperCase())).toEqual(live);
    expect(candidacyOn([archived], JOB_ID)).toEqual(archived);
  });

  it('keeps the stages it can read, in order', () => {
    const job = jobSchema.parse({
      id: JOB_ID,
      name: 'Head of Talent Acquisition',
      pipeline_stages: [
        { id: '5a000001-0000-4000-8000-000000000001', name: 'Sourced' },
        { name: 'no id' },
        { id: '5a000001-0000-4000-8000-000000000002', name: 'Contacted' },
      ],
    });
    expect(job.pipeline_stages.map((stage) => stage.name)).toEqual(['Sourced', 'Contacted']);
  });
});
