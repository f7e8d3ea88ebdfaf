import { z } from 'zod';
import { personIdSchema } from '../stardex/schemas';
import { queuedAttemptSchema } from '../outbox/queued-attempt';
import { conversationSchema } from './conversation-schema';

/**
 * The review's messages for issue 24 (a LinkedIn conversation logged to Stardex), kept in one block
 * that lib/messaging/protocol.ts adds to its request and response tables.
 */
const tabId = z.number().int().nonnegative();
const messages = conversationSchema.shape.messages.min(1).max(1000);
const partnerName = z.string().trim().min(1).max(300);

/** The other person as the review read them: the guard compares the tab's thread with it before sending. */
const partnerSchema = conversationSchema.shape.with.unwrap().pick({ name: true, url: true, memberUrl: true });

export const conversationRequestSchemas = [
  /** Which of these messages the person's Stardex timeline has already. */
  z.object({ type: z.literal('conversation/logged'), personId: personIdSchema, partnerName, messages }),
  /** Log the messages not logged yet to the person, through the outbox. */
  z.object({
    type: z.literal('conversation/log'),
    /** The tab the conversation was read from: it must still show it when the log is sent. */
    tabId,
    personId: personIdSchema,
    personName: z.string().max(300).nullable(),
    partner: partnerSchema,
    messages,
  }),
] as const;

const loggedSchema = z.object({ logged: z.array(z.boolean()) });

export const conversationResponseSchemas = {
  'conversation/logged': loggedSchema,
  'conversation/log': z.discriminatedUnion('status', [
    /** `newly`: how many messages this log added to the timeline. */
    loggedSchema.extend({ status: z.literal('logged'), newly: z.number().int().nonnegative() }),
    /** Stardex could not take it yet; the outbox retries on its own. */
    z.object({ status: z.literal('queued'), attempt: queuedAttemptSchema }),
  ]),
};
