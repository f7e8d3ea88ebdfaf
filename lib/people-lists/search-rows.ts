/**
 * LinkedIn people search results, in both layouts:
 * - 2025 Ember: each result is an `li` holding `data-view-name="search-entity-result-universal-template"`;
 *   rows not yet scrolled into view are empty `li` placeholders in the same list;
 * - 2026 server-driven: a `data-sdui-screen` whose name ends in `SearchResultsPeople`, each result
 *   a `div[role="listitem"]`, classes hashed.
 * A row is read by structure (lib/people-lists/row-lines.ts): its own link, the name in it, the
 * headline line, the location line.
 */
import { nameFromHeading } from '../linkedin/top-card-lines';
import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { ListPerson } from './people-list-types';
import { readRowLines, titleLink } from './row-lines';

const EMBER_RESULT = '[data-view-name="search-entity-result-universal-template"]';
const SERVER_DRIVEN_SCREEN = '[data-sdui-screen$="SearchResultsPeople"]';
const LIST_ITEM = '[role="listitem"]';
/** LinkedIn's link for an out-of-network member: the row names nobody. */
const ANONYMISED_LINK = '/search/results/people/headless';

function absolute(href: string | null): URL | null {
  try {
    return href ? new URL(href, 'https://www.linkedin.com/') : null;
  } catch {
    return null;
  }
}

/** Every `li` of the lists holding Ember results, placeholders included. */
function emberRows(document: Document): Element[] {
  const lists = new Set<Element>();
  for (const result of Array.from(document.querySelectorAll(EMBER_RESULT))) {
    const item = result.closest('li');
    if (item?.parentElement) lists.add(item.parentElement);
  }
  return [...lists].flatMap((list) => Array.from(list.children).filter((child) => child.tagName === 'LI'));
}

/** The screen's result entries; list items nested in an entry (a face pile) are part of it. */
function serverDrivenRows(document: Document): Element[] {
  const screen = document.querySelector(SERVER_DRIVEN_SCREEN);
  if (!screen) return [];
  return Array.from(screen.querySelectorAll(LIST_ITEM)).filter(
    (item) => !item.parentElement?.closest(LIST_ITEM) && !item.closest('nav, header, aside'),
  );
}

export function searchResultRows(document: Document): Element[] {
  const ember = emberRows(document);
  return ember.length > 0 ? ember : serverDrivenRows(document);
}

const NO_ROLE = { title: null, company: null, leadId: null } as const;

/**
 * One result row: a person, or null for a row that is no person (an ad, a prompt). A row linking
 * to LinkedIn's anonymised search target is an out-of-network member: its name ("LinkedIn
 * Member" in the UI language) is not a name and it has no URL, but its lines are still shown.
 */
export function readSearchRow(row: Element): ListPerson | null {
  const link = titleLink(row);
  const target = absolute(link?.getAttribute('href') ?? null);
  if (!link || !target) return null;
  const url = canonicalProfileUrl(target);
  const anonymised = url === null && target.pathname.startsWith(ANONYMISED_LINK);
  if (url === null && !anonymised) return null;
  const lines = readRowLines(row, link);
  return {
    url,
    name: anonymised ? null : nameFromHeading(lines.nameLine, null),
    headline: lines.firstLine,
    location: lines.secondLine,
    ...NO_ROLE,
  };
}
