import { z } from 'zod';
import { failureSchema } from '../failure';

/** Where a save in the outbox stands: the last failure (data) and when it is tried next. */
export const queuedAttemptSchema = z.object({
  state: z.enum(['pending', 'sending', 'failed']),
  lastError: failureSchema.nullable(),
  /** Until the next attempt of a pending save (at least 1 s); the words of a queued save name it. */
  retryInSeconds: z.number().int().nonnegative(),
  /** A job, stage or list step whose earlier step is still in the outbox: it is not tried before that one. */
  waitsForEarlierStep: z.boolean().optional(),
});
export type QueuedAttempt = z.infer<typeof queuedAttemptSchema>;
