/**
 * Reads the `/in/<slug>` segment of LinkedIn URLs *stored in Stardex* so records can be compared by
 * slug. Deliberately lenient (any linkedin.com host, any case, optional scheme) because legacy
 * imports hold all sorts of spellings. Building the canonical URL for a page belongs to lib/linkedin.
 */
export function slugFromLinkedinUrl(url: string): string | null {
  const match = /^(?:https?:\/\/)?(?:[\w-]+\.)*linkedin\.com\/in\/([^/?#]+)/i.exec(url.trim());
  return match?.[1] ? normalizeSlug(match[1]) : null;
}

/** Lower-cased, percent-decoded, NFC: `Ma%C3%ABl-X` and `maël-x` are the same profile. */
export function normalizeSlug(slug: string): string {
  return safeDecode(slug.trim()).normalize('NFC').toLowerCase();
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A lone `%` is not an escape; the raw text is then the slug.
    return value;
  }
}
