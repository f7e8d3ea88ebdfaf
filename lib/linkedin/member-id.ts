import { canonicalProfileUrl } from './profile-url';

/**
 * LinkedIn's member-id form of a profile link, `/in/ACoAA…` (messaging headers, message senders):
 * it opens the profile, but it is not the person's public URL, so it is never saved to Stardex or
 * searched as one. The id is case-sensitive and starts with "AC", a letter and "AA".
 */
const MEMBER_ID = /^AC[A-Za-z]AA[\w-]{10,}$/;

/** The canonical `/in/<slug>/` form's slug as written (case kept), or null. */
function slugAsWritten(url: string): string | null {
  const canonical = canonicalProfileUrl(url);
  return canonical ? decodeURIComponent(canonical.split('/')[4] ?? '') : null;
}

export function isMemberIdProfileUrl(url: string): boolean {
  const slug = slugAsWritten(url);
  return slug !== null && MEMBER_ID.test(slug);
}
