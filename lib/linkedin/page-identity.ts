/**
 * Whether the DOM currently shows the person named by the URL.
 *
 * LinkedIn moves between profiles with history.pushState and replaces the DOM later, while the
 * embedded JSON keeps describing the page loaded first. Reading the DOM in between hands out the
 * previous person's data, so DOM values are only read once the page is shown to be the URL's.
 */
import { cleanText, visibleText } from './clean-text';
import { findEmbeddedProfile, type EmbeddedProfile } from './embedded-json';
import { findJsonLdPerson, type JsonLdPerson } from './json-ld';
import { findMain, findNameHeading, findTopCard } from './page-regions';
import { nameFromHeading } from './top-card-lines';
import { profileSlug } from './profile-url';

export type DisplayedProfile = 'matches-url' | 'other-profile' | 'unknown';

/** What is known about the slug's person from sources that do not depend on the DOM being current. */
export interface SlugData {
  embedded: EmbeddedProfile | null;
  jsonLd: JsonLdPerson | null;
}

export function readSlugData(document: Document, slug: string): SlugData {
  return { embedded: findEmbeddedProfile(document, slug), jsonLd: findJsonLdPerson(document, slug) };
}

function slugOfHref(href: string | null): string | null {
  if (!href) return null;
  try {
    return profileSlug(new URL(href, 'https://www.linkedin.com/'));
  } catch {
    return null;
  }
}

/**
 * `/in/<slug>/overlay/...` (contact info, about this profile), `/in/<slug>/details/...` and
 * `/in/<slug>/recent-activity/...` ("Show all posts") only open the owner's own data.
 */
const OWNER_ONLY_LINK = /\/in\/[^/]+\/(?:overlay|details|recent-activity)\//;

/** Entries of lists (other people, posts) and the aside: never the owner's own links. */
const OTHER_PEOPLES_PLACES = 'li, [role="listitem"], aside, [data-view-name="profile-component-entity"]';

function slugsOf(links: Element[]): string[] {
  return links.map((link) => slugOfHref(link.getAttribute('href'))).filter((slug): slug is string => slug !== null);
}

/**
 * Slugs of links that can only belong to the displayed person: in the top card, its owner-only
 * links and the link around the name (other links there can be mutual connections); when the card
 * has none (2026 pages whose contact-info link points to `#`), owner-only links elsewhere on the
 * page outside lists of other people; on pages without a top card (`/details/...`), the header's
 * link back to the profile.
 */
function ownerLinkSlugs(document: Document): string[] {
  const main = findMain(document);
  const topCard = findTopCard(document);
  if (topCard) {
    const inCard = slugsOf(
      Array.from(topCard.querySelectorAll('a[href*="/in/"]')).filter(
        (link) => OWNER_ONLY_LINK.test(link.getAttribute('href') ?? '') || link.querySelector('h1, h2'),
      ),
    );
    if (inCard.length > 0) return inCard;
    return slugsOf(
      Array.from(main?.querySelectorAll('a[href*="/in/"]') ?? []).filter(
        (link) => OWNER_ONLY_LINK.test(link.getAttribute('href') ?? '') && !link.closest(OTHER_PEOPLES_PLACES),
      ),
    );
  }
  return slugsOf(
    Array.from(main?.querySelectorAll('a[href*="/in/"]') ?? []).filter((link) => !link.closest(OTHER_PEOPLES_PLACES)),
  );
}

function displayedMemberId(document: Document): string | null {
  const memberId = findTopCard(document)?.getAttribute('data-member-id');
  return memberId && memberId !== '0' ? memberId : null;
}

function sameName(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * The evidence, strongest first: owner-only links naming a slug; the top card's member id against
 * the slug's embedded Profile; JSON-LD describing the slug (present only on full loads of logged-out
 * pages); the displayed name against the slug's embedded name.
 */
export function checkDisplayedProfile(
  document: Document,
  slug: string,
  slugData: SlugData = readSlugData(document, slug),
): DisplayedProfile {
  const linkSlugs = ownerLinkSlugs(document);
  if (linkSlugs.includes(slug)) return 'matches-url';
  if (linkSlugs.length > 0) return 'other-profile';

  const memberId = displayedMemberId(document);
  const embedded = slugData.embedded;
  if (memberId && embedded?.memberId) return memberId === embedded.memberId ? 'matches-url' : 'other-profile';

  if (slugData.jsonLd) return 'matches-url';

  const topCard = findTopCard(document);
  const displayedName = topCard ? nameFromHeading(visibleText(findNameHeading(topCard, null)), null) : null;
  const embeddedName = cleanText(`${embedded?.firstName ?? ''} ${embedded?.lastName ?? ''}`);
  return sameName(displayedName, embeddedName) ? 'matches-url' : 'unknown';
}
