import {
  legacyUrlNotConfirmedWords,
  personIsOtherProfileWords,
  readIsAnotherPersonWords,
  tabMovedOnWords,
  urlNotReviewedWords,
} from '../ui-words/refusals';
import { RefusalError } from '../failure';
import { canonicalProfileUrl, sameProfile } from '../linkedin/profile-url';
import { legacyLinkedinUrl, relationToProfile } from '../stardex/profile-match';
import type { PersonPatch, StardexPerson } from '../stardex/schemas';
import type { ProfileLink } from '../storage/items';

/** Raised instead of sending anything when a save could land on the wrong person. */
export class IdentityMismatchError extends RefusalError {
  constructor(message: string) {
    super(message);
    this.name = 'IdentityMismatchError';
  }
}

/**
 * The tab the review came from must still show the same profile. `shownUrl` is the profile URL the
 * tab shows now (see profileShownInTab), null when it shows none.
 */
export function assertTabStillShows(reviewedUrl: string, shownUrl: string | null): void {
  if (shownUrl === null || !sameProfile(reviewedUrl, shownUrl)) {
    throw new IdentityMismatchError(tabMovedOnWords());
  }
}

/**
 * The Stardex person must not be linked to a different LinkedIn profile (by public id or, without one, by
 * URL). A record storing a legacy LinkedIn address (`/pub/…`, `/profile/view?id=…`) cannot be compared
 * with the profile, so it counts as another profile unless the user confirmed it is this one: `link`, the
 * link the user made by hand for the reviewed profile, names this person and the very address the record
 * stores now (issue 22 item 13). A record naming a readable other `/in/<slug>/` is refused whatever the link.
 */
export function assertPersonIsProfile(person: StardexPerson, reviewedUrl: string, link: ProfileLink | null): void {
  if (relationToProfile(person, reviewedUrl) !== 'other') return;
  const legacyUrl = legacyLinkedinUrl(person);
  if (legacyUrl === null) {
    const named = person.linkedin_public_id?.trim() || (person.linkedin_url ?? '');
    throw new IdentityMismatchError(personIsOtherProfileWords(named));
  }
  if (!confirmsLegacyUrl(link, person.id, legacyUrl))
    throw new IdentityMismatchError(legacyUrlNotConfirmedWords(legacyUrl));
}

/** The user linked this profile to this person after being shown exactly this legacy address. */
function confirmsLegacyUrl(link: ProfileLink | null, personId: string, legacyUrl: string): boolean {
  return (
    link !== null && link.personId.toLowerCase() === personId.toLowerCase() && link.confirmedLegacyUrl === legacyUrl
  );
}

/**
 * The record a read returned must be the person about to be written: an answer for another id (a
 * cache or proxy mixing up answers) says nothing about whether this one is still the profile.
 */
export function assertReadIsPerson(person: StardexPerson, personId: string): void {
  if (person.id.toLowerCase() !== personId.toLowerCase()) {
    throw new IdentityMismatchError(readIsAnotherPersonWords(person.id, personId));
  }
}

/**
 * A PATCH may set `linkedin_url` only to the reviewed profile, and then in its canonical form: an
 * edited URL naming someone else would re-point the person at another profile.
 */
export function withReviewedLinkedinUrl(patch: PersonPatch, reviewedUrl: string): PersonPatch {
  if (patch.linkedin_url === undefined) return patch;
  const canonical = canonicalProfileUrl(reviewedUrl);
  if (!canonical || !sameProfile(patch.linkedin_url, reviewedUrl)) {
    throw new IdentityMismatchError(urlNotReviewedWords(patch.linkedin_url, reviewedUrl));
  }
  return { ...patch, linkedin_url: canonical };
}
