import { FailureError } from '../failure';
import type { MatchResult } from '../messaging/protocol';
import { canonicalProfileUrl, profileSlug } from '../linkedin/profile-url';
import type { StardexClient } from '../stardex/client';
import { StardexError } from '../stardex/errors';
import { legacyLinkedinUrl, selectMatches } from '../stardex/profile-match';
import type { StardexPerson } from '../stardex/schemas';
import { brokenLinkWords, type BrokenLinkReason } from '../ui-words/persons';
import { IdentityMismatchError, assertPersonIsProfile } from './identity-guard';
import { readLink, writeLink } from './profile-links.background';

class NotAProfileUrlError extends FailureError {
  constructor(url: string) {
    super({ kind: 'not-a-profile-url', url }, `not a LinkedIn profile URL: ${url}`);
    this.name = 'NotAProfileUrlError';
  }
}

export function profileIdentity(linkedinUrl: string): { canonical: string; slug: string } {
  const canonical = canonicalProfileUrl(linkedinUrl);
  const slug = profileSlug(linkedinUrl);
  if (!canonical || !slug) throw new NotAProfileUrlError(linkedinUrl);
  return { canonical, slug };
}

export interface MatchOptions {
  /**
   * Only the review the user is looking at may remove a link the user made (and tells them so); a
   * lookup nobody reads (the badge, a right-click action, a create's search) leaves it for that review.
   */
  mayRemoveLink: boolean;
}

/**
 * A link made by hand, checked again: the person must still exist and not belong to another profile.
 * Only Stardex's own "person not found" counts as deleted; any other 404 is an error like any other.
 */
async function matchByLink(
  client: StardexClient,
  canonical: string,
  slug: string,
  { mayRemoveLink }: MatchOptions,
): Promise<MatchResult | null> {
  const link = await readLink(slug);
  if (!link) return null;
  const broken = async (reason: BrokenLinkReason): Promise<MatchResult> => {
    const named = link.personName ?? link.personId;
    if (!mayRemoveLink) return { status: 'none', note: brokenLinkWords(reason, named, false) };
    await writeLink(slug, null);
    return { status: 'none', note: brokenLinkWords(reason, named, true) };
  };
  let person: StardexPerson;
  try {
    person = await client.getPerson(link.personId);
  } catch (error) {
    if (error instanceof StardexError && error.personNotFound) return broken('deleted');
    throw error;
  }
  try {
    assertPersonIsProfile(person, canonical, link);
  } catch (error) {
    if (!(error instanceof IdentityMismatchError)) throw error;
    return broken(legacyLinkedinUrl(person) === null ? 'other-profile' : 'legacy-unconfirmed');
  }
  return { status: 'matched', person, linked: true };
}

/**
 * Finds the Stardex person for a LinkedIn profile: a link the user made wins; otherwise search by
 * URL. How Stardex normalises `linkedin_url` is not documented, so a hit only counts when the
 * record names the same profile (relationToProfile, the same test the guard applies before a save).
 */
export async function matchPerson(
  client: StardexClient,
  linkedinUrl: string,
  options: MatchOptions = { mayRemoveLink: false },
): Promise<MatchResult> {
  const { canonical, slug } = profileIdentity(linkedinUrl);
  const linked = await matchByLink(client, canonical, slug, options);
  if (linked?.status === 'matched') return linked;
  const { persons } = await client.searchPersons({ linkedin_url: canonical, limit: 10 });
  const matches = selectMatches(persons, canonical);
  if (matches.length === 1) return { status: 'matched', person: matches[0]!, linked: false };
  if (matches.length > 1) return { status: 'several', persons: matches };
  return linked ?? { status: 'none' };
}
