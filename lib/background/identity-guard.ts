import { profileSlug } from '../linkedin/profile-url';
import type { StardexPerson } from '../stardex/types';

/** Raised instead of sending anything when a save could land on the wrong person. */
export class IdentityMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdentityMismatchError';
  }
}

/** The tab the review came from must still show the same profile. */
export function assertTabStillShows(reviewedUrl: string, currentTabUrl: string | null): void {
  const reviewed = profileSlug(reviewedUrl);
  const current = currentTabUrl ? profileSlug(currentTabUrl) : null;
  if (!reviewed || current !== reviewed) {
    throw new IdentityMismatchError(
      'The tab moved to another page after you reviewed this profile, so nothing was sent. Open the review again.',
    );
  }
}

/** The Stardex person must not be linked to a different LinkedIn profile. */
export function assertPersonIsProfile(person: StardexPerson, reviewedUrl: string): void {
  const reviewed = profileSlug(reviewedUrl);
  const linked = person.linkedin_public_id?.trim().toLowerCase();
  if (linked && linked !== reviewed) {
    throw new IdentityMismatchError(
      `This Stardex person belongs to another LinkedIn profile (${person.linkedin_public_id}), so nothing was sent.`,
    );
  }
}
