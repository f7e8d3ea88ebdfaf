import type { MatchResult } from '../messaging/protocol';
import { canonicalProfileUrl, profileSlug } from '../linkedin/profile-url';
import type { StardexClient } from '../stardex/client';
import { selectMatches } from '../stardex/profile-match';

export class NotAProfileUrlError extends Error {
  constructor(url: string) {
    super(`"${url}" is not a LinkedIn profile URL.`);
    this.name = 'NotAProfileUrlError';
  }
}

/**
 * Finds the Stardex person for a LinkedIn profile. How Stardex normalises `linkedin_url` is not
 * documented, so a hit only counts when its `linkedin_public_id` names the same profile.
 */
export async function matchPerson(client: StardexClient, linkedinUrl: string): Promise<MatchResult> {
  const canonical = canonicalProfileUrl(linkedinUrl);
  const slug = profileSlug(linkedinUrl);
  if (!canonical || !slug) throw new NotAProfileUrlError(linkedinUrl);
  const { persons } = await client.searchPersons({ linkedin_url: canonical, limit: 10 });
  const matches = selectMatches(persons, slug);
  if (matches.length === 0) return { status: 'none' };
  if (matches.length === 1) return { status: 'matched', person: matches[0]! };
  return { status: 'several', persons: matches };
}
