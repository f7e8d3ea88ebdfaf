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

/**
 * The profile a Stardex person points at, in comparable form; null when the record has no LinkedIn;
 * `unreadable` when it stores a LinkedIn URL with no `/in/<slug>/` (a legacy `/pub/…` or
 * `/profile/view?id=…` address): it names some profile, which cannot be told apart from another.
 */
function personSlug(person: StardexPerson): string | null | 'unreadable' {
  if (person.linkedin_public_id?.trim()) return publicIdSlug(person.linkedin_public_id);
  if (!person.linkedin_url?.trim()) return null;
  const slug = storedUrlSlug(person.linkedin_url);
  if (slug !== null) return slug;
  return LEGACY_PROFILE_PATH.test(person.linkedin_url) ? 'unreadable' : null;
}

/** LinkedIn's older person-profile addresses, which carry no comparable `/in/<slug>/`. */
const LEGACY_PROFILE_PATH = /linkedin\.com\/(?:pub\/|profile\/view\b)/i;

/**
 * The LinkedIn URL the record stores when it is a legacy address (`/pub/…`, `/profile/view?id=…`) and
 * the record has no public id: some profile that cannot be compared with any `/in/<slug>/`. Only the
 * user can say it is this profile (a link confirmed by hand, lib/persons/identity-guard.ts).
 */
export function legacyLinkedinUrl(person: StardexPerson): string | null {
  return personSlug(person) === 'unreadable' ? (person.linkedin_url?.trim() ?? null) : null;
}

/**
 * A `profileUrl` that names no person is `other` for everyone: nothing can be the same as it. A record
 * whose LinkedIn URL cannot be read counts as another profile: a save or a link must never silently
 * re-point it (issue 22).
 */
export function relationToProfile(person: StardexPerson, profileUrl: string): ProfileRelation {
  const linked = personSlug(person);
  if (linked === null) return 'none';
  if (linked === 'unreadable') return 'other';
  return linked === profileSlug(profileUrl) ? 'same' : 'other';
}

/**
 * Keeps the search hits that really are the profile, because how Stardex normalises the
 * `linkedin_url` it searches by is undocumented.
 */
export function selectMatches(persons: StardexPerson[], profileUrl: string): StardexPerson[] {
  return persons.filter((person) => relationToProfile(person, profileUrl) === 'same');
}
