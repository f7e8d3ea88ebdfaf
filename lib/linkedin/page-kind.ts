/**
 * Which profile a page is about, or a sentence telling the user why it is not a profile.
 */
import type { NotAProfile } from './types';
import { canonicalProfileUrl, classifyLinkedinUrl, profileSlug, profileSubpage } from './profile-url';
import { findPublicProfileUrl } from './sales-navigator';
import { showsUnavailableProfile } from './unavailable-profile';

/**
 * - `main`: `/in/<slug>/` (with or without an overlay open);
 * - `experience-details`: `/in/<slug>/details/experience/`;
 * - `other-subpage`: other `/details/...` lists and `/recent-activity/...`;
 * - `sales-navigator` / `recruiter`: the slug comes from the page's link to the public profile.
 */
type ProfileView = 'main' | 'experience-details' | 'other-subpage' | 'sales-navigator' | 'recruiter';

export interface ProfilePage {
  kind: 'profile-page';
  slug: string;
  canonicalUrl: string;
  view: ProfileView;
}

const notAProfile = (reason: string): NotAProfile => ({ kind: 'not-a-profile', reason });

const SIGN_IN_WALL = notAProfile(
  'This is the LinkedIn sign-in page, not a profile. Sign in to LinkedIn, then open the profile again.',
);

const PROFILE_UNAVAILABLE = notAProfile(
  'LinkedIn shows “this profile is not available” here: the profile was removed, hidden from you, or the link is wrong. There is nothing to read.',
);

/** LinkedIn serves the sign-in wall at the profile URL itself when the session has expired. */
function isSignInWall(document: Document): boolean {
  return Boolean(
    document.querySelector(
      'meta[name="pageKey"][content^="auth_wall"], link[rel="canonical"][href$="/authwall"], .authwall-join-form, .authwall-sign-in-form',
    ),
  );
}

function fromPublicLink(document: Document, view: ProfileView, product: string): ProfilePage | NotAProfile {
  const canonicalUrl = findPublicProfileUrl(document);
  const slug = canonicalUrl && profileSlug(canonicalUrl);
  if (!canonicalUrl || !slug) {
    return notAProfile(
      `This ${product} page has no link to the person's public LinkedIn profile, so the profile URL is unknown. Open their LinkedIn profile instead.`,
    );
  }
  return { kind: 'profile-page', slug, canonicalUrl, view };
}

/** On lead pages the slug comes from the displayed page itself, so page and slug agree by construction. */
export function isLeadPage(page: ProfilePage): boolean {
  return page.view === 'sales-navigator' || page.view === 'recruiter';
}

function profileOfUrl(url: string): ProfilePage | NotAProfile {
  const slug = profileSlug(url);
  const canonicalUrl = canonicalProfileUrl(url);
  if (!slug || !canonicalUrl) return notAProfile('This LinkedIn page is not a person’s profile.');
  const subpage = profileSubpage(url);
  const view: ProfileView =
    subpage === null ? 'main' : subpage.startsWith('details/experience') ? 'experience-details' : 'other-subpage';
  return { kind: 'profile-page', slug, canonicalUrl, view };
}

export function resolveProfilePage(document: Document, url: string): ProfilePage | NotAProfile {
  const kind = classifyLinkedinUrl(url);
  if (kind === 'authwall' || isSignInWall(document)) return SIGN_IN_WALL;
  switch (kind) {
    case 'profile':
      return showsUnavailableProfile(document) ? PROFILE_UNAVAILABLE : profileOfUrl(url);
    case 'profile-subpage':
      return profileOfUrl(url);
    case 'sales-navigator-lead':
      return fromPublicLink(document, 'sales-navigator', 'Sales Navigator');
    case 'recruiter-profile':
      return fromPublicLink(document, 'recruiter', 'Recruiter');
    case 'own-profile-alias':
      return notAProfile(
        'This is the /in/me/ shortcut to your own profile, not a particular person. Open the person’s profile.',
      );
    case 'feed':
      return notAProfile('This is the LinkedIn feed, not a profile. Open a person’s profile first.');
    case 'search':
      return notAProfile('This is a LinkedIn search results page, not a profile. Open one of the people first.');
    case 'company':
      return notAProfile('This is a company page, not a person’s profile.');
    case 'not-linkedin':
      return notAProfile('This page is not on LinkedIn.');
    default:
      return notAProfile('This LinkedIn page is not a person’s profile.');
  }
}
