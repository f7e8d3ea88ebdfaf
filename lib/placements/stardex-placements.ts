import { z } from 'zod';

/**
 * Jobs, pipeline stages, candidacies and lists as Stardex answers them (docs/stardex-answers.md):
 * strict about the ids the extension sends back, liberal about the rest. Names may be missing; an
 * entry without a usable id is dropped instead of failing the whole answer.
 */

/** Any 8-4-4-4-12 hex id, as UUID_PATTERN in ./schemas.ts (which imports this file, so it cannot be imported here). */
const id = z.guid('Expected a UUID');
const optionalText = z.string().nullish();

/** Keeps the items that parse and drops the others, so one odd item does not hide the rest. */
function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((items) =>
      (items ?? []).flatMap((raw) => {
        const parsed = item.safeParse(raw);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    );
}

const stageSchema = z.object({ id, name: z.string().min(1) });
export type PipelineStage = z.infer<typeof stageSchema>;

export const jobSummarySchema = z.object({
  id,
  name: z.string().min(1),
  client_company_name: optionalText,
  job_status_name: optionalText,
  is_archived: z.boolean().nullish(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

/** `GET /v1/jobs/{id}`: the job with its stages in pipeline order. */
export const jobSchema = jobSummarySchema.extend({ pipeline_stages: lenientArray(stageSchema) });
export type Job = z.infer<typeof jobSchema>;

/** One entry of a person's `candidates[]`: the person on a job, at a stage. */
const candidacySchema = z.object({
  candidate_id: id,
  job_id: id,
  job_name: optionalText,
  current_pipeline_stage_id: id.nullish(),
  current_pipeline_stage_name: optionalText,
  is_archived: z.boolean().nullish(),
});
export type Candidacy = z.infer<typeof candidacySchema>;
export const candidaciesSchema = lenientArray(candidacySchema);

export const listSummarySchema = z.object({ id, name: z.string().min(1), item_count: z.number().nullish() });
export type ListSummary = z.infer<typeof listSummarySchema>;

/** `POST /v1/lists/{id}/items`: each person id comes back in one of the three. */
export const listItemsResultSchema = z.object({
  added_ids: z.array(z.string()).nullish(),
  already_present_ids: z.array(z.string()).nullish(),
  failed: z.array(z.object({ id: z.string(), reason: z.string().nullish() })).nullish(),
});
export type ListItemsResult = z.infer<typeof listItemsResultSchema>;

export interface StageChange {
  job_id: string;
  candidate_id: string;
  stage_id: string;
}

/**
 * The person's live candidacy on a job: a non-archived one first (a person may have been on a job
 * before and been archived), else any. Null when the person is not on the job.
 */
export function candidacyOn(candidates: readonly Candidacy[] | null | undefined, jobId: string): Candidacy | null {
  const onJob = (candidates ?? []).filter((entry) => entry.job_id.toLowerCase() === jobId.toLowerCase());
  return onJob.find((entry) => !entry.is_archived) ?? onJob[0] ?? null;
}
