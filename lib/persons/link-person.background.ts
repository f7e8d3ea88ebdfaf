import type { LinkOutcome, MatchResult } from '../messaging/protocol';
import type { StardexClient } from '../stardex/client';
import type { PersonSearch } from '../stardex/types';
import { legacyLinkedinUrl } from '../stardex/profile-match';
import { assertPersonIsProfile } from './identity-guard';
import { matchPerson, profileIdentity } from './match-person.background';
import { writeLink } from './profile-links.background';
import { forgetMatch } from '../badge/tab-badge.background';

/** The popup's "find a person" box: an email, a phone number or a name. */
export function searchFor(query: string): PersonSearch {
  const trimmed = query.trim();
  if (trimmed.includes('@')) return { email: trimmed, limit: 10 };
  if (/^\+?[\d\s().-]{6,}$/.test(trimmed)) return { phone: trimmed, limit: 10 };
  return { name: trimmed, limit: 10 };
}

/**
 * Remembers that this profile is that person; refused when the person belongs to another profile. A
 * record storing a legacy LinkedIn address cannot be compared with the profile: the answer is
 * `legacy-url` (nothing written) until the user confirms that very address (`confirmedLegacyUrl`); a
 * confirmation of another address (the record changed meanwhile) is asked again with the new one.
 */
export async function linkProfile(
  client: StardexClient,
  linkedinUrl: string,
  personId: string,
  confirmedLegacyUrl: string | null,
): Promise<LinkOutcome> {
  const { canonical, slug } = profileIdentity(linkedinUrl);
  const person = await client.getPerson(personId);
  const legacyUrl = legacyLinkedinUrl(person);
  if (legacyUrl !== null && confirmedLegacyUrl !== legacyUrl) return { status: 'legacy-url', person, legacyUrl };
  const link = {
    personId,
    personName: person.name ?? null,
    linkedAt: Date.now(),
    ...(legacyUrl === null ? {} : { confirmedLegacyUrl: legacyUrl }),
  };
  assertPersonIsProfile(person, canonical, link);
  await forgetMatch(canonical);
  await writeLink(slug, link);
  return { status: 'matched', person, linked: true };
}

export async function unlinkProfile(client: StardexClient, linkedinUrl: string): Promise<MatchResult> {
  await forgetMatch(linkedinUrl);
  await writeLink(profileIdentity(linkedinUrl).slug, null);
  return matchPerson(client, linkedinUrl);
}
