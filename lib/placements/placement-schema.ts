import { z } from 'zod';
import { companyStepSchema } from '../companies/company-step';

/**
 * What a save puts the person on besides its fields (issue 13), as stored in outbox entries. Names
 * are kept beside the ids so a waiting or failed step can say what it is about without a request.
 */
const id = z.string().min(1);
const name = z.string().min(1).max(300);

export const jobRefSchema = z.object({ id, name });
export type JobRef = z.infer<typeof jobRefSchema>;

const placementStepSchema = z.discriminatedUnion('kind', [
  /** `POST /v1/candidates/update-stage` for the person's candidacy on the job. */
  z.object({ kind: z.literal('stage'), job: jobRefSchema, stage: z.object({ id, name }) }),
  /** `POST /v1/lists/{id}/items` with the person. */
  z.object({ kind: z.literal('list'), list: z.object({ id, name }) }),
  /** Issue 23: "Add company to Stardex", then the person's `company_name` (lib/companies/). */
  companyStepSchema,
]);
export type PlacementStep = z.infer<typeof placementStepSchema>;

/** The stored properties an outbox entry gains; all optional, so entries queued before them still read. */
export const placementEntryShape = {
  /** A save's PATCH also sends `job_id` (unless a read shows the person on the job already). */
  job: jobRefSchema.optional(),
  /** The entry is a step after a save, not a save: its patch and notes are empty. */
  step: placementStepSchema.optional(),
  /** The entry of the same user action that must reach Stardex first; while it is still queued, this waits. */
  after: id.optional(),
};
