/**
 * What kind of LinkedIn page a URL points at, and which profile it names. Rules:
 * docs/reference/linkedin-pages.md, "Profile URL canonicalisation". Each predicate is checked against
 * a table of URLs in tests/unit/linkedin/profile-url.test.ts.
 *
 * This is the one definition of "the same profile" (matching, the guards, the change set, links,
 * the sandbox): slugs are compared percent-decoded once, in Unicode NFC and lower case.
 */

export type LinkedinPageKind =
  | 'profile'
  | 'profile-subpage'
  | 'own-profile-alias'
  | 'feed'
  | 'search'
  | 'company'
  | 'authwall'
  | 'sales-navigator-lead'
  | 'recruiter-profile'
  | 'messaging'
  | 'other-linkedin'
  | 'not-linkedin';

/** `/in/me/` redirects to whoever is signed in: it never names a specific person. */
const OWN_PROFILE_ALIAS = 'me';

/**
 * Pages of their own under a profile. Everything after the slug is dropped from the canonical
 * URL; `/overlay/...` (contact info, about this profile) is a dialog over the main profile page.
 */
const PROFILE_SUBPAGES = ['details', 'recent-activity'];

/** An http(s) URL on linkedin.com or any of its subdomains; null for anything else. */
export function parseLinkedinUrl(url: string | URL): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  return parsed;
}

/** Path segments, with the mobile-lite prefix (`/mwlite/in/...`) unwrapped. */
export function pathSegments(url: URL): string[] {
  const segments = url.pathname.split('/').filter(Boolean);
  return segments[0] === 'mwlite' ? segments.slice(1) : segments;
}

interface ProfilePath {
  /** Percent-decoded once and NFC; case kept as in the URL. */
  slug: string;
  /** Segments after the slug, e.g. `['details', 'experience']`. */
  rest: string[];
}

function readProfilePath(url: URL): ProfilePath | null {
  const [first, rawSlug, ...rest] = pathSegments(url);
  if (first !== 'in' || !rawSlug) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug).normalize('NFC');
  } catch {
    return null; // Malformed percent-encoding: not a URL LinkedIn would produce.
  }
  if (!slug || /[\s/?#]/.test(slug)) return null;
  return { slug, rest };
}

/**
 * The comparable form of an already decoded slug. Lower-casing can decompose (`İ` becomes `i` plus a
 * combining dot), so NFC is applied after it: `Maël`, `MAËL` and `mae\u0308l` all compare equal.
 */
function comparableSlug(decoded: string): string {
  return decoded.toLowerCase().normalize('NFC');
}

function isPersonPath(path: ProfilePath | null): path is ProfilePath {
  return path !== null && path.slug.toLowerCase() !== OWN_PROFILE_ALIAS;
}

/** A person's profile: `/in/<slug>/` and its sub-pages (details, overlays, activity). */
export function isProfileUrl(url: string | URL): boolean {
  return profileSlug(url) !== null;
}

function readPersonPath(url: string | URL): ProfilePath | null {
  const parsed = parseLinkedinUrl(url);
  const path = parsed && readProfilePath(parsed);
  return isPersonPath(path) ? path : null;
}

/** The sub-page section in lower case, e.g. `details/experience`; null on the main profile page. */
export function profileSubpage(url: string | URL): string | null {
  const path = readPersonPath(url);
  return path && PROFILE_SUBPAGES.includes(path.rest[0] ?? '') ? path.rest.join('/').toLowerCase() : null;
}

/** A profile sub-page such as `/in/<slug>/details/experience/` or `/in/<slug>/recent-activity/all/`. */
export function isProfileSubpageUrl(url: string | URL): boolean {
  return profileSubpage(url) !== null;
}

export function isOwnProfileAliasUrl(url: string | URL): boolean {
  const parsed = parseLinkedinUrl(url);
  return parsed ? readProfilePath(parsed)?.slug.toLowerCase() === OWN_PROFILE_ALIAS : false;
}

/** The slug in comparable form (decoded, NFC, lower case); null when the URL names no person. */
export function profileSlug(url: string | URL): string | null {
  const path = readPersonPath(url);
  return path ? comparableSlug(path.slug) : null;
}

/** True when both URLs name a person, and the same one. */
export function sameProfile(a: string | URL, b: string | URL): boolean {
  const slug = profileSlug(a);
  return slug !== null && slug === profileSlug(b);
}

/**
 * `https://www.linkedin.com/in/<slug>/` (slug decoded, NFC, case kept), or null when the URL names no
 * person. A `%` left after decoding is escaped again, so the canonical URL names the same slug.
 */
export function canonicalProfileUrl(url: string | URL): string | null {
  const path = readPersonPath(url);
  return path ? `https://www.linkedin.com/in/${path.slug.replaceAll('%', '%25')}/` : null;
}

/**
 * The profile a LinkedIn URL *stored in Stardex* names, in comparable form. Legacy imports hold
 * all sorts of spellings, so a missing scheme is tolerated; otherwise the rules are those of
 * profileSlug.
 */
export function storedUrlSlug(stored: string): string | null {
  const text = stored.trim();
  return profileSlug(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`);
}

/**
 * A `linkedin_public_id` as Stardex stores it, in comparable form. Stardex derives it from the URL
 * without saying how, so it may still be percent-encoded: it is decoded once like a URL segment (a
 * lone `%` is then taken literally).
 */
export function publicIdSlug(publicId: string): string | null {
  const raw = publicId.trim();
  if (!raw) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  return comparableSlug(decoded);
}

function firstSegment(url: string | URL): string | null {
  const parsed = parseLinkedinUrl(url);
  return parsed ? (pathSegments(parsed)[0] ?? '') : null;
}

export function isFeedUrl(url: string | URL): boolean {
  const first = firstSegment(url);
  return first === 'feed' || first === '';
}

/** LinkedIn messaging: a conversation (`/messaging/thread/<id>/`) or the inbox around one. */
export function isMessagingUrl(url: string | URL): boolean {
  return firstSegment(url) === 'messaging';
}

export function isSearchUrl(url: string | URL): boolean {
  return firstSegment(url) === 'search';
}

/** Company, school and showcase pages: organisations, not people. */
export function isCompanyUrl(url: string | URL): boolean {
  const first = firstSegment(url);
  return first === 'company' || first === 'school' || first === 'showcase';
}

/** The sign-in wall and the login/sign-up pages it leads to. */
export function isAuthwallUrl(url: string | URL): boolean {
  const parsed = parseLinkedinUrl(url);
  if (!parsed) return false;
  const [first, second] = pathSegments(parsed);
  return (
    first === 'authwall' ||
    first === 'login' ||
    first === 'signup' ||
    first === 'checkpoint' ||
    (first === 'uas' && second === 'login')
  );
}

/** Sales Navigator lead pages (`/sales/lead/<opaque id>,...`, `/sales/people/...`). */
export function isSalesNavigatorLeadUrl(url: string | URL): boolean {
  const parsed = parseLinkedinUrl(url);
  if (!parsed) return false;
  const [first, second, third] = pathSegments(parsed);
  return first === 'sales' && (second === 'lead' || second === 'people') && Boolean(third);
}

/** Recruiter profile pages (`/talent/.../profile/<opaque id>`). */
export function isRecruiterProfileUrl(url: string | URL): boolean {
  const parsed = parseLinkedinUrl(url);
  if (!parsed) return false;
  const segments = pathSegments(parsed);
  const profileAt = segments.indexOf('profile');
  return segments[0] === 'talent' && profileAt > 0 && Boolean(segments[profileAt + 1]);
}

export function classifyLinkedinUrl(url: string | URL): LinkedinPageKind {
  if (!parseLinkedinUrl(url)) return 'not-linkedin';
  if (isOwnProfileAliasUrl(url)) return 'own-profile-alias';
  if (isProfileSubpageUrl(url)) return 'profile-subpage';
  if (isProfileUrl(url)) return 'profile';
  if (isFeedUrl(url)) return 'feed';
  if (isSearchUrl(url)) return 'search';
  if (isCompanyUrl(url)) return 'company';
  if (isAuthwallUrl(url)) return 'authwall';
  if (isSalesNavigatorLeadUrl(url)) return 'sales-navigator-lead';
  if (isRecruiterProfileUrl(url)) return 'recruiter-profile';
  if (isMessagingUrl(url)) return 'messaging';
  return 'other-linkedin';
}
