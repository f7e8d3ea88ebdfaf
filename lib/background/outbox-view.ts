import type { OutboxView } from '../messaging/protocol';
import { discard, retryNow, summarize } from '../outbox/outbox';
import { describeEntryParts } from '../outbox/placement-steps';
import { waitsForEarlierStep } from '../outbox/step-order';
import { describeQueuedSave } from './delivery-failure';
import { deliverOutbox } from './outbox-delivery';
import { countSetAside } from '../storage/validated-item';
import { readOutbox, updateOutbox } from './outbox-store';
import { liftServerPause } from './request-pacing';

/** Pending and failed saves as the popup shows them: counts for all, entries for this profile. */
export async function outboxView(linkedinUrl: string | null): Promise<OutboxView> {
  const now = Date.now();
  const [entries, setAside] = await Promise.all([readOutbox(), countSetAside()]);
  const summary = summarize(entries, linkedinUrl ?? undefined);
  return {
    setAside,
    pending: summary.pending,
    failed: summary.failed,
    forProfile: summary.forProfile.map((entry) => ({
      id: entry.id,
      personId: entry.personId,
      personName: entry.personName,
      linkedinUrl: entry.linkedinUrl,
      fields: describeEntryParts(entry),
      state: entry.state,
      message:
        entry.state === 'failed'
          ? (entry.lastError?.message ?? 'Not sent')
          : entry.state === 'sending'
            ? 'Sending…'
            : waitsForEarlierStep(entry, entries)
              ? 'Waits for the step before it to reach Stardex'
              : describeQueuedSave(entry, now),
      detail: entry.lastError?.detail,
    })),
  };
}

/** The user's "Retry now" also overrides a pause Stardex asked for, or it could not send anything. */
export async function retryQueuedSave(id: string, linkedinUrl: string | null): Promise<OutboxView> {
  await liftServerPause();
  await updateOutbox((entries) => retryNow(entries, id, Date.now()));
  await deliverOutbox();
  return outboxView(linkedinUrl);
}

/** Refused with DiscardTooLateError once the save is being sent or gone, checked in the same transaction. */
export async function discardQueuedSave(id: string, linkedinUrl: string | null): Promise<OutboxView> {
  await updateOutbox((entries) => discard(entries, id));
  return outboxView(linkedinUrl);
}
