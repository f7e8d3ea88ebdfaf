import { retryDelayMs } from './backoff';
import { OUTBOX_CAPACITY, type OutboxEntry } from './schema';

export { BASE_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, retryDelayMs } from './backoff';
export {
  OUTBOX_CAPACITY,
  outboxEntrySchema,
  outboxSchema,
  type OutboxEntry,
  type OutboxError,
  type OutboxState,
} from './schema';

/**
 * Pure operations on the stored outbox array. Array order is queue order; every function returns
 * a new array and leaves its input untouched, so the caller can write the result back to storage.
 */

/** A request still 'sending' after this long was cut off by the service worker dying. */
export const STALE_SENDING_MS = 60_000;
/** Retryable failures tolerated before the entry waits for the user instead. */
export const MAX_ATTEMPTS = 10;

export type OutboxSave = Pick<OutboxEntry, 'id' | 'personId' | 'personName' | 'linkedinUrl' | 'patch' | 'note'>;

export interface DeliveryFailure {
  message: string;
  detail?: string;
  retryable: boolean;
  retryAfterSeconds: number | null;
}

export interface OutboxSummary {
  /** Not yet delivered and not given up on: waiting or in flight. */
  pending: number;
  failed: number;
  forProfile: OutboxEntry[];
}

export class OutboxFullError extends Error {
  constructor() {
    super(`The outbox already holds ${OUTBOX_CAPACITY} unsent saves. Retry or discard some first.`);
    this.name = 'OutboxFullError';
  }
}

/**
 * Queues a save. When the person's last entry has not gone out yet, the newer edit is folded into it,
 * so two PATCHes for one person never race and the newest value of each field wins. A 'sending' entry
 * is left alone: its body is already on the wire, and the new save must follow it.
 */
export function enqueueSave(entries: readonly OutboxEntry[], save: OutboxSave, now: number): OutboxEntry[] {
  const last = entries.findLast((entry) => entry.personId === save.personId);
  if (last && last.state !== 'sending') {
    return replaceEntry(entries, last.id, (entry) => ({
      ...entry,
      personName: save.personName,
      linkedinUrl: save.linkedinUrl,
      patch: { ...entry.patch, ...save.patch },
      ...mergedNote(entry.note, save.note),
      ...dueNow(now),
    }));
  }
  if (entries.length >= OUTBOX_CAPACITY) throw new OutboxFullError();
  return [...entries, { ...save, createdAt: now, sendingSince: null, ...dueNow(now) }];
}

/**
 * The PATCH went through but the note after it did not: keep only the note, so the retry does not
 * send the PATCH a second time.
 */
export function markPatchApplied(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return replaceEntry(entries, id, (entry) => ({ ...entry, patch: {} }));
}

/** Notes are additions, not values: a second note is kept after the first instead of replacing it. */
function mergedNote(older: string | undefined, newer: string | undefined): { note?: string } {
  const notes = [older, newer].filter((note): note is string => Boolean(note));
  return notes.length > 0 ? { note: notes.join('\n\n') } : {};
}

/** The entry to send next: the first person-queue head that is due, so each person's saves go out in order. */
export function nextDueEntry(entries: readonly OutboxEntry[], now: number): OutboxEntry | null {
  return (
    queueHeads(entries).find(
      (entry) => (entry.state === 'pending' && entry.nextAttemptAt <= now) || isStaleSending(entry, now),
    ) ?? null
  );
}

/**
 * When the alarm should next fire, or null when nothing will become due on its own. Only person-queue
 * heads count (entries behind them wait for the head, not the clock), and an in-flight head counts
 * from the moment it would be considered stale, so a worker that died mid-request is recovered.
 */
export function nextWakeUp(entries: readonly OutboxEntry[]): number | null {
  const times = queueHeads(entries).flatMap((entry) => {
    if (entry.state === 'pending') return [entry.nextAttemptAt];
    if (entry.state === 'sending' && entry.sendingSince !== null) return [entry.sendingSince + STALE_SENDING_MS];
    return [];
  });
  return times.length > 0 ? Math.min(...times) : null;
}

/** Records that the request is going out; a stale 'sending' entry being resent counts its lost attempt. */
export function markSending(entries: readonly OutboxEntry[], id: string, now: number): OutboxEntry[] {
  return replaceEntry(entries, id, (entry) => ({
    ...entry,
    attempts: isStaleSending(entry, now) ? entry.attempts + 1 : entry.attempts,
    state: 'sending',
    sendingSince: now,
    updatedAt: now,
  }));
}

export function markDelivered(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return discard(entries, id);
}

/**
 * Retryable failures are rescheduled with backoff until MAX_ATTEMPTS; anything else (or running out
 * of attempts) parks the entry as 'failed' so the user can see it and retry or discard it.
 */
export function markFailed(
  entries: readonly OutboxEntry[],
  id: string,
  failure: DeliveryFailure,
  now: number,
  random: () => number = Math.random,
): OutboxEntry[] {
  const { retryAfterSeconds, ...lastError } = failure;
  return replaceEntry(entries, id, (entry) => {
    const attempts = failure.retryable ? entry.attempts + 1 : entry.attempts;
    const givesUp = !failure.retryable || attempts >= MAX_ATTEMPTS;
    return {
      ...entry,
      attempts,
      state: givesUp ? 'failed' : 'pending',
      nextAttemptAt: givesUp ? entry.nextAttemptAt : now + retryDelayMs(attempts, retryAfterSeconds, random),
      sendingSince: null,
      updatedAt: now,
      lastError,
    };
  });
}

/** The user asked to try again: a fresh start, due immediately. An entry in flight is left alone. */
export function retryNow(entries: readonly OutboxEntry[], id: string, now: number): OutboxEntry[] {
  return replaceEntry(entries, id, (entry) => (entry.state === 'sending' ? entry : { ...entry, ...dueNow(now) }));
}

export function discard(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return entries.filter((entry) => entry.id !== id);
}

/** Counts for the toolbar badge, plus the entries the popup shows for the profile being viewed. */
export function summarize(entries: readonly OutboxEntry[], linkedinUrl?: string): OutboxSummary {
  const profileUrl = linkedinUrl?.toLowerCase();
  return {
    pending: entries.filter((entry) => entry.state !== 'failed').length,
    failed: entries.filter((entry) => entry.state === 'failed').length,
    forProfile: entries.filter((entry) => entry.linkedinUrl.toLowerCase() === profileUrl),
  };
}

/** The fields that make an entry a fresh, immediately due attempt. */
function dueNow(now: number) {
  return { state: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now, lastError: null } as const;
}

function isStaleSending(entry: OutboxEntry, now: number): boolean {
  return entry.state === 'sending' && entry.sendingSince !== null && now - entry.sendingSince >= STALE_SENDING_MS;
}

/** The oldest entry of each person; later entries for that person must wait for it. */
function queueHeads(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (seen.has(entry.personId)) return false;
    seen.add(entry.personId);
    return true;
  });
}

function replaceEntry(
  entries: readonly OutboxEntry[],
  id: string,
  change: (entry: OutboxEntry) => OutboxEntry,
): OutboxEntry[] {
  return entries.map((entry) => (entry.id === id ? change(entry) : entry));
}
