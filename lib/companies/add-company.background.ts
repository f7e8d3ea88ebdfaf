import { canonicalProfileUrl } from '../linkedin/profile-url';
import { profileShownInTab } from '../linkedin/read-tab-profile.background';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { deliverSoon } from '../outbox/delivery.background';
import { enqueueSave } from '../outbox/outbox';
import { readOutbox, transactOutbox } from '../outbox/store';
import { assertTabStillShows } from '../persons/identity-guard';
import { FailureError } from '../failure';

/**
 * "Add company to Stardex": one outbox step of the person's, stored before any request and then tried
 * at once (lib/companies/company-step-delivery.background.ts searches, creates only when missing and
 * names the company on the person). Answers once that step has had its attempt.
 */
export async function addCompany(request: RequestOf<'company/add'>): Promise<ResponseOf<'company/add'>> {
  if (request.tabId !== null) assertTabStillShows(request.linkedinUrl, await profileShownInTab(request.tabId));
  const step = {
    id: crypto.randomUUID(),
    personId: request.personId,
    personName: request.personName,
    linkedinUrl: canonicalProfileUrl(request.linkedinUrl) ?? request.linkedinUrl,
    patch: {},
    notes: [],
    step: { kind: 'company' as const, company: request.company },
  };
  const id = await transactOutbox((entries) => enqueueSave(entries, step, Date.now()));
  if ((await deliverSoon(id)).delivered) return { status: 'added' };
  const left = (await readOutbox()).find((entry) => entry.id === id);
  if (!left) throw new FailureError({ kind: 'save-discarded' }, `company step ${id} was discarded`);
  // Refused for a reason retrying cannot fix: it stays in the outbox, marked failed, with its failure.
  if (left.state === 'failed') {
    throw new FailureError(left.lastError ?? { kind: 'unexpected', message: null }, `company step ${id} failed`);
  }
  return { status: 'queued' };
}
