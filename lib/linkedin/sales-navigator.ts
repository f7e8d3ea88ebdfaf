/**
 * Sales Navigator lead and Recruiter profile pages. Their URL ids are opaque, so the person's
 * public `/in/` URL has to be read from a link on the page ("View LinkedIn profile").
 */
import { visibleText } from './clean-text';
import { canonicalProfileUrl, profileSlug } from './profile-url';

function absolute(href: string): URL | null {
  try {
    return new URL(href, 'https://www.linkedin.com/');
  } catch {
    return null;
  }
}

/**
 * The public profile URL linked from the page's content (navigation bars excluded: they link to the
 * viewer). Null when there is none, or when links name several people and the page's own is unclear.
 */
export function findPublicProfileUrl(document: Document): string | null {
  const scope = document.querySelector('main') ?? document.body;
  const urls = new Map<string, string>();
  for (const link of Array.from(scope?.querySelectorAll('a[href*="/in/"]') ?? [])) {
    if (link.closest('header, nav')) continue;
    const url = absolute(link.getAttribute('href') ?? '');
    const slug = url && profileSlug(url);
    const canonical = url && canonicalProfileUrl(url);
    if (slug && canonical) urls.set(slug, canonical);
  }
  return urls.size === 1 ? ([...urls.values()][0] ?? null) : null;
}

export interface SalesNavigatorValues {
  name: string | null;
  headline: string | null;
  location: string | null;
  title: string | null;
  company: string | null;
}

/**
 * Sales Navigator marks personal data with `data-anonymize` (used for its screenshot blurring);
 * the first occurrence of each is the lead's header.
 */
export function readSalesNavigatorLead(document: Document): SalesNavigatorValues {
  const read = (kind: string) => visibleText(document.querySelector(`main [data-anonymize="${kind}"]`));
  return {
    name: read('person-name'),
    headline: read('headline'),
    location: read('location'),
    title: read('job-title'),
    company: read('company-name'),
  };
}
