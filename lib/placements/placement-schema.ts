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
  /**
   * A list page's person not in Stardex (issue 21): search, then `POST /v1/persons` with what the row
   * shows (and the job), only when the search finds nobody. The entry's personId is a placeholder until then.
   */
  z.object({
    kind: z.literal('create'),
    person: z.object({
      name,
      current_job_title: name.optional(),
      company_name: name.optional(),
      linkedin_location: name.optional(),
    }),
    job: jobRefSchema.nullable(),
  }),
  /** One `POST /v1/lists/{id}/items` with every person of a list run, once all their other entries are through. */
  z.object({ kind: z.literal('list-batch'), list: z.object({ id, name }), personIds: z.array(id).max(500) }),
]);
export type PlacementStep = z.infer<typeof placementStepSchema>;
/** The steps of one person that need the person read first: the stage, the one-person list add and the company. */
export type PersonStep = Extract<PlacementStep, { kind: 'stage' | 'list' | 'company' }>;

/** The stored properties an outbox entry gains; all optional, so entries queued before them still read. */
export const placementEntryShape = {
  /** A save's PATCH also sends `job_id` (unless a read shows the person on the job already). */
  job: jobRefSchema.optional(),
  /** The entry is a step after a save, not a save: its patch and notes are empty. */
  step: placementStepSchema.optional(),
  /** The entry of the same user action that must reach Stardex first; while it is still queued, this waits. */
  after: id.optional(),
  /** The list run (issue 21) the entry belongs to; its list-batch step waits for all the others. */
  run: id.optional(),
};
