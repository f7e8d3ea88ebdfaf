import type { OutboxView, QueuedAttempt } from '../messaging/protocol';
import { discard, dueAt, retryAllFailed, retryNow, summarize, type OutboxEntry } from './outbox';
import { describeEntryParts } from '../placements/placement-steps';
import { waitsForEarlierStep } from './step-order';
import { deliverOutbox } from './delivery.background';
import { countSetAside } from '../storage/validated-item';
import { readOutbox, updateOutbox } from './store';
import { liftServerPause } from '../stardex/request-pacing.background';

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
      ...queuedAttemptOf(entry, entries, now),
    })),
  };
}

/** Where a save stands, as data: lib/ui-words words it with the time left until its next attempt. */
export function queuedAttemptOf(entry: OutboxEntry, entries: readonly OutboxEntry[], now: number): QueuedAttempt {
  return {
    state: entry.state,
    lastError: entry.lastError,
    waitsForEarlierStep: waitsForEarlierStep(entry, entries),
    retryInSeconds: Math.max(1, Math.ceil((dueAt(entry, now) - now) / 1000)),
  };
}

/** The user's "Retry now" also overrides a pause Stardex asked for, or it could not send anything. */
export async function retryQueuedSave(id: string, linkedinUrl: string | null): Promise<OutboxView> {
  await liftServerPause();
  await updateOutbox((entries) => retryNow(entries, id, Date.now()));
  await deliverOutbox();
  return outboxView(linkedinUrl);
}

/** "Retry all" (Options and the popup): every failed save, of every profile, tried again now. */
export async function retryAllQueuedSaves(linkedinUrl: string | null): Promise<OutboxView> {
  await liftServerPause();
  await updateOutbox((entries) => retryAllFailed(entries, Date.now()));
  await deliverOutbox();
  return outboxView(linkedinUrl);
}

/** Refused with DiscardTooLateError once the save is being sent or gone, checked in the same transaction. */
export async function discardQueuedSave(id: string, linkedinUrl: string | null): Promise<OutboxView> {
  await updateOutbox((entries) => discard(entries, id));
  return outboxView(linkedinUrl);
}
