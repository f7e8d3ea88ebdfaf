import { profileSlug, publicIdSlug, storedUrlSlug } from '../linkedin/profile-url';
import type { StardexPerson } from './schemas';

/**
 * How a Stardex person relates to a LinkedIn profile: `same`, `other` (the record names another
 * profile) or `none` (the record names no LinkedIn profile).
 *
 * Decision: `linkedin_public_id` is authoritative when present, since it is what Stardex itself
 * derived from the URL. Only a person *without* a public id falls back to the `/in/<slug>/` segment
 * of its `linkedin_url`. Matching, the guard before every save and the change set all ask this one
 * question, so a person matched is never a person the guard then refuses, and vice versa.
 */
export type ProfileRelation = 'same' | 'other' | 'none';

/** The profile a Stardex person points at, in comparable form, or null when the record has no LinkedIn. */
function personSlug(person: StardexPerson): string | null {
  if (person.linkedin_public_id?.trim()) return publicIdSlug(person.linkedin_public_id);
  return person.linkedin_url ? storedUrlSlug(person.linkedin_url) : null;
}

/** A `profileUrl` that names no person is `other` for everyone: nothing can be the same as it. */
export function relationToProfile(person: StardexPerson, profileUrl: string): ProfileRelation {
  const linked = personSlug(person);
  if (linked === null) return 'none';
  return linked === profileSlug(profileUrl) ? 'same' : 'other';
}

/**
 * Keeps the search hits that really are the profile, because how Stardex normalises the
 * `linkedin_url` it searches by is undocumented.
 */
export function selectMatches(persons: StardexPerson[], profileUrl: string): StardexPerson[] {
  return persons.filter((person) => relationToProfile(person, profileUrl) === 'same');
}
