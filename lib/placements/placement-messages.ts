import { z } from 'zod';
import type { PlacementChoice } from './placement-steps';
import { jobSchema, jobSummarySchema, listSummarySchema } from './stardex-placements';

/**
 * The review's messages for issue 13 (jobs, stages, lists), kept in one block that
 * ./protocol.ts adds to its request and response tables.
 */
const id = z.guid();
const name = z.string().trim().min(1).max(300);
const query = z.string().trim().max(200);

/** What the review chose: a job (with a stage, or none to leave the stage as Stardex sets it) and a list. */
export const placementChoiceSchema = z.strictObject({
  job: z
    .strictObject({
      id,
      name,
      stage: z.strictObject({ id, name }).nullable(),
      /** The review showed the person on this job already: only the stage moves. */
      onJob: z.boolean(),
    })
    .nullable(),
  list: z.strictObject({ id, name }).nullable(),
}) satisfies z.ZodType<PlacementChoice>;
export type PlacementChoiceInput = z.infer<typeof placementChoiceSchema>;

export const placementRequestSchemas = [
  /** Empty query: the first jobs Stardex lists. Recent jobs first either way; archived jobs never. */
  z.object({ type: z.literal('jobs/search'), query }),
  z.object({ type: z.literal('jobs/get'), jobId: id }),
  z.object({ type: z.literal('lists/search'), query }),
] as const;

export const placementResponseSchemas = {
  'jobs/search': z.array(jobSummarySchema),
  'jobs/get': jobSchema,
  'lists/search': z.array(listSummarySchema),
};
