import { canonicalProfileUrl, profileSlug } from '../linkedin/profile-url';
import { pagePersonOf } from '../persons/page-person';
import type { NotAProfile } from '../linkedin/types';
import type { ConversationExtraction, ConversationMessage, ConversationPartner } from './conversation';
import { findEmberThread, readEmberThread } from './ember-thread';
import { findSduiMessageList, readSduiThread } from './sdui-thread';
import type { RawThread, Sender } from './thread-parts';
import { isViewer, readViewer, type Viewer } from './viewer';

const NO_THREAD: NotAProfile = {
  kind: 'not-a-profile',
  reason: 'No conversation is open here. Open a conversation in LinkedIn messaging, then open the review again.',
};

function absolute(href: string): string {
  return new URL(href, 'https://www.linkedin.com/').href;
}

/** The header's link as the public URL, or kept apart as a member-id link that is not one. */
function partnerOf(header: RawThread['header']): ConversationPartner | null {
  if (!header.name) return null;
  const canonical = header.href ? canonicalProfileUrl(absolute(header.href)) : null;
  if (canonical && pagePersonOf(canonical)?.kind === 'linkedin-member') {
    return { name: header.name, headline: header.headline, url: null, memberUrl: canonical };
  }
  return { name: header.name, headline: header.headline, url: canonical };
}

/** Who someone is, for telling people apart: their link's slug, else their name. */
function identityOf(sender: Sender): string | null {
  const slug = sender.href ? profileSlug(absolute(sender.href)) : null;
  return slug ?? sender.name?.toLowerCase() ?? null;
}

function readThread(document: Document, now: Date): RawThread | null {
  const lang = document.documentElement.lang || 'en';
  const ember = findEmberThread(document);
  if (ember) return readEmberThread(ember, lang, now);
  const sdui = findSduiMessageList(document);
  return sdui ? readSduiThread(sdui, lang, now) : null;
}

function sideOf(message: RawThread['messages'][number], viewer: Viewer): ConversationMessage['from'] {
  // The layout's own mark wins; where there is none, the sender is the viewer or is not.
  return message.side ?? (isViewer(viewer, message.sender) ? 'me' : 'them');
}

/**
 * The open LinkedIn conversation: the other person from the thread's header, the messages the page
 * has loaded, oldest first, each with its side, moment and text. `now` dates "Today" and weekday
 * headings. A thread with more than one other sender, or a header showing several people, is a group.
 */
export function extractConversation(
  document: Document,
  _url: string,
  now: Date = new Date(),
): ConversationExtraction | NotAProfile {
  const thread = readThread(document, now);
  if (!thread) return NO_THREAD;
  const viewer = readViewer(document);
  const messages = thread.messages.map((message) => ({
    from: sideOf(message, viewer),
    at: message.at,
    text: message.text,
  }));
  const others = new Map<string, string>();
  thread.messages.forEach((message, index) => {
    const identity = identityOf(message.sender);
    if (messages[index]!.from === 'them' && identity) others.set(identity, message.sender.name ?? identity);
  });
  if (others.size > 1 || thread.header.people > 1) {
    return { kind: 'conversation', with: null, messages, group: [...new Set(others.values())] };
  }
  const partner = partnerOf(thread.header);
  // The viewer's own name in the header (a note to self, a misread page) is never the other person.
  const ownName = partner !== null && isViewer(viewer, { name: partner.name, href: partner.url });
  return { kind: 'conversation', with: ownName ? null : partner, messages };
}
