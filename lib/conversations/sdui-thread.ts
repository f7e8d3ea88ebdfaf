import { visibleText } from '../linkedin/clean-text';
import {
  attachmentText,
  joinParts,
  messageText,
  reactionText,
  ThreadClock,
  type RawMessage,
  type RawThread,
} from './thread-parts';

/**
 * The 2026 server-driven messaging page: a `data-sdui-screen` naming messaging, hashed classes only.
 * The open thread's messages are a `role="list"` of message groups (`role="listitem"`, each with its
 * sender and a `time`) with day headings between them; the conversation list beside it is also a
 * list, but its items link to threads. The thread's header (name heading, `/in/` link, headline)
 * stands before its message list.
 */
const THREAD_LINK = 'a[href*="/messaging/thread/"]';

function isMessageList(list: Element): boolean {
  const items = Array.from(list.querySelectorAll(':scope > [role="listitem"]'));
  return items.length > 0 && items.some((item) => item.querySelector('time')) && !list.querySelector(THREAD_LINK);
}

export function findSduiMessageList(document: Document): Element | null {
  const screen = document.querySelector('[data-sdui-screen*="messaging" i]');
  if (!screen) return null;
  return Array.from(screen.querySelectorAll('[role="list"]')).find(isMessageList) ?? null;
}

function readHeader(list: Element): RawThread['header'] {
  const thread = list.parentElement ?? list;
  const before = Array.from(thread.children).filter((child) => child !== list && !list.contains(child));
  const block = before.find((child) => child.querySelector('h1, h2')) ?? null;
  const title = block?.querySelector('h1, h2') ?? null;
  const link = title?.closest('a[href*="/in/"]') ?? block?.querySelector('a[href*="/in/"]') ?? null;
  const name = visibleText(title);
  const headline =
    Array.from(block?.querySelectorAll('p') ?? [])
      .map((line) => visibleText(line))
      .find((text) => text !== null && text !== name) ?? null;
  return { name, href: link?.getAttribute('href') ?? null, headline, people: 0 };
}

const isDayHeading = (element: Element) =>
  /^H[1-6]$/.test(element.tagName) || element.matches('[role="heading"], [role="separator"]');

export function readSduiThread(list: Element, lang: string, now: Date): RawThread {
  const clock = new ThreadClock(lang, now);
  const messages: RawMessage[] = [];
  for (const child of Array.from(list.children)) {
    if (isDayHeading(child)) {
      clock.heading(child);
      continue;
    }
    if (child.getAttribute('role') !== 'listitem') continue;
    const stamp = child.querySelector('time');
    if (stamp) clock.stamp(stamp);
    // The sender's line: the element holding the time, with the name (linked or not) before it.
    const meta = stamp?.parentElement ?? null;
    const senderLink = meta?.querySelector('a[href*="/in/"]') ?? null;
    const sender = {
      name: visibleText(senderLink ?? meta?.querySelector('span')),
      href: senderLink?.getAttribute('href') ?? null,
    };
    const reactions = Array.from(child.querySelectorAll('button')).map(reactionText);
    const parts: string[] = [];
    for (const piece of Array.from(child.querySelectorAll('p, a[download]'))) {
      if (meta?.contains(piece)) continue;
      const text = piece.matches('a[download]') ? attachmentText(piece, 'span') : messageText(piece);
      if (text) parts.push(text);
    }
    // A reaction belongs to the message it sits under: the group's last.
    if (parts.length > 0) parts[parts.length - 1] = joinParts([parts.at(-1)!, ...reactions]);
    for (const text of parts) messages.push({ side: null, sender, at: clock.moment(), text });
  }
  return { header: readHeader(list), messages };
}
