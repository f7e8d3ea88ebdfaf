import { visibleText } from '../linkedin/clean-text';
import {
  attachmentText,
  joinParts,
  messageText,
  reactionText,
  ThreadClock,
  type RawMessage,
  type RawThread,
  type Sender,
} from './thread-parts';

/**
 * The 2025 messaging page (Ember): the open thread (`.msg-convo-wrapper`) has a title bar naming
 * the other person, a profile card at the top of the message list with their headline, and one
 * `li.msg-s-message-list__event` per message; LinkedIn marks the other person's with
 * `msg-s-event-listitem--other`. The conversation list beside it names other people: never read.
 */
export function findEmberThread(document: Document): Element | null {
  return document.querySelector('.msg-convo-wrapper, .msg-thread');
}

function readHeader(thread: Element): RawThread['header'] {
  const bar = thread.querySelector('.msg-title-bar') ?? thread;
  const title = bar.querySelector('.msg-entity-lockup__entity-title, h2');
  const link = title?.closest('a[href*="/in/"]') ?? bar.querySelector('a[href*="/in/"]');
  const card = thread.querySelector('.msg-s-profile-card');
  return {
    name: visibleText(title),
    href: link?.getAttribute('href') ?? null,
    headline: visibleText(card?.querySelector('.artdeco-entity-lockup__subtitle')),
    people: bar.querySelectorAll('.msg-facepile-grid img').length,
  };
}

function readSender(item: Element, previous: Sender): Sender {
  const meta = item.querySelector('.msg-s-message-group__meta');
  if (!meta) return previous;
  return {
    name: visibleText(meta.querySelector('.msg-s-message-group__name')),
    href: meta.querySelector('a[href*="/in/"]')?.getAttribute('href') ?? null,
  };
}

export function readEmberThread(thread: Element, lang: string, now: Date): RawThread {
  const clock = new ThreadClock(lang, now);
  const messages: RawMessage[] = [];
  let sender: Sender = { name: null, href: null };
  for (const event of Array.from(thread.querySelectorAll('li.msg-s-message-list__event'))) {
    const heading = event.querySelector('.msg-s-message-list__time-heading');
    if (heading) clock.heading(heading);
    const item = event.querySelector('.msg-s-event-listitem');
    if (!item) continue; // The profile card, or a notice such as "Today".
    const stamp = item.querySelector('.msg-s-message-group__timestamp');
    if (stamp) clock.stamp(stamp);
    sender = readSender(item, sender);
    const body = item.querySelector('.msg-s-event-listitem__body');
    const text = joinParts([
      body ? messageText(body) : null,
      ...Array.from(item.querySelectorAll('.msg-s-event-listitem__attachment-item')).map((attachment) =>
        attachmentText(attachment, '.ui-attachment__filename'),
      ),
      ...Array.from(item.querySelectorAll('.msg-reactions-reaction-summary-presenter__container')).map(reactionText),
    ]);
    if (text === '') continue;
    const side = item.classList.contains('msg-s-event-listitem--other') ? 'them' : 'me';
    messages.push({ side, sender, at: clock.moment(), text });
  }
  return { header: readHeader(thread), messages };
}
