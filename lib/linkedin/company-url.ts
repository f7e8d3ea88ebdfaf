/**
 * Which company a LinkedIn company-page URL names, canonicalised like a profile URL (./profile-url.ts):
 * any linkedin.com host, the segment after `/company/` (a slug or a numeric id, percent-decoded once),
 * sub-pages (`/about/`, `/people/`, `/jobs/`), the query and the hash dropped. Schools (`/school/`)
 * and showcase pages (`/showcase/`) are organisations but not employers Stardex keeps as companies.
 * Checked against a table of URLs in tests/unit/linkedin/company-url.test.ts.
 */
import { visibleText } from './clean-text';
import { parseLinkedinUrl, pathSegments } from './profile-url';

function companySegment(url: string | URL): string | null {
  const parsed = parseLinkedinUrl(url);
  if (!parsed) return null;
  const [first, raw] = pathSegments(parsed);
  if (first !== 'company' || !raw) return null;
  let segment: string;
  try {
    segment = decodeURIComponent(raw).normalize('NFC');
  } catch {
    return null; // Malformed percent-encoding: not a URL LinkedIn would produce.
  }
  return segment && !/[\s/?#]/.test(segment) ? segment : null;
}

/** The company's slug or id in comparable form (lower case); null when the URL names no company. */
export function companySlug(url: string | URL): string | null {
  return companySegment(url)?.toLowerCase() ?? null;
}

/** `https://www.linkedin.com/company/<slug or id>/`, or null when the URL names no company. */
export function canonicalCompanyUrl(url: string | URL): string | null {
  const segment = companySegment(url);
  return segment === null ? null : `https://www.linkedin.com/company/${encodeURIComponent(segment.toLowerCase())}/`;
}

/** True when both URLs name a company, and the same one. */
export function sameCompany(a: string | URL, b: string | URL): boolean {
  const slug = companySlug(a);
  return slug !== null && slug === companySlug(b);
}

/** Links to LinkedIn company pages inside `scope`, with their absolute address and visible text. */
export function companyLinks(scope: Element): { href: string; text: string | null }[] {
  return Array.from(scope.querySelectorAll('a[href*="/company/"]')).flatMap((link) => {
    try {
      const href = new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com/').href;
      return [{ href, text: visibleText(link) }];
    } catch {
      return []; // An address no browser could follow names no company.
    }
  });
}

/** The company page a link named `name` points to (case-insensitive), e.g. the 2026 top card's company line. */
export function companyUrlNamed(scope: Element, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const link of companyLinks(scope)) {
    const url = link.text?.toLowerCase() === wanted ? canonicalCompanyUrl(link.href) : null;
    if (url) return url;
  }
  return null;
}
