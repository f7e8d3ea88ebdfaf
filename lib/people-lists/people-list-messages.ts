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

export const peopleListRequestSchemas = [
  /** One row's lookup by its public profile URL, paced within the list's share of the rate window. */
  z.object({ type: z.literal('people-list/lookup'), linkedinUrl: z.string().trim().min(1).max(2000) }),
] as const;

export const peopleListResponseSchemas = {
  'people-list/lookup': listLookupSchema,
};
