/**
 * Which profile a page is about, or a sentence telling the user why it is not a profile.
 */
import type { NotAProfile } from './types';
import { canonicalProfileUrl, classifyLinkedinUrl, profileSlug, profileSubpage } from './profile-url';
import { showsUnavailableProfile } from './unavailable-profile';

/**
 * - `main`: `/in/<slug>/` (with or without an overlay open);
 * - `experience-details`: `/in/<slug>/details/experience/`;
 * - `other-subpage`: other `/details/...` lists and `/recent-activity/...`.
 */
type ProfileView = 'main' | 'experience-details' | 'other-subpage';

export interface ProfilePage {
  kind: 'profile-page';
  slug: string;
  canonicalUrl: string;
  view: ProfileView;
}

/**
 * A Sales Navigator lead or Recruiter candidate page: its URL holds an opaque id, not a slug, so
 * which public profile it shows is known only when the page offers a link to it (sales-navigator.ts).
 */
export interface LeadPage {
  kind: 'lead-page';
  product: 'sales-navigator' | 'recruiter';
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

function profileOfUrl(url: string): ProfilePage | NotAProfile {
  const slug = profileSlug(url);
  const canonicalUrl = canonicalProfileUrl(url);
  if (!slug || !canonicalUrl) return notAProfile('This LinkedIn page is not a person’s profile.');
  const subpage = profileSubpage(url);
  const view: ProfileView =
    subpage === null ? 'main' : subpage.startsWith('details/experience') ? 'experience-details' : 'other-subpage';
  return { kind: 'profile-page', slug, canonicalUrl, view };
}

export function resolveProfilePage(document: Document, url: string): ProfilePage | LeadPage | NotAProfile {
  const kind = classifyLinkedinUrl(url);
  if (kind === 'authwall' || isSignInWall(document)) return SIGN_IN_WALL;
  switch (kind) {
    case 'profile':
      return showsUnavailableProfile(document) ? PROFILE_UNAVAILABLE : profileOfUrl(url);
    case 'profile-subpage':
      return profileOfUrl(url);
    case 'sales-navigator-lead':
      return { kind: 'lead-page', product: 'sales-navigator' };
    case 'recruiter-profile':
      return { kind: 'lead-page', product: 'recruiter' };
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
