import { normalizeSlug } from '../../lib/stardex/linkedin-slug';

/**
 * Sandbox decision (Stardex's own normalisation is undocumented): a LinkedIn URL is any http(s) URL
 * on linkedin.com or a subdomain (www., de., ...) whose path starts with /in/<slug>. Two URLs name
 * the same person when their slugs match after percent-decoding and lower-casing; query, fragment
 * and trailing /details/... are ignored.
 */
export function publicIdFromLinkedinUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  const onLinkedin = url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com');
  const slug = /^\/in\/([^/]+)/.exec(url.pathname)?.[1];
  if (!['http:', 'https:'].includes(url.protocol) || !onLinkedin || !slug) return null;
  return normalizeSlug(slug);
}

export function canonicalLinkedinUrl(publicId: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(publicId)}/`;
}

/** Legacy records may store the slug in its original case: compare normalised. */
export function sameProfile(storedPublicId: string | null, publicId: string): boolean {
  return storedPublicId !== null && normalizeSlug(storedPublicId) === publicId;
}
