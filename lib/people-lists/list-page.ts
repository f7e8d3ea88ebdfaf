/**
 * Which list of people a LinkedIn URL shows, if any. Only the path decides: the same page answers
 * at any country subdomain and with any query (keywords, filters, page number).
 */
import type { PeopleListLayout } from './people-list-types';

function linkedinPath(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /(^|\.)linkedin\.com$/i.test(parsed.hostname) ? parsed.pathname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * - `/search/results/people/` (not `/search/results/people/headless`, the anonymised row's link);
 * - `/sales/search/people` (Sales Navigator lead search);
 * - `/sales/lists/people/<id>` (a saved lead list).
 */
export function peopleListLayout(url: string): PeopleListLayout | null {
  const path = linkedinPath(url);
  if (path === null) return null;
  if (/^\/search\/results\/people\/?$/.test(path)) return 'people-search';
  if (/^\/sales\/search\/people\/?$/.test(path)) return 'sales-navigator-search';
  if (/^\/sales\/lists\/people\/[^/]+\/?$/.test(path)) return 'sales-navigator-list';
  return null;
}

/** The same pages as match patterns, for the menus that open the review there. */
export const LIST_PAGE_PATTERNS = [
  'https://*.linkedin.com/search/results/people/*',
  'https://*.linkedin.com/sales/search/people*',
  'https://*.linkedin.com/sales/lists/people/*',
];
