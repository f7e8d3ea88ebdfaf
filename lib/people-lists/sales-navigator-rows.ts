/**
 * Sales Navigator lead search (`/sales/search/people`) and saved lead lists (`/sales/lists/people/…`).
 * Rows carry `data-anonymize` marks as lead pages do (lib/linkedin/sales-navigator.ts): `person-name`,
 * `job-title` (or `title`), `company-name`. The line under a lead's name is the current role, not a
 * headline, and rows link to `/sales/lead/<id>,…`, never to the public `/in/` profile.
 */
import { cleanText, visibleText } from '../linkedin/clean-text';
import { isBadge } from '../linkedin/name-badges';
import { textLines } from '../linkedin/text-lines';
import type { ListPerson } from './people-list-types';

const NAME_MARK = '[data-anonymize="person-name"]';
const TITLE_MARK = '[data-anonymize="job-title"], [data-anonymize="title"]';
const COMPANY_MARK = '[data-anonymize="company-name"]';
const LOCATION_MARK = '[data-anonymize="location"]';
const LEAD_LINK = 'a[href*="/sales/lead/"]';
/** A search result, a list's table row, or a server-driven entry. */
const ROW = 'li, tr, [role="listitem"], article';

/** The rows of marked leads, with the empty placeholders LinkedIn keeps beside them until they scroll into view. */
export function salesNavigatorRows(document: Document): Element[] {
  const scope = document.querySelector('main') ?? document.body;
  const rows = new Set<Element>();
  for (const name of Array.from(scope?.querySelectorAll(NAME_MARK) ?? [])) {
    const row = name.closest(ROW);
    if (row && !row.closest('header, nav, aside')) rows.add(row);
  }
  const containers = new Set([...rows].flatMap((row) => (row.parentElement ? [row.parentElement] : [])));
  return [...containers].flatMap((container) => Array.from(container.children).filter((child) => child.matches(ROW)));
}

/** `/sales/lead/ACwAAA…,NAME_SEARCH,x1y2` -> `ACwAAA…`. */
function leadId(row: Element): string | null {
  const href = row.querySelector(LEAD_LINK)?.getAttribute('href');
  if (!href) return null;
  try {
    const path = new URL(href, 'https://www.linkedin.com/').pathname;
    return cleanText(decodeURIComponent(path.split('/sales/lead/')[1]?.split(',')[0] ?? ''));
  } catch {
    return null;
  }
}

/** Durations and dates ("3 years 2 months in role", "Added 12/03/2026") hold digits; a place name does not. */
const HAS_DIGIT = /\p{Nd}/u;

/**
 * The location has no mark on lead pages: it is the plain line after the role, when that line is
 * neither marked, a link, a badge nor a duration.
 */
function unmarkedLocation(row: Element, roleElements: Element[]): string | null {
  const lines = textLines(row);
  const lastRoleAt = lines.reduce(
    (last, line, index) =>
      roleElements.some((role) => line.element === role || line.element.contains(role) || role.contains(line.element))
        ? index
        : last,
    -1,
  );
  const next = lastRoleAt < 0 ? undefined : lines[lastRoleAt + 1];
  if (!next) return null;
  const element = next.element;
  const marked = element.closest('[data-anonymize]') ?? element.querySelector('[data-anonymize]');
  const linked = element.closest('a[href]') ?? element.querySelector('a[href]');
  return marked || linked || isBadge(next.text) || HAS_DIGIT.test(next.text) ? null : next.text;
}

/** In a saved list's table the location is its own column, the one after the company's. */
function locationCell(companyElement: Element | null): string | null {
  const cell = companyElement?.closest('td')?.nextElementSibling;
  const text = cell ? visibleText(cell) : null;
  return text && !HAS_DIGIT.test(text) && cell?.querySelector('[data-anonymize], a[href]') === null ? text : null;
}

function unmarkedLocationOf(row: Element, titleElement: Element | null, companyElement: Element | null): string | null {
  if (row.tagName === 'TR') return locationCell(companyElement);
  return unmarkedLocation(
    row,
    [titleElement, companyElement].filter((element) => element !== null),
  );
}

/** One marked row; null for a row without a lead's name (a placeholder, an ad). */
export function readSalesNavigatorRow(row: Element): ListPerson | null {
  const nameElement = row.querySelector(NAME_MARK);
  const name = visibleText(nameElement);
  if (!nameElement || !name) return null;
  const titleElement = row.querySelector(TITLE_MARK);
  const companyElement = row.querySelector(COMPANY_MARK);
  return {
    url: null,
    name,
    headline: null,
    location: visibleText(row.querySelector(LOCATION_MARK)) ?? unmarkedLocationOf(row, titleElement, companyElement),
    title: visibleText(titleElement),
    company: visibleText(companyElement),
    leadId: leadId(row),
  };
}
