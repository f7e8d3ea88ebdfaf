/**
 * The owner's Profile entity from the API responses LinkedIn embeds in `<code>` elements on a
 * full page load. Only the one block answering `vanityName:<slug>` is parsed: the page holds
 * about twenty blocks, several describing the signed-in viewer, and parsing them all is the
 * slow part of extraction.
 */

export interface EmbeddedProfile {
  firstName: string | null;
  lastName: string | null;
  headline: string | null;
  location: string | null;
  /** The number in `urn:li:member:<n>`, equal to the top card's `data-member-id`. */
  memberId: string | null;
}

interface IncludedEntity {
  $type?: string;
  entityUrn?: string;
  publicIdentifier?: string;
  firstName?: string;
  lastName?: string;
  headline?: string;
  objectUrn?: string;
  geoLocation?: { '*geo'?: string };
  defaultLocalizedName?: string;
}

interface ApiResponse {
  included?: IncludedEntity[];
}

function parseJson<T>(text: string | null): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null; // Not every <code> holds JSON (client page instance, HTML comments).
  }
}

/** `variables=(vanityName:<slug>)`: the request names the slug as typed, sometimes percent-encoded. */
function requestNamesSlug(requestText: string, slug: string): boolean {
  const lower = requestText.toLowerCase();
  return lower.includes(`vanityname:${slug}`) || lower.includes(`vanityname:${encodeURIComponent(slug).toLowerCase()}`);
}

/** The response block whose sibling request (`datalet-bpr-guid-N`) asked for the slug's profile. */
function findOwnerResponseByRequest(document: Document, slug: string): ApiResponse | null {
  for (const request of Array.from(document.querySelectorAll('code[id^="datalet-"]'))) {
    const text = request.textContent ?? '';
    if (!requestNamesSlug(text, slug)) continue;
    const bodyId = parseJson<{ body?: string }>(text)?.body;
    const response = bodyId ? document.getElementById(bodyId) : null;
    const parsed = parseJson<ApiResponse>(response?.textContent ?? null);
    if (parsed && findProfileEntity(parsed, slug)) return parsed;
  }
  return null;
}

/** Fallback when the request blocks are missing or renamed: blocks that mention the slug as a publicIdentifier. */
function findOwnerResponseByContent(document: Document, slug: string): ApiResponse | null {
  for (const block of Array.from(document.querySelectorAll('code'))) {
    if (block.id.startsWith('datalet-')) continue;
    const text = block.textContent ?? '';
    if (!text.includes('"publicIdentifier"') || !text.toLowerCase().includes(`"publicidentifier":"${slug}"`)) continue;
    const parsed = parseJson<ApiResponse>(text);
    if (parsed && findProfileEntity(parsed, slug)) return parsed;
  }
  return null;
}

const PROFILE_TYPE_SUFFIX = '.identity.profile.Profile';

/** Selected by slug, never by position: the viewer's own Profile is listed before the owner's. */
function findProfileEntity(response: ApiResponse, slug: string): IncludedEntity | null {
  return (
    response.included?.find(
      (entity) => entity.$type?.endsWith(PROFILE_TYPE_SUFFIX) && entity.publicIdentifier?.toLowerCase() === slug,
    ) ?? null
  );
}

function geoName(response: ApiResponse, profile: IncludedEntity): string | null {
  const geoUrn = profile.geoLocation?.['*geo'];
  if (!geoUrn) return null;
  return response.included?.find((entity) => entity.entityUrn === geoUrn)?.defaultLocalizedName ?? null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The profile named by `slug` (lower case), or null when the page embeds no data about it. */
export function findEmbeddedProfile(document: Document, slug: string): EmbeddedProfile | null {
  const response = findOwnerResponseByRequest(document, slug) ?? findOwnerResponseByContent(document, slug);
  const profile = response && findProfileEntity(response, slug);
  if (!response || !profile) return null;
  return {
    firstName: stringOrNull(profile.firstName),
    lastName: stringOrNull(profile.lastName),
    headline: stringOrNull(profile.headline),
    location: geoName(response, profile),
    memberId: profile.objectUrn?.match(/^urn:li:member:(\d+)$/)?.[1] ?? null,
  };
}
