/**
 * The parts of a profile page every reader scopes its queries to. Everything is looked up inside
 * `main` (or the 2026 `data-sdui-screen` root): the sticky header above it repeats the name and
 * headline, and the aside ("More profiles for you") uses the same entry markup as Experience.
 */
import { cleanText, visibleText } from './clean-text';
import { nameFromDocumentTitle } from './document-title';
import { looksLikeExperience } from './experience';
import { isExperienceHeading } from './section-headings';

export function findMain(document: Document): Element | null {
  return document.querySelector('main') ?? document.querySelector('[data-sdui-screen]');
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
 * The smallest ancestor of `element` (below `scope`) that holds a name heading: the card's text
 * column, never a wrapper around the whole profile whose first heading could be the sticky header.
 */
function cardAround(element: Element, scope: Element): Element | null {
  for (let node = element.parentElement; node && node !== scope; node = node.parentElement) {
    if (headingsIn(node).length > 0) return node;
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

/** The heading of a section, ignoring headings of its entries. */
function sectionHeading(section: Element): string | null {
  for (const heading of Array.from(section.querySelectorAll('h2, h3, [role="heading"]'))) {
    const entry = heading.closest('[role="listitem"], li');
    if (entry && section.contains(entry)) continue;
    return cleanText(visibleText(heading));
  }
  return null;
}

function experienceSectionByHeading(main: Element): Element | null {
  return (
    Array.from(main.querySelectorAll('section')).find((section) => isExperienceHeading(sectionHeading(section))) ?? null
  );
}

/** "Show all experiences" links to `/in/<slug>/details/experience/` in every UI language. */
function experienceSectionByDetailsLink(main: Element): Element | null {
  return main.querySelector('a[href*="/details/experience"]')?.closest('section') ?? null;
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
 * anchor (2024-2025), a section heading that says "Experience" in a UI language, the section
 * linking to the full experience list, a section shaped like it. Null when the page has not
 * rendered it (2026 renders it only once scrolled to).
 */
export function findExperienceCard(document: Document): Element | null {
  const main = findMain(document);
  if (!main) return null;
  return (
    main.querySelector('#experience')?.closest('section') ??
    experienceSectionByHeading(main) ??
    experienceSectionByDetailsLink(main) ??
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
  return experienceSectionByHeading(main) ?? main.querySelector('section');
}

/** The card's heading as displayed ("Experience", "Berufserfahrung", "Expérience"). */
export function cardHeading(card: Element | null): Element | null {
  return card?.querySelector('h2') ?? null;
}
