import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { RequestOf, SaveOutcome } from '../messaging/protocol';
import { enqueueSave } from '../outbox/outbox';
import { FailureError } from './failure';
import { assertTabStillShows, withReviewedLinkedinUrl } from './identity-guard';
import { deliverSoon } from './outbox-delivery';
import { readOutbox, transactOutbox } from '../outbox/store';
import { queuedAttemptOf } from './outbox-view';
import { profileShownInTab } from './read-tab-profile';

/**
 * Queues a reviewed change set durably before the first request, then tries to deliver it at once.
 * The tab must still show the reviewed profile, and a `linkedin_url` in the patch must be that
 * profile; the person is re-checked right before sending.
 * Answers as soon as this save's own entry has had its attempt, whatever else waits in the outbox.
 */
export async function savePerson(request: RequestOf<'person/save'>): Promise<SaveOutcome> {
  if (request.tabId !== null) assertTabStillShows(request.linkedinUrl, await profileShownInTab(request.tabId));
  const linkedinUrl = canonicalProfileUrl(request.linkedinUrl) ?? request.linkedinUrl;
  const save = {
    id: crypto.randomUUID(),
    personId: request.personId,
    personName: request.personName,
    linkedinUrl,
    patch: withReviewedLinkedinUrl(request.patch, linkedinUrl),
    notes: request.note ? [request.note] : [],
  };
  const entryId = await transactOutbox((entries) => enqueueSave(entries, save, Date.now()));
  const { delivered, notice } = await deliverSoon(entryId);
  const fields = [...Object.keys(request.patch), ...(request.note ? ['note'] : [])];
  if (delivered) return { status: 'saved', personId: request.personId, fields, ...(notice ? { notice } : {}) };
  const left = (await readOutbox()).find((entry) => entry.id === entryId);
  if (!left) throw new FailureError({ kind: 'save-discarded' }, `save ${entryId} was discarded`);
  // Refused for a reason retrying cannot fix: it stays in the outbox, marked failed, with its failure.
  if (left.state === 'failed') {
    throw new FailureError(left.lastError ?? { kind: 'unexpected', message: null }, `save ${entryId} failed`);
  }
  return { status: 'queued', personId: request.personId, fields, attempt: queuedAttemptOf(left, Date.now()) };
}
