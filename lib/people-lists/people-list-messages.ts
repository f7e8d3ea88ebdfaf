import { z } from 'zod';

/**
 * The list review's messages (issue 21), kept in one block that lib/messaging/protocol.ts adds to
 * its request and response tables.
 */

/** Whether one row's person is in Stardex: ✓ one person, + nobody, ? several (the review never guesses among them). */
const listLookupSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('in-stardex'), personId: z.string().min(1), name: z.string().nullable() }),
  z.object({ status: z.literal('not-in-stardex') }),
  z.object({ status: z.literal('several') }),
]);
export type ListLookup = z.infer<typeof listLookupSchema>;

const id = z.guid();
const name = z.string().trim().min(1).max(300);
const line = z.string().trim().min(1).max(300).nullable();

/** One row of a run as the review shows it, with what its lookup found. */
const runRowSchema = z.strictObject({
  name: name.nullable(),
  linkedinUrl: z.string().trim().min(1).max(2000).nullable(),
  headline: line,
  location: line,
  title: line,
  company: line,
  lookup: z.union([listLookupSchema, z.object({ status: z.literal('unknown') })]),
});
export type ListRunRow = z.infer<typeof runRowSchema>;

const runStatusSchema = z
  .object({
    total: z.number().int().nonnegative(),
    done: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        name: z.string().nullable(),
        state: z.enum(['waiting', 'done', 'skipped', 'failed']),
        /** Skipped or failed: why, in the words the row shows. */
        reason: z.string().nullable(),
        /** The failed entry a Retry sends again. */
        retryId: z.string().nullable(),
      }),
    ),
  })
  .nullable();
export type ListRunStatus = z.infer<typeof runStatusSchema>;

export const peopleListRequestSchemas = [
  /** One row's lookup by its public profile URL, paced within the list's share of the rate window. */
  z.object({ type: z.literal('people-list/lookup'), linkedinUrl: z.string().trim().min(1).max(2000) }),
  /** Adds the checked rows to Stardex, the job (and stage) and the list: every person queued before any request. */
  z.object({
    type: z.literal('people-list/run'),
    rows: z.array(runRowSchema).min(1).max(200),
    job: z.strictObject({ id, name, stage: z.strictObject({ id, name }).nullable() }).nullable(),
    list: z.strictObject({ id, name }).nullable(),
    alsoUpdate: z.boolean(),
  }),
  z.object({ type: z.literal('people-list/run-status') }),
  z.object({ type: z.literal('people-list/run-retry'), id: z.string().min(1) }),
] as const;

export const peopleListResponseSchemas = {
  'people-list/lookup': listLookupSchema,
  'people-list/run': runStatusSchema,
  'people-list/run-status': runStatusSchema,
  'people-list/run-retry': runStatusSchema,
};
