import type { RequestOf, SaveOutcome } from '../messaging/protocol';
import type { StardexClient } from '../stardex/client';
import { assertPersonIsProfile, assertTabStillShows } from './identity-guard';
import { tabUrl } from './read-tab-profile';

/** Sends a reviewed change set after checking, right before sending, that it is for the right person. */
export async function savePerson(client: StardexClient, request: RequestOf<'person/save'>): Promise<SaveOutcome> {
  if (request.tabId !== null) assertTabStillShows(request.linkedinUrl, await tabUrl(request.tabId));
  const person = await client.getPerson(request.personId);
  assertPersonIsProfile(person, request.linkedinUrl);
  await client.updatePerson(request.personId, request.patch);
  return { status: 'saved', personId: request.personId, fields: Object.keys(request.patch) };
}
