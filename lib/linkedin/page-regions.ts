/**
 * The parts of a profile page every reader scopes its queries to. Everything is looked up inside
 * `main` (or the 2026 `data-sdui-screen` root): the sticky header above it repeats the name and
 * headline, and the aside ("More profiles for you") uses the same entry markup as Experience.
 */
import { cleanText, visibleText } from './clean-text';
import { nameFromDocumentTitle } from './document-title';
import { looksLikeExperience } from './experience';
import { isBadge } from './name-badges';
import { isExperienceHeading } from './section-headings';
import { textLines } from './text-lines';

/**
 * Not shown: LinkedIn keeps the previous profile's screen in the document with `display: none` while
 * it shows the next one. `aria-hidden` alone is not this: LinkedIn sets it on the whole page while a
 * dialog (contact info) is open over it.
 */
const NOT_SHOWN = '[hidden], [style*="display: none"], [style*="display:none"]';

function isShown(element: Element): boolean {
  return element.closest(NOT_SHOWN) === null;
}

/** The first `main` (or 2026 screen root) that is shown: a hidden screen is never the page. */
export function findMain(document: Document): Element | null {
  const shown = (selector: string) => Array.from(document.querySelectorAll(selector)).find(isShown) ?? null;
  return shown('main') ?? shown('[data-sdui-screen]');
}

/** Links that open the owner's own data; nobody else's top card, aside or header carries them. */
const OWNER_OVERLAY_LINK = 'a[href*="/overlay/contact-info"], a[href*="/overlay/about-this-profile"]';

/** Regions that repeat the owner (sticky header) or list other people: never the owner's card. */
const NOT_THE_OWNER_CARD = 'header, nav, aside, footer, [role="dialog"], [role="listitem"], li';

const NAME_HEADING = 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';

function headingsIn(scope: Element): Element[] {
  return Array.from(scope.querySelectorAll(NAME_HEADING)).filter(
    (heading) => !heading.closest(NOT_THE_OWNER_CARD) && visibleText(heading) !== null,
  );
}

/**
 * Whether `node` holds a line of text beyond its headings and the links around them: a card holds
 * the name *and* its lines (headline, location), while the row around a heading wrapped in a link
 * to the owner's overlay (2024-2025, and some 2026 pages) holds the name and its badges only.
 */
function holdsLinesBesideHeading(node: Element, headings: Element[]): boolean {
  const nameRows = headings.map((heading) => heading.closest('a') ?? heading);
  return textLines(node).some(
    (line) => !nameRows.some((row) => row.contains(line.element) || line.element.contains(row)) && !isBadge(line.text),
  );
}

/**
 * The smallest ancestor of `element` (below `scope`) that holds a name heading and the lines
 * beside it: the card's text column, never a wrapper around the whole profile whose first heading
 * could be the sticky header.
 */
function cardAround(element: Element, scope: Element): Element | null {
  for (let node = element.parentElement; node && node !== scope; node = node.parentElement) {
    const headings = headingsIn(node);
    if (headings.length > 0 && holdsLinesBesideHeading(node, headings)) return node;
  }
  return null;
}

/** 2026: the card holding the owner's overlay links and a heading. */
function cardAroundOwnerLinks(main: Element): Element | null {
  for (const link of Array.from(main.querySelectorAll(OWNER_OVERLAY_LINK))) {
    if (link.closest(NOT_THE_OWNER_CARD)) continue;
    const card = cardAround(link, main);
    if (card) return card;
  }
  return null;
}

/** The heading text starts with the name, as a whole word ("Anna Lee" is not the start of "Anna Leeds"). */
export function startsWithName(text: string, name: string): boolean {
  if (!text.toLowerCase().startsWith(name.toLowerCase())) return false;
  return !/^[\p{L}\p{N}]/u.test(text.slice(name.length));
}

/** Without owner links: the section whose heading agrees with the tab title's name. */
function sectionNamedByTitle(main: Element, titleName: string | null): Element | null {
  if (!titleName) return null;
  const heading = headingsIn(main).find(
    (candidate) => candidate.closest('section') && startsWithName(visibleText(candidate) ?? '', titleName),
  );
  return heading?.closest('section') ?? null;
}

/**
 * The top card: `section[data-member-id]` when signed in (2024-2025), `.top-card-layout` on the
 * logged-out public profile, the card around the owner's overlay links (2026), the section whose
 * heading agrees with the tab title; for layouts not seen yet, the section around the first `h1`.
 * Which person it shows is decided elsewhere (page-identity.ts), by the slugs its links name.
 */
export function findTopCard(document: Document): Element | null {
  const main = findMain(document);
  if (!main) return null;
  return (
    main.querySelector('section[data-member-id]') ??
    main.querySelector('.top-card-layout') ??
    cardAroundOwnerLinks(main) ??
    sectionNamedByTitle(main, nameFromDocumentTitle(document.title)) ??
    main.querySelector('section h1')?.closest('section') ??
    null
  );
}

/**
 * The heading holding the owner's name in the top card: the one whose text starts with the tab
 * title's name when the title names someone (a card can hold several headings, e.g. a hidden
 * variant), else the first `h1`, else the first heading.
 */
export function findNameHeading(topCard: Element, titleName: string | null): Element | null {
  const headings = headingsIn(topCard);
  const agreeing = titleName ? headings.find((heading) => startsWithName(visibleText(heading) ?? '', titleName)) : null;
  return agreeing ?? headings.find((heading) => heading.tagName === 'H1') ?? headings[0] ?? null;
}

/** An entry of a card's list in any layout: 2024-2025 entities, 2026 list items. */
const CARD_ENTRY = '[data-view-name="profile-component-entity"], [role="listitem"], li';

/**
 * The card around one of its parts (its anchor, heading or "show all" link): the `section` where
 * the layout has one, else the nearest ancestor holding entries (2026 Ember cards are `div`s).
 */
function cardOf(part: Element, main: Element): Element | null {
  const section = part.closest('section');
  if (section && main.contains(section)) return section;
  for (let node = part.parentElement; node && node !== main; node = node.parentElement) {
    if (node.querySelector(CARD_ENTRY)) return node;
  }
  return null;
}

/** The card whose own heading (not one of its entries') says "Experience" in a UI language. */
function experienceCardByHeading(main: Element): Element | null {
  for (const heading of Array.from(main.querySelectorAll('h2, h3, [role="heading"]'))) {
    if (heading.closest(NOT_THE_OWNER_CARD) || !isExperienceHeading(cleanText(visibleText(heading)))) continue;
    const card = cardOf(heading, main);
    if (card) return card;
  }
  return null;
}

/** "Show all experiences" links to `/in/<slug>/details/experience/` in every UI language. */
function experienceCardByDetailsLink(main: Element): Element | null {
  const link = main.querySelector('a[href*="/details/experience"]');
  return link ? cardOf(link, main) : null;
}

/**
 * For a UI language whose heading is not listed: the first section shaped like Experience, looked
 * for only above Education (LinkedIn lists Experience before Education, and Volunteering after it).
 */
function experienceSectionByShape(main: Element, topCard: Element | null): Element | null {
  for (const section of Array.from(main.querySelectorAll('section'))) {
    if (section.closest(NOT_THE_OWNER_CARD) || (topCard && (section.contains(topCard) || topCard.contains(section)))) {
      continue;
    }
    if (section.querySelector('a[href*="/school/"]')) return null;
    if (looksLikeExperience(section)) return section;
  }
  return null;
}

/**
 * The Experience card of the main profile page, most reliable evidence first: the `#experience`
 * anchor (2024-2025), a card heading that says "Experience" in a UI language, the section
 * linking to the full experience list, a section shaped like it. Null when the page has not
 * rendered it (2026 renders it only once scrolled to).
 */
export function findExperienceCard(document: Document): Element | null {
  const main = findMain(document);
  if (!main) return null;
  const anchor = main.querySelector('#experience');
  return (
    (anchor && cardOf(anchor, main)) ??
    experienceCardByHeading(main) ??
    experienceCardByDetailsLink(main) ??
    experienceSectionByShape(main, findTopCard(document)) ??
    null
  );
}

/**
 * The list on `/in/<slug>/details/experience/`: the section headed "Experience", else the
 * page's first card (the page has no `#experience` anchor).
 */
export function findExperienceDetailsList(document: Document): Element | null {
  const main = findMain(document);
  if (!main) return null;
  return experienceCardByHeading(main) ?? main.querySelector('section');
}

/** The card's heading as displayed ("Experience", "Berufserfahrung", "Expérience"). */
export function cardHeading(card: Element | null): Element | null {
  return card?.querySelector('h2') ?? null;
}
