import { isProfileUrl } from '../linkedin/profile-url';
import { pagePersonOf } from '../persons/page-person';
import type { OutboxEntry } from '../outbox/schema';
import { assertPersonIsProfile } from '../persons/identity-guard';
import { readLinkOf } from '../persons/profile-links.background';
import type { StardexClient } from '../stardex/client';
import type { StardexPerson } from '../stardex/schemas';
import { notYetLogged, type MessageActivity } from './message-activity';

/**
 * One attempt at logging a conversation. The timeline is read before anything is posted, on every
 * attempt: an earlier attempt whose answer was lost (a timeout, a 503 after the write) may have
 * posted some messages, and those are not posted again. Each request is paced like any other
 * (the client's `beforeRequest`, lib/stardex/request-pacing.background.ts).
 */
export async function deliverConversationLog(
  client: StardexClient,
  entry: OutboxEntry,
  activities: readonly MessageActivity[],
  person: StardexPerson,
): Promise<{ delivered: true }> {
  // A person chosen by hand for a thread without a public profile link has no profile to be checked against.
  if (entry.linkedinUrl !== null && isPublicProfileUrl(entry.linkedinUrl))
    assertPersonIsProfile(person, entry.linkedinUrl, await readLinkOf(entry.linkedinUrl));
  const timeline = await client.listActivities(entry.personId);
  for (const activity of notYetLogged(timeline, activities)) {
    await client.addActivity(entry.personId, activity.activity_type, activity.activity_content);
  }
  return { delivered: true };
}

export function isPublicProfileUrl(url: string): boolean {
  return isProfileUrl(url) && pagePersonOf(url) === null;
}
