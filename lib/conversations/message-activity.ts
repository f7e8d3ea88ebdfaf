import { z } from 'zod';
import type { ConversationMessage } from './conversation';
import { activityKey as keyOf } from '../stardex/activities';

/**
 * How one LinkedIn message becomes one Stardex activity, and when the person's timeline already has
 * it (docs/decisions.md, "Logging a LinkedIn conversation"). The content is a fixed format, not
 * translated: "already logged" is decided by comparing it, so it must read the same in every
 * language and every version.
 */
const MESSAGE_ACTIVITY_TYPES = { me: 'linkedin_message', them: 'linkedin_message_response' } as const;

export const messageActivitySchema = z.object({
  activity_type: z.enum([MESSAGE_ACTIVITY_TYPES.me, MESSAGE_ACTIVITY_TYPES.them]),
  activity_content: z.string().min(1).max(20_000),
});
export type MessageActivity = z.infer<typeof messageActivitySchema>;

/** `LinkedIn message from Ann Example to me · 2025-03-03 18:02`, a line break, then the text. */
export function messageActivity(message: ConversationMessage, partnerName: string): MessageActivity {
  const when = message.at?.replace('T', ' ') ?? 'date not shown';
  const direction = message.from === 'me' ? `from me to ${partnerName}` : `from ${partnerName} to me`;
  return {
    activity_type: MESSAGE_ACTIVITY_TYPES[message.from],
    activity_content: `LinkedIn message ${direction} · ${when}\n${message.text}`,
  };
}

interface TimelineEntry {
  activity_type: string;
  activity_content: string | null;
}

/**
 * Per message, whether the timeline has it: an activity of the same type and the same content. Equal
 * messages (the same words in the same minute) are counted, so the second "Thanks" is logged even
 * when the first one is.
 */
export function loggedInTimeline(
  timeline: readonly TimelineEntry[],
  activities: readonly MessageActivity[],
): boolean[] {
  const available = new Map<string, number>();
  for (const entry of timeline) {
    if (entry.activity_content === null) continue;
    const key = keyOf(entry.activity_type, entry.activity_content);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  return activities.map((activity) => {
    const key = keyOf(activity.activity_type, activity.activity_content);
    const left = available.get(key) ?? 0;
    if (left === 0) return false;
    available.set(key, left - 1);
    return true;
  });
}

/** The activities of a conversation that the timeline does not have yet, oldest first. */
export function notYetLogged(
  timeline: readonly TimelineEntry[],
  activities: readonly MessageActivity[],
): MessageActivity[] {
  const logged = loggedInTimeline(timeline, activities);
  return activities.filter((_, index) => !logged[index]);
}
