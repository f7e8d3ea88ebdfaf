/**
 * A person a LinkedIn page names by the page's own id, not by a public `/in/<slug>/` URL: a Sales
 * Navigator lead (`/sales/lead/<id>,…`), a Recruiter candidate (`/talent/…/profile/<id>`), or a
 * member in LinkedIn's member-id form (`/in/ACoAA…`, as in messaging headers). Such an id is
 * opaque: it is only ever compared with itself, never turned into a URL. Stardex cannot be
 * searched by it, so the person is found by a link the user confirmed (per identity), else by
 * name narrowed by company, offered as candidates for the user to pick.
 *
 * The interface, shared by the review and the background:
 * - `pagePersonOf(url)`: the identity a page URL names, or null (public profiles, other pages);
 * - `identityKey(identity)`: the key links are remembered under;
 * - `pagePersonSchema`: the identity as messages carry it;
 * - lib/persons/page-person-match.background.ts: `matchPagePerson`, `confirmPagePerson`,
 *   `forgetPagePerson` (messages `page-person/*`, lib/persons/page-person-messages.ts).
 */
import { z } from 'zod';
import { classifyLinkedinUrl } from '../linkedin/profile-url';

const PAGE_PERSON_KINDS = ['sales-navigator-lead', 'recruiter-candidate', 'linkedin-member'] as const;

/** LinkedIn's opaque ids are URL-safe base64 and digits. */
const OPAQUE_ID = /^[A-Za-z0-9_-]{3,120}$/;

export const pagePersonSchema = z.strictObject({
  kind: z.enum(PAGE_PERSON_KINDS),
  id: z.string().regex(OPAQUE_ID, 'Not a LinkedIn page id'),
});
export type PagePerson = z.infer<typeof pagePersonSchema>;

/** LinkedIn's member-id form of `/in/` URLs: an encoded member URN, not a chosen public name. */
const MEMBER_ID = /^ACoAA[A-Za-z0-9_-]+$/;

function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return [];
  }
}

function identity(kind: PagePerson['kind'], id: string | undefined): PagePerson | null {
  return id && OPAQUE_ID.test(id) ? { kind, id } : null;
}

/** The person a page URL names by the page's own id; null for public profiles and other pages. */
export function pagePersonOf(url: string): PagePerson | null {
  const segments = pathSegments(url);
  switch (classifyLinkedinUrl(url)) {
    case 'sales-navigator-lead':
      // `/sales/lead/<id>,<search type>,<token>`: the id is what comes before the first comma.
      return identity('sales-navigator-lead', segments[2]?.split(',')[0]);
    case 'recruiter-profile':
      return identity('recruiter-candidate', segments[segments.indexOf('profile') + 1]);
    case 'profile':
    case 'profile-subpage': {
      const slug = segments[segments.indexOf('in') + 1] ?? '';
      return MEMBER_ID.test(slug) ? identity('linkedin-member', slug) : null;
    }
    default:
      return null;
  }
}

/** A Sales Navigator lead by the id its rows link to (`/sales/lead/<id>,…`); null for anything not such an id. */
export function salesNavigatorLead(leadId: string): PagePerson | null {
  return identity('sales-navigator-lead', leadId);
}

/** Ids are case-sensitive: the key keeps the id as the page spells it. */
export function identityKey(person: PagePerson): string {
  return `${person.kind}:${person.id}`;
}
