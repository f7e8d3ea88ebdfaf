import type { RequestOf, SaveOutcome } from '../messaging/protocol';
import type { OutboxSave } from '../outbox/outbox';
import { pagePersonShownInTab } from '../linkedin/read-tab-profile.background';
import { assertConfirmedPerson, assertNoLinkedinUrl, assertTabStillShowsPagePerson } from './page-person-guard';
import { confirmedPersonId } from './page-person-match.background';
import { queueAndDeliver } from './save-person.background';

/**
 * Saves a review of a lead or candidate page without a public URL to the Stardex person the user
 * confirmed for it, through the same outbox and delivery as a profile's save. Refused, with nothing
 * queued or sent, when the tab shows another lead now, when the person is not the one confirmed for
 * this lead, or when the patch carries a `linkedin_url` (the page does not show one). Delivery checks
 * the confirmed link again right before sending (lib/outbox/delivery.background.ts).
 */
export async function savePagePerson(request: RequestOf<'page-person/save'>): Promise<SaveOutcome> {
  assertTabStillShowsPagePerson(request.person, await pagePersonShownInTab(request.tabId));
  assertConfirmedPerson(request.personId, await confirmedPersonId(request.person));
  assertNoLinkedinUrl(request.patch);
  const save: OutboxSave = {
    id: crypto.randomUUID(),
    personId: request.personId,
    personName: request.personName,
    linkedinUrl: null,
    pagePerson: request.person,
    patch: request.patch,
    notes: request.note ? [request.note] : [],
  };
  return queueAndDeliver(save, null);
}
