import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { RequestOf, SaveOutcome } from '../messaging/protocol';
import { enqueueSave } from '../outbox/outbox';
import { takeReadBackNotice } from './confirm-update';
import { describeQueuedSave } from './delivery-failure';
import { assertTabStillShows } from './identity-guard';
import { deliverOutbox } from './outbox-delivery';
import { readOutbox, updateOutbox } from './outbox-store';
import { tabUrl } from './read-tab-profile';

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
 * The tab must still show the reviewed profile; the person is re-checked right before sending.
 */
export async function savePerson(request: RequestOf<'person/save'>): Promise<SaveOutcome> {
  if (request.tabId !== null) assertTabStillShows(request.linkedinUrl, await tabUrl(request.tabId));
  const linkedinUrl = canonicalProfileUrl(request.linkedinUrl) ?? request.linkedinUrl;
  const save = {
    id: crypto.randomUUID(),
    personId: request.personId,
    personName: request.personName,
    linkedinUrl,
    patch: request.patch,
    ...(request.note ? { note: request.note } : {}),
  };
  const queuedAt = Date.now();
  await updateOutbox((entries) => enqueueSave(entries, save, queuedAt));
  await deliverOutbox();
  const left = (await readOutbox()).find((entry) => entry.personId === request.personId);
  const fields = [...Object.keys(left?.patch ?? request.patch), ...(request.note ? ['note'] : [])];
  if (!left) {
    const notice = takeReadBackNotice(request.personId, queuedAt);
    return { status: 'saved', personId: request.personId, fields, ...(notice ? { notice } : {}) };
  }
  if (left.state === 'failed')
    throw new SaveFailedError(left.lastError?.message ?? 'The save failed.', left.lastError?.detail);
  return { status: 'queued', personId: request.personId, fields, message: describeQueuedSave(left, Date.now()) };
}
