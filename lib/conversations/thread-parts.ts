import { visibleText } from '../linkedin/clean-text';
import type { CalendarDay, ClockTime } from './message-dates';
import { messageMoment, readClockTime, readDatetimeAttribute, readDayHeading } from './message-dates';
import { messageText } from './message-text';

/** What one layout's reader finds in the open thread, before sides and the other person are decided. */
interface ThreadHeader {
  name: string | null;
  /** The header's `/in/` link as written (public slug or member id), or null. */
  href: string | null;
  headline: string | null;
  /** People the header shows (a group's faces); 0 when it shows none. */
  people: number;
}

export interface Sender {
  name: string | null;
  href: string | null;
}

export interface RawMessage {
  /** The side the layout marks itself (the 2025 `--other` class); null where only the sender tells. */
  side: 'me' | 'them' | null;
  sender: Sender;
  at: string | null;
  text: string;
}

export interface RawThread {
  header: ThreadHeader;
  messages: RawMessage[];
}

/** The day and time the reader is at while walking the thread top to bottom. */
export class ThreadClock {
  private day: CalendarDay | null = null;
  private time: ClockTime | null = null;
  private exact: string | null = null;

  constructor(
    private readonly lang: string,
    private readonly now: Date,
  ) {}

  /** A day heading; the group times after it count from it. */
  heading(element: Element): void {
    this.day = readDayHeading(visibleText(element) ?? '', this.lang, this.now) ?? this.day;
    this.time = null;
    this.exact = null;
  }

  /** A message group's `time`: consecutive messages of one group share it. */
  stamp(element: Element): void {
    this.exact = readDatetimeAttribute(element.getAttribute('datetime'));
    this.time = readClockTime(visibleText(element) ?? '') ?? this.time;
  }

  moment(): string | null {
    return this.exact ?? messageMoment(this.day, this.time);
  }
}

/** "[attachment: CV.pdf]": the file's name, without its size. */
export function attachmentText(attachment: Element, nameSelector: string): string {
  const name = visibleText(attachment.querySelector(nameSelector)) ?? visibleText(attachment) ?? '';
  return `[attachment: ${name}]`;
}

/** Emoji only: a control with words ("More", "Reply") is not a reaction. */
const EMOJI_ONLY = /^[\p{Extended_Pictographic}\p{Emoji_Component}\uFE0F\u200D\s\d]+$/u;

/** "[reaction: 👍]": the emoji shown, or the image standing for it; null for anything else. */
export function reactionText(reaction: Element): string | null {
  const emoji =
    visibleText(reaction) ??
    Array.from(reaction.querySelectorAll('img[alt]'))
      .map((image) => image.getAttribute('alt'))
      .find(Boolean) ??
    null;
  return emoji && EMOJI_ONLY.test(emoji) && /\p{Extended_Pictographic}/u.test(emoji) ? `[reaction: ${emoji}]` : null;
}

export const joinParts = (parts: (string | null)[]) =>
  parts.filter((part): part is string => part !== null && part !== '').join(' ');

export { messageText };
