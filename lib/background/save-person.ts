import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { RequestOf, SaveOutcome } from '../messaging/protocol';
import { enqueueSave } from '../outbox/outbox';
import { describeQueuedSave } from './delivery-failure';
import { assertTabStillShows, withReviewedLinkedinUrl } from './identity-guard';
import { deliverOutbox } from './outbox-delivery';
import { readOutbox, updateOutbox } from './outbox-store';
import { profileShownInTab } from './read-tab-profile';

/** A save Stardex refused for a reason retrying cannot fix; it stays in the outbox, marked failed. */
export class SaveFailedError extends Error {
  readonly detail: string | undefined;
  constructor(message: string, detail: string | undefined) {
    super(message);
    this.name = 'SaveFailedError';
    this.detail = detail;
  }
}

/**
 * Queues a reviewed change set durably before the first request, then tries to deliver it at once.
 * The tab must still show the reviewed profile, and a `linkedin_url` in the patch must be that
 * profile; the person is re-checked right before sending.
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
    ...(request.note ? { note: request.note } : {}),
  };
  await updateOutbox((entries) => enqueueSave(entries, save, Date.now()));
  await deliverOutbox();
  const left = (await readOutbox()).find((entry) => entry.personId === request.personId);
  const fields = [...Object.keys(left?.patch ?? request.patch), ...(request.note ? ['note'] : [])];
  if (!left) return { status: 'saved', personId: request.personId, fields };
  if (left.state === 'failed')
    throw new SaveFailedError(left.lastError?.message ?? 'The save failed.', left.lastError?.detail);
  return { status: 'queued', personId: request.personId, fields, message: describeQueuedSave(left, Date.now()) };
}
