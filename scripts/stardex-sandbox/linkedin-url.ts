import { profileSlug, publicIdSlug } from '../../lib/linkedin/profile-url';

/**
 * Sandbox decision (Stardex's own normalisation is undocumented): a LinkedIn URL names a person
 * when the extension's own rules say so (lib/linkedin/profile-url.ts: any http(s) linkedin.com
 * host, a path starting /in/<slug>, not /in/me/). Two URLs name the same person when their slugs
 * match after percent-decoding, NFC and lower-casing; query, fragment and trailing /details/...
 * are ignored. The sandbox compares exactly as the extension does, so a test cannot pass on a
 * difference between the two.
 */
export function publicIdFromLinkedinUrl(input: string): string | null {
  return profileSlug(input.trim());
}

export function canonicalLinkedinUrl(publicId: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(publicId)}/`;
}

/** Legacy records may store the slug in its original case or percent-encoded: compare normalised. */
export function sameProfile(storedPublicId: string | null, publicId: string): boolean {
  return storedPublicId !== null && publicIdSlug(storedPublicId) === publicId;
}
