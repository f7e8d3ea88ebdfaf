/**
 * The top card read by the role of each line, whatever its tag or class (the 2026 server-driven
 * layout, and any layout whose classes are unknown): the name heading, the badges beside it, then
 * the headline, the "company · school" line, the location by the contact-info link, the
 * connection count. The "company · school" line is never read: it is not labelled current and
 * can name an employer whose role has ended.
 */
import { cleanText, visibleText } from './clean-text';
import { startsWithName } from './page-regions';
import { textLines, type TextLine } from './text-lines';

export interface TopCardLineValues {
  headline: string | null;
  location: string | null;
}

const CONTACT_INFO_LINK = 'a[href*="/overlay/contact-info"]';
const ORGANISATION_LINK = 'a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]';

/** "She/Her", "(er/ihm)", "il/lui": pronouns shown beside the name. */
const PRONOUNS = /^\(?\p{L}+(?:\s?\/\s?\p{L}+)+\)?$/u;
/** The connection degree beside the name: "· 2nd", "3rd+", "2e", "2.", "2º", "1er", "2次". */
const DEGREE = /^[·•]?\s*\p{Nd}\s*\p{L}{0,6}\.?\+?$/u;
/** Everything after the first " · " in a heading is the degree or a badge, never the name. */
const AFTER_SEPARATOR = /\s[·•]\s.*$/;
const TRAILING_PRONOUNS = /\s\(?\p{L}+(?:\s?\/\s?\p{L}+)+\)?$/u;

/** A line beside the name that is not a value: pronouns, degree, a parenthesised or dotted badge. */
export function isBadge(text: string): boolean {
  return PRONOUNS.test(text) || DEGREE.test(text) || /^[·•]/.test(text) || /^\(.{0,30}\)$/.test(text);
}

/** "500+ connections", "1.234 Follower": a number and one word. */
const COUNT = /^\p{Nd}[\p{Nd}.,\s]*\+?\s\S+$/u;
const COUNT_LINK = 'a[href*="/mynetwork/"], a[href*="/search/results/people"], a[href*="/overlay/connections"]';

function isCount(line: TextLine): boolean {
  return COUNT.test(line.text) || holdsSelector(line, COUNT_LINK);
}

/** Lists in the card (connection counts, mutual connections) hold no field. */
const CARD_LIST = 'li, [role="listitem"], ul, ol';

function holds(line: TextLine, element: Element): boolean {
  return line.element === element || line.element.contains(element) || element.contains(line.element);
}

function holdsSelector(line: TextLine, selector: string): boolean {
  return line.element.matches(selector) || line.element.querySelector(selector) !== null;
}

/**
 * The name without what sits beside it in the heading: the tab title's name when the heading
 * starts with it (it is the same text, without badges), else the heading up to a " · " and
 * without trailing pronouns.
 */
export function nameFromHeading(headingText: string | null, titleName: string | null): string | null {
  if (!headingText) return null;
  if (titleName && startsWithName(headingText, titleName)) {
    return cleanText(headingText.slice(0, titleName.length));
  }
  return cleanText(headingText.replace(AFTER_SEPARATOR, '').replace(TRAILING_PRONOUNS, ''));
}

/** The contact-info line without the link: "Oslo, Norway · Contact info" -> "Oslo, Norway". */
function locationBesideLink(lines: TextLine[], contactLink: Element, after: number): string | null {
  const at = lines.findIndex((line) => holds(line, contactLink));
  if (at < 0) return null;
  const line = lines[at]!;
  if (!contactLink.contains(line.element) && line.element !== contactLink) {
    const linkText = visibleText(contactLink) ?? '';
    const rest = cleanText(
      line.text
        .split(linkText)
        .join(' ')
        .replace(/(^[\s·•|]+|[\s·•|]+$)/g, ''),
    );
    if (rest) return rest;
  }
  const previous = lines[at - 1];
  return previous && at - 1 > after && !holdsSelector(previous, ORGANISATION_LINK) && !isCount(previous)
    ? previous.text
    : null;
}

/** Without a contact-info link: the first line after the headline that is neither an organisation nor a count. */
function locationByPosition(lines: TextLine[], after: number): string | null {
  const line = lines
    .slice(after + 1)
    .find((candidate) => !holdsSelector(candidate, ORGANISATION_LINK) && !isCount(candidate));
  return line?.text ?? null;
}

/** Headline and location of a top card whose name heading is `heading`. */
export function readTopCardLines(topCard: Element, heading: Element): TopCardLineValues {
  const lines = textLines(topCard, (element) => element.matches(CARD_LIST));
  const nameAt = lines.findIndex((line) => holds(line, heading));
  if (nameAt < 0) return { headline: null, location: null };
  let headlineAt = nameAt + 1;
  while (headlineAt < lines.length && isBadge(lines[headlineAt]!.text)) headlineAt++;
  const contactLink = topCard.querySelector(CONTACT_INFO_LINK);
  const headlineLine = lines[headlineAt];
  const isHeadline =
    headlineLine !== undefined &&
    !holdsSelector(headlineLine, ORGANISATION_LINK) &&
    !isCount(headlineLine) &&
    !(contactLink && holds(headlineLine, contactLink));
  const headlineIndex = isHeadline ? headlineAt : headlineAt - 1;
  return {
    headline: isHeadline ? headlineLine.text : null,
    location: contactLink
      ? locationBesideLink(lines, contactLink, headlineIndex)
      : locationByPosition(lines, headlineIndex),
  };
}
