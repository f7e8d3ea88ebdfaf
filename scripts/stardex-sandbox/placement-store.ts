/**
 * Jobs with their pipeline stages, and sourcing lists, as the sandbox keeps them. Fictional, like the
 * persons. A person's candidacies live on the person (`StoredPerson.candidates`), as a read returns them.
 */

interface StoredStage {
  id: string;
  name: string;
}

export interface StoredJob {
  id: string;
  name: string;
  client_company_name: string;
  job_status_name: string;
  is_archived: boolean;
  /** In pipeline order; a person put on the job starts at the first. */
  pipeline_stages: StoredStage[];
}

export interface StoredList {
  id: string;
  name: string;
  person_ids: string[];
}

const stages = (prefix: string, names: readonly string[]): StoredStage[] =>
  names.map((name, index) => ({ id: `${prefix}-${String(index + 1).padStart(12, '0')}`, name }));

const STANDARD_STAGES = ['Sourced', 'Contacted', 'Phone screen', 'Client interview', 'Offer', 'Placed'] as const;

export const seedJobs: readonly StoredJob[] = [
  {
    id: '7a1b2c3d-4e5f-4a6b-8c7d-000000000001',
    name: 'Head of Talent Acquisition',
    client_company_name: 'Bluefen Mutual',
    job_status_name: 'Open',
    is_archived: false,
    pipeline_stages: stages('5a000001-0000-4000-8000', STANDARD_STAGES),
  },
  {
    id: '7a1b2c3d-4e5f-4a6b-8c7d-000000000002',
    name: 'Senior Technical Recruiter',
    client_company_name: 'Nettlebrook Pharma',
    job_status_name: 'Open',
    is_archived: false,
    pipeline_stages: stages('5a000002-0000-4000-8000', STANDARD_STAGES),
  },
  {
    id: '7a1b2c3d-4e5f-4a6b-8c7d-000000000003',
    name: 'Chief Financial Officer',
    client_company_name: 'Saltmarsh Freight',
    job_status_name: 'On hold',
    is_archived: false,
    pipeline_stages: stages('5a000003-0000-4000-8000', ['Longlist', 'Shortlist', 'Final round', 'Placed']),
  },
  {
    id: '7a1b2c3d-4e5f-4a6b-8c7d-000000000004',
    name: 'Technical Recruiter (filled 2025)',
    client_company_name: 'Harrowgate Bakehouse',
    job_status_name: 'Closed',
    is_archived: true,
    pipeline_stages: stages('5a000004-0000-4000-8000', STANDARD_STAGES),
  },
];

export const seedLists: readonly StoredList[] = [
  { id: '1c000000-0000-4000-8000-000000000001', name: 'Healthcare AI recruiters', person_ids: [] },
  { id: '1c000000-0000-4000-8000-000000000002', name: 'Pacific Northwest talent', person_ids: [] },
  { id: '1c000000-0000-4000-8000-000000000003', name: 'Finance leaders 2027', person_ids: [] },
];

export class PlacementStore {
  private jobs: StoredJob[] = [];
  private lists: StoredList[] = [];

  constructor() {
    this.reset();
  }

  reset(): void {
    this.jobs = structuredClone([...seedJobs]);
    this.lists = structuredClone([...seedLists]);
  }

  job(idOrName: string): StoredJob | undefined {
    const wanted = idOrName.toLowerCase();
    return this.jobs.find((job) => job.id.toLowerCase() === wanted || job.name.toLowerCase() === wanted);
  }

  /** Every keyword must occur in the job's name or client (case-insensitive); newest seed last. */
  searchJobs(keywords: readonly string[], archived: boolean | undefined): StoredJob[] {
    return this.jobs.filter(
      (job) =>
        (archived === undefined || job.is_archived === archived) &&
        keywords.every((keyword) =>
          `${job.name} ${job.client_company_name}`.toLowerCase().includes(keyword.trim().toLowerCase()),
        ),
    );
  }

  list(id: string): StoredList | undefined {
    return this.lists.find((list) => list.id.toLowerCase() === id.toLowerCase());
  }

  searchLists(keywords: readonly string[]): StoredList[] {
    return this.lists.filter((list) =>
      keywords.every((keyword) => list.name.toLowerCase().includes(keyword.trim().toLowerCase())),
    );
  }
}

/** A person on a job, as `GET /v1/persons/{id}` lists it in `candidates[]`. */
export interface StoredCandidate {
  candidate_id: string;
  job_id: string;
  job_name: string;
  current_pipeline_stage_id: string | null;
  current_pipeline_stage_name: string | null;
  is_archived: boolean;
}

export function candidateOn(job: StoredJob, candidateId: string): StoredCandidate {
  const first = job.pipeline_stages[0] ?? null;
  return {
    candidate_id: candidateId,
    job_id: job.id,
    job_name: job.name,
    current_pipeline_stage_id: first?.id ?? null,
    current_pipeline_stage_name: first?.name ?? null,
    is_archived: false,
  };
}
