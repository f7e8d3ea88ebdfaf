import { z } from 'zod';
import { offLimitsReasonSchema } from '../companies/off-limits';

/**
 * The list review's messages (issue 21), kept in one block that lib/messaging/protocol.ts adds to
 * its request and response tables.
 */

/**
 * Whether one row's person is in Stardex: ✓ one person, + nobody, ? several (the review never
 * guesses among them) or not certain (a Sales Navigator lead no Stardex person is confirmed for).
 */
const listLookupSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('in-stardex'), personId: z.string().min(1), name: z.string().nullable() }),
  z.object({ status: z.literal('not-in-stardex') }),
  z.object({ status: z.literal('several') }),
  z.object({ status: z.literal('not-certain') }),
]);
export type ListLookup = z.infer<typeof listLookupSchema>;

/** What a row's lookup asks by: its public URL, else its Sales Navigator lead id; the company it shows. */
const listRowQuerySchema = z
  .strictObject({
    linkedinUrl: z.string().trim().min(1).max(2000).nullable(),
    leadId: z.string().trim().min(1).max(200).nullable(),
    company: z.string().trim().min(1).max(300).nullable(),
  })
  .refine((row) => row.linkedinUrl !== null || row.leadId !== null, 'A row without a URL or a lead id names nobody.');
export type ListRowQuery = z.infer<typeof listRowQuerySchema>;

/** A row's lookup and why the person is off-limits (none: not off-limits, or nothing known of them). */
const listRowLookupSchema = z.object({ lookup: listLookupSchema, offLimits: z.array(offLimitsReasonSchema) });
export type ListRowLookup = z.infer<typeof listRowLookupSchema>;

const id = z.guid();
const name = z.string().trim().min(1).max(300);
const line = z.string().trim().min(1).max(300).nullable();

/** One row of a run as the review shows it, with what its lookup found. */
const runRowSchema = z.strictObject({
  name: name.nullable(),
  linkedinUrl: z.string().trim().min(1).max(2000).nullable(),
  leadId: z.string().trim().min(1).max(200).nullable(),
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
  /** One row's lookup (by its public URL, else its lead id), paced within the list's share of the rate window. */
  z.object({ type: z.literal('people-list/lookup'), row: listRowQuerySchema }),
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
  'people-list/lookup': listRowLookupSchema,
  'people-list/run': runStatusSchema,
  'people-list/run-status': runStatusSchema,
  'people-list/run-retry': runStatusSchema,
};
