import type { MatchResult } from '../messaging/protocol';
import type { StardexClient } from '../stardex/client';
import type { PersonSearch } from '../stardex/types';
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

/** Remembers that this profile is that person; refused when the person belongs to another profile. */
export async function linkProfile(client: StardexClient, linkedinUrl: string, personId: string): Promise<MatchResult> {
  const { canonical, slug } = profileIdentity(linkedinUrl);
  const person = await client.getPerson(personId);
  assertPersonIsProfile(person, canonical);
  await forgetMatch(canonical);
  await writeLink(slug, { personId, personName: person.name ?? null, linkedAt: Date.now() });
  return { status: 'matched', person, linked: true };
}

export async function unlinkProfile(client: StardexClient, linkedinUrl: string): Promise<MatchResult> {
  await forgetMatch(linkedinUrl);
  await writeLink(profileIdentity(linkedinUrl).slug, null);
  return matchPerson(client, linkedinUrl);
}
