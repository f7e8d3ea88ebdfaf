import { normalizeSlug, slugFromLinkedinUrl } from './linkedin-slug';
import type { StardexPerson } from './types';

/**
 * Keeps the search hits that really are the profile `slug`, because how Stardex normalises the
 * `linkedin_url` it searches by is undocumented.
 *
 * Decision: `linkedin_public_id` is authoritative when present (compared case-insensitively,
 * percent-decoded). Only a person *without* a public id falls back to the `/in/<slug>/` segment of
 * its `linkedin_url`; a person whose public id names another profile is dropped even if its URL
 * happens to match, since the id is what Stardex itself derived from the URL.
 */
export function selectMatches(persons: StardexPerson[], slug: string): StardexPerson[] {
  const wanted = normalizeSlug(slug);
  return persons.filter((person) => personSlug(person) === wanted);
}

/** The profile a Stardex person points at, normalised, or null when the record has no LinkedIn. */
export function personSlug(person: StardexPerson): string | null {
  if (person.linkedin_public_id?.trim()) return normalizeSlug(person.linkedin_public_id);
  return person.linkedin_url ? slugFromLinkedinUrl(person.linkedin_url) : null;
}
