import { z } from 'zod';

/**
 * Issue 22's outbox messages, kept in one block that lib/messaging/protocol.ts adds to its request and
 * response tables (its answer is the outbox view, as for every outbox action). "Retry all" answers with the view of the profile the asking page shows (null: Options).
 */
export const outboxRequestSchemas = [
  z.object({ type: z.literal('outbox/retry-all'), linkedinUrl: z.string().url().max(300).nullable() }),
] as const;
