import { z } from 'zod';

/**
 * The last list run as the popup shows it (issue 21): its rows, which outbox entries carry each, and
 * why a row was skipped. Stored, so the progress survives closing the popup and the worker stopping;
 * each row's state is read from the outbox (a row whose entries are all gone is done).
 */
const skipReasonSchema = z.enum(['no-url', 'lead-not-confirmed', 'several', 'not-known']);
export type SkipReason = z.infer<typeof skipReasonSchema>;

export const listRunRecordSchema = z.object({
  id: z.string().min(1),
  rows: z
    .array(
      z.object({
        name: z.string().max(300).nullable(),
        entryIds: z.array(z.string().min(1)).max(10),
        skipped: skipReasonSchema.nullable(),
      }),
    )
    .max(200),
  /** The run's one batch list step, when a list was chosen. */
  listEntryId: z.string().min(1).nullable(),
});
export type ListRunRecord = z.infer<typeof listRunRecordSchema>;
