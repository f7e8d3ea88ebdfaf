import { z } from 'zod';
import type { ConversationExtraction } from './conversation';

/** A conversation read from a tab, as the background checks it before the review gets it. */
const messageSchema = z.object({
  from: z.enum(['me', 'them']),
  at: z.string().nullable(),
  text: z.string().min(1),
});

const partnerSchema = z.object({
  name: z.string().min(1),
  headline: z.string().nullable(),
  url: z.string().url().nullable(),
  memberUrl: z.string().url().optional(),
});

export const conversationSchema = z.object({
  kind: z.literal('conversation'),
  with: partnerSchema.nullable(),
  messages: z.array(messageSchema),
  group: z.array(z.string()).optional(),
}) satisfies z.ZodType<ConversationExtraction>;
