import { z } from 'zod';
import { messageActivitySchema } from './message-activity';

/** Enough for any thread LinkedIn loads into one page; a realistic page holds far fewer. */
const MAX_LOGGED_MESSAGES = 1000;

/**
 * The stored property an outbox entry gains when it logs a conversation: every reviewed message as
 * its activity, oldest first. Each attempt reads the person's timeline and posts only those it does
 * not have (./message-activity.ts), so a retry after a lost answer never posts one twice. Optional,
 * so entries queued before it still read.
 */
export const conversationEntryShape = {
  activities: z.array(messageActivitySchema).min(1).max(MAX_LOGGED_MESSAGES).optional(),
};
