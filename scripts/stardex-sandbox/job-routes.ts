import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { PersonStore } from './person-store';
import { candidateOn, type PlacementStore, type StoredJob } from './placement-store';
import { codedError, frameworkError, listPage, ok, type SandboxResponse } from './responses';
import { UUID_PATTERN, parseBody, type Route, type RouteRequest } from './route-helpers';
import { keywordsSchema, pagingShape } from './validation';

/** Loose like persons/search: Stardex documents many filters the sandbox does not model. */
const jobSearchBodySchema = z.looseObject({
  keywords: keywordsSchema,
  is_archived: z.boolean({ error: 'is_archived must be a boolean' }).optional(),
  ...pagingShape,
});

const optionalText = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .min(1)
    .optional();

/** The documented alternatives; only the `candidate_id` form of the candidate is modelled. */
const updateStageBodySchema = z
  .strictObject({
    job_id: optionalText('job_id'),
    job_name: optionalText('job_name'),
    candidate_id: optionalText('candidate_id'),
    candidate_email: optionalText('candidate_email'),
    candidate_name: optionalText('candidate_name'),
    stage_id: optionalText('stage_id'),
    stage_name: optionalText('stage_name'),
  })
  .refine((body) => body.job_id !== undefined || body.job_name !== undefined, 'job_id or job_name is required')
  .refine((body) => body.candidate_id !== undefined, 'candidate_id is required (the sandbox models no other form)')
  .refine((body) => body.stage_id !== undefined || body.stage_name !== undefined, 'stage_id or stage_name is required');

/** A job in search results: no stages (those come with `GET /v1/jobs/{id}`). */
function jobSummary({ pipeline_stages: _stages, ...job }: StoredJob) {
  return job;
}

export const jobRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/jobs\/search$/,
    writes: false,
    legacy: false,
    endpoint: 'list',
    handle({ body, placements }) {
      const parsed = parseBody(jobSearchBodySchema, body);
      if (!parsed.ok) return parsed.response;
      const { keywords, is_archived, offset, limit } = parsed.value;
      const hits = placements.searchJobs(keywords, is_archived);
      return listPage(hits, { offset, limit }, jobSummary);
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/jobs\/([^/]+)$/,
    writes: false,
    legacy: false,
    endpoint: 'placement',
    handle({ params, placements }) {
      const id = params[0] ?? '';
      if (!UUID_PATTERN.test(id)) return frameworkError(400, 'Validation failed (uuid is expected)');
      const job = placements.job(id);
      return job ? ok(structuredClone(job)) : jobNotFound(id);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/candidates\/update-stage$/,
    writes: true,
    legacy: false,
    endpoint: 'placement',
    handle: updateStage,
  },
];

function updateStage({ body, store, placements }: RouteRequest): SandboxResponse {
  const parsed = parseBody(updateStageBodySchema, body);
  if (!parsed.ok) return parsed.response;
  const { job_id, job_name, candidate_id, stage_id, stage_name } = parsed.value;
  const job = placements.job(job_id ?? job_name ?? '');
  if (!job) return jobNotFound(job_id ?? job_name ?? '');
  const candidate = store
    .all()
    .flatMap((person) => person.candidates)
    .find((entry) => entry.candidate_id === candidate_id && entry.job_id === job.id);
  if (!candidate) return codedError(404, `Candidate ${candidate_id} is not on job ${job.id}`, 'NOT_FOUND');
  const stage = job.pipeline_stages.find(
    (entry) =>
      entry.id === stage_id || (stage_id === undefined && entry.name.toLowerCase() === stage_name?.toLowerCase()),
  );
  if (!stage) return codedError(400, `Job ${job.id} has no stage ${stage_id ?? stage_name}`);
  candidate.current_pipeline_stage_id = stage.id;
  candidate.current_pipeline_stage_name = stage.name;
  return ok({
    candidate_id: candidate.candidate_id,
    job_id: job.id,
    current_pipeline_stage_id: stage.id,
    current_pipeline_stage_name: stage.name,
  });
}

/**
 * `job_id` on create or PATCH. The sandbox takes the dangerous reading of an undocumented case: every
 * request with a `job_id` adds a new candidacy, even for a person already on the job, so a client that
 * sends it twice shows up as a duplicate candidate.
 */
export function addCandidacy(store: PersonStore, placements: PlacementStore, personId: string, jobId: string) {
  const person = store.get(personId);
  const job = placements.job(jobId);
  if (!person || !job) return null;
  const candidate = candidateOn(job, randomUUID());
  person.candidates.push(candidate);
  return candidate;
}

export function unknownJob(placements: PlacementStore, jobId: string | undefined): SandboxResponse | null {
  if (jobId === undefined) return null;
  if (!UUID_PATTERN.test(jobId) || !placements.job(jobId)) return jobNotFound(jobId);
  return null;
}

const jobNotFound = (id: string) => codedError(404, `Job with id ${id} not found`, 'NOT_FOUND');
