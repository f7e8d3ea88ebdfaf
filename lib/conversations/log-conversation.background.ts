import { browser } from 'wxt/browser';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { sameProfile } from '../linkedin/profile-url';
import { readTabProfile } from '../linkedin/read-tab-profile.background';
import { enqueueSave } from '../outbox/outbox';
import { readOutbox, transactOutbox } from '../outbox/store';
import { deliverSoon } from '../outbox/delivery.background';
import { queuedAttemptOf } from '../outbox/view.background';
import { IdentityMismatchError } from '../persons/identity-guard';
import { getStardexClient } from '../settings/stardex-access.background';
import { FailureError } from '../failure';
import { conversationWords } from '../ui-words/conversations';
import type { ConversationPartner } from './conversation';
import { isPublicProfileUrl } from './log-delivery.background';
import { loggedInTimeline, messageActivity } from './message-activity';

type Partner = RequestOf<'conversation/log'>['partner'];

/** The same other person: by public profile when the review had one, else by member-id link, else by name. */
function samePartner(reviewed: Partner, shown: ConversationPartner): boolean {
  if (reviewed.url !== null) return shown.url !== null && sameProfile(reviewed.url, shown.url);
  if (reviewed.memberUrl !== undefined) return shown.memberUrl === reviewed.memberUrl;
  return shown.url === null && shown.memberUrl === undefined && shown.name === reviewed.name;
}

/** The tab must still show a conversation with the reviewed person; refusing is better than logging to the wrong one. */
async function assertTabStillShowsThread(tabId: number, reviewed: Partner): Promise<string> {
  const shown = await readTabProfile(tabId);
  if (shown.kind !== 'conversation' || shown.with === null || shown.group || !samePartner(reviewed, shown.with)) {
    throw new IdentityMismatchError(conversationWords.threadMoved());
  }
  const { url } = await browser.tabs.get(tabId);
  if (!url) throw new IdentityMismatchError(conversationWords.threadMoved());
  return url;
}

export async function loggedMessages(
  request: RequestOf<'conversation/logged'>,
): Promise<ResponseOf<'conversation/logged'>> {
  const timeline = await (await getStardexClient()).listActivities(request.personId);
  const activities = request.messages.map((message) => messageActivity(message, request.partnerName));
  return { logged: loggedInTimeline(timeline, activities) };
}

/**
 * Queues the whole reviewed conversation as one outbox entry before the first request, then tries it
 * at once; the entry posts only what the person's timeline lacks. Answers how many messages this log
 * added and, per message, whether the timeline has it now.
 */
export async function logConversation(request: RequestOf<'conversation/log'>): Promise<ResponseOf<'conversation/log'>> {
  const threadUrl = await assertTabStillShowsThread(request.tabId, request.partner);
  const activities = request.messages.map((message) => messageActivity(message, request.partner.name));
  const client = await getStardexClient();
  const before = loggedInTimeline(await client.listActivities(request.personId), activities);
  // The entry names the public profile when there is one (the guard before sending checks the person
  // against it); otherwise the thread the person was chosen for by hand.
  const reviewedFor =
    request.partner.url !== null && isPublicProfileUrl(request.partner.url) ? request.partner.url : threadUrl;
  const save = {
    id: crypto.randomUUID(),
    personId: request.personId,
    personName: request.personName,
    linkedinUrl: reviewedFor,
    patch: {},
    notes: [],
    activities,
  };
  const id = await transactOutbox((entries) => enqueueSave(entries, save, Date.now()));
  const outcome = await deliverSoon(id);
  if (outcome.delivered) {
    const logged = loggedInTimeline(await client.listActivities(request.personId), activities);
    const newly = logged.filter((isLogged, index) => isLogged && !before[index]).length;
    return { status: 'logged', logged, newly };
  }
  const entries = await readOutbox();
  const left = entries.find((entry) => entry.id === id);
  if (!left) throw new FailureError({ kind: 'save-discarded' }, `conversation log ${id} was discarded`);
  if (left.state === 'failed') {
    throw new FailureError(left.lastError ?? { kind: 'unexpected', message: null }, `conversation log ${id} failed`);
  }
  return { status: 'queued', attempt: queuedAttemptOf(left, entries, Date.now()) };
}
