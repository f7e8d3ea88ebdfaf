import { alreadySentWords, beingSentWords, outboxFullWords } from '../ui-words/refusals';
import { RefusalError, type Failure } from '../failure';
import { sameProfile } from '../linkedin/profile-url';
import { MAX_NOTES_PER_SAVE } from '../notes';
import { MAX_RETRY_DELAY_MS, retryDelayMs } from './backoff';
import { MAX_SERVER_WAIT_SECONDS } from '../stardex/rate-limit';
import { CLIENT_ERROR_CODES } from '../stardex/errors';
import { carriesPlacement, waitsForEarlierStep } from './step-order';
import { OUTBOX_CAPACITY, type OutboxEntry } from './schema';
import { identityKey } from '../persons/page-person';

export { BASE_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, retryDelayMs } from './backoff';
export { OUTBOX_CAPACITY, outboxEntrySchema, type OutboxEntry } from './schema';

/**
 * Pure operations on the stored outbox array. Array order is queue order; every function returns
 * a new array and leaves its input untouched, so the caller can write the result back to storage.
 */

/** A request still 'sending' after this long was cut off by the service worker dying. */
export const STALE_SENDING_MS = 60_000;
/** Retryable failures tolerated before the entry waits for the user instead. */
export const MAX_ATTEMPTS = 10;

export type OutboxSave = Pick<OutboxEntry, 'id' | 'personId' | 'personName' | 'linkedinUrl' | 'patch' | 'notes'> &
  Partial<Pick<OutboxEntry, 'pagePerson' | 'job' | 'step' | 'after' | 'origin' | 'activities' | 'run'>>;

export interface DeliveryFailure {
  failure: Failure;
  retryable: boolean;
  /** The wait Stardex asked for; the retry comes no sooner. */
  retryAfterSeconds: number | null;
}

export interface OutboxSummary {
  /** Not yet delivered and not given up on: waiting or in flight. */
  pending: number;
  failed: number;
  forProfile: OutboxEntry[];
}

export class OutboxFullError extends RefusalError {
  constructor() {
    super(outboxFullWords(OUTBOX_CAPACITY));
    this.name = 'OutboxFullError';
  }
}

/** A discard that came once the save was going out, or gone: what was sent cannot be taken back. */
export class DiscardTooLateError extends RefusalError {
  constructor(message: string) {
    super(message);
    this.name = 'DiscardTooLateError';
  }
}

/**
 * Queues a save; returns the outbox and the id of the entry that now holds the save. The newer edit
 * is folded into the person's last entry only while that entry is still pending and was reviewed for
 * the same profile, so the newest value of each field wins and two PATCHes for one person never race.
 * A 'sending' entry is on the wire and a 'failed' one waits for the user (it may have been refused for
 * naming another profile): neither absorbs a save. An entry's profile never changes.
 */
export function enqueueSave(entries: readonly OutboxEntry[], save: OutboxSave, now: number): [OutboxEntry[], string] {
  const last = entries.findLast((entry) => entry.personId === save.personId);
  if (last && canAbsorb(last, save)) {
    const merged = replaceEntry(entries, last.id, (entry) => ({
      ...entry,
      personName: save.personName,
      patch: { ...entry.patch, ...save.patch },
      notes: [...entry.notes, ...save.notes],
      ...dueNow(now),
    }));
    return [merged, last.id];
  }
  if (entries.length >= OUTBOX_CAPACITY) throw new OutboxFullError();
  return [[...entries, { ...save, createdAt: now, sendingSince: null, ...dueNow(now) }], save.id];
}

function canAbsorb(entry: OutboxEntry, save: OutboxSave): boolean {
  return (
    entry.state === 'pending' &&
    // A job or a step is its own step of a user action, with steps after it that wait for exactly it.
    !carriesPlacement(entry) &&
    !carriesPlacement(save) &&
    entry.origin === save.origin &&
    // A logged conversation is its own entry: it posts only what the person's timeline lacks.
    entry.activities === undefined &&
    save.activities === undefined &&
    reviewedForSame(entry, save) &&
    entry.notes.length + save.notes.length <= MAX_NOTES_PER_SAVE
  );
}

/** Both saves were reviewed for the same profile URL, or both for the same lead or candidate id. */
function reviewedForSame(a: OutboxSave, b: OutboxSave): boolean {
  if (a.linkedinUrl !== null && b.linkedinUrl !== null) return sameProfile(a.linkedinUrl, b.linkedinUrl);
  return (
    a.pagePerson !== undefined && b.pagePerson !== undefined && identityKey(a.pagePerson) === identityKey(b.pagePerson)
  );
}

/**
 * The PATCH went through but a note after it did not: keep only the notes, so the retry does not
 * send the PATCH a second time.
 */
export function markPatchApplied(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  const applied = entries.find((entry) => entry.id === id);
  if (!applied) return [...entries];
  // The job went with the PATCH: a retry must not send `job_id` again.
  return replaceEntry(withoutSupersededFields(entries, applied), id, ({ job: _sent, ...entry }) => ({
    ...entry,
    patch: {},
  }));
}

/** The first note's POST is going out: from now on Stardex may hold it, whatever answer comes back. */
export function markNoteSent(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return replaceEntry(entries, id, (entry) => ({ ...entry, firstNoteSent: true }));
}

/** The first note was posted: a retry must not post it again. */
export function markNotePosted(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return replaceEntry(entries, id, ({ firstNoteSent: _posted, ...entry }) => ({
    ...entry,
    notes: entry.notes.slice(1),
  }));
}

/**
 * Older failed saves for the person lose the fields a newer save just set: retrying them later must
 * not bring back the values it replaced. One with nothing left to send is dropped.
 */
function withoutSupersededFields(entries: readonly OutboxEntry[], newer: OutboxEntry): OutboxEntry[] {
  const position = entries.indexOf(newer);
  const replaced = new Set(Object.keys(newer.patch));
  if (replaced.size === 0) return [...entries];
  return entries.flatMap((entry, index) => {
    if (index >= position || entry.personId !== newer.personId || entry.state !== 'failed') return [entry];
    const patch = Object.fromEntries(Object.entries(entry.patch).filter(([key]) => !replaced.has(key)));
    if (Object.keys(patch).length === 0 && entry.notes.length === 0) return [];
    return [{ ...entry, patch }];
  });
}

/**
 * Chooses the next entry and marks it sending in one step, so the caller can write both as one
 * storage transaction and send exactly the entry it marked. With nothing due, the input comes back
 * unchanged (the same array), so there is nothing to write. An entry someone is waiting for (the
 * popup's own save) goes before the rest of the backlog, still in order for its person.
 */
export function claimNextDue(
  entries: readonly OutboxEntry[],
  now: number,
  preferred: ReadonlySet<string> = new Set(),
): [OutboxEntry[], OutboxEntry | null] {
  const due = dueHeads(entries, now);
  const next = due.find((entry) => preferred.has(entry.id)) ?? due[0];
  if (!next) return [entries as OutboxEntry[], null];
  const marked = markSending(entries, next.id, now);
  return [marked, marked.find((entry) => entry.id === next.id) ?? null];
}

/** The person-queue heads that are due, oldest first, so each person's saves go out in order. */
function dueHeads(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return queueHeads(entries).filter(
    (entry) => (entry.state === 'pending' && dueAt(entry, now) <= now) || isStaleSending(entry, now),
  );
}

/** The longest wait the outbox ever sets: its backoff, or the longest pause Stardex may ask for. */
const LONGEST_WAIT_MS = Math.max(MAX_RETRY_DELAY_MS, MAX_SERVER_WAIT_SECONDS * 1000);

/**
 * When a pending entry is due. No stored wait counts for more than now + the longest wait the outbox
 * sets; and an entry scheduled "in the future" (at `updatedAt`) means the clock went back since, so how
 * long it already waited cannot be known: it is due now (the rate limiter still paces the request).
 * A clock set back never stalls a save.
 */
export function dueAt(entry: OutboxEntry, now: number): number {
  if (now < entry.updatedAt) return now;
  return Math.min(entry.nextAttemptAt, now + LONGEST_WAIT_MS);
}

/**
 * When the alarm should next fire, or null when nothing will become due on its own. Only person-queue
 * heads count (entries behind them wait for the head, not the clock), and an in-flight head counts
 * from the moment it would be considered stale, so a worker that died mid-request is recovered.
 */
export function nextWakeUp(entries: readonly OutboxEntry[], now: number = Date.now()): number | null {
  const times = queueHeads(entries).flatMap((entry) => {
    if (entry.state === 'pending') return [dueAt(entry, now)];
    if (entry.state === 'sending' && entry.sendingSince !== null) {
      return [entry.sendingSince > now ? now : entry.sendingSince + STALE_SENDING_MS];
    }
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
  const delivered = entries.find((entry) => entry.id === id);
  if (!delivered) return [...entries];
  return withoutSupersededFields(entries, delivered).filter((entry) => entry.id !== id);
}

/**
 * Retryable failures are rescheduled with backoff until MAX_ATTEMPTS; anything else (or running out
 * of attempts) parks the entry as 'failed' so the user can see it and retry or discard it.
 */
export function markFailed(
  entries: readonly OutboxEntry[],
  id: string,
  attempt: DeliveryFailure,
  now: number,
  random: () => number = Math.random,
): OutboxEntry[] {
  const { retryable, retryAfterSeconds, failure: lastError } = attempt;
  return replaceEntry(entries, id, (entry) => {
    const attempts = retryable ? entry.attempts + 1 : entry.attempts;
    const givesUp = !retryable || attempts >= MAX_ATTEMPTS;
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

/**
 * No usable key for the entry's Stardex (none saved, refused with 401, typed for another address), or
 * the extension now talks to another Stardex: nothing is wrong with the save itself. It waits, not
 * failed, without using up attempts, and looks again after the longest backoff; saving a key for its
 * Stardex (wakeWaitingForKey) sends it at once.
 */
export function markWaitingForKey(
  entries: readonly OutboxEntry[],
  id: string,
  failure: Failure,
  now: number,
): OutboxEntry[] {
  return replaceEntry(entries, id, (entry) => ({
    ...entry,
    state: 'pending',
    nextAttemptAt: now + MAX_RETRY_DELAY_MS,
    sendingSince: null,
    updatedAt: now,
    lastError: failure,
  }));
}

/**
 * Nothing is wrong with the save, only with the key or address it needs (see markWaitingForKey). A
 * malformed key is not among them: Options refuses such a key, so it cannot be added "again".
 */
export function needsKey(failure: Failure): boolean {
  return (
    failure.kind === 'missing-api-key' ||
    failure.kind === 'other-stardex' ||
    (failure.kind === 'auth' && failure.code !== CLIENT_ERROR_CODES.malformedApiKey)
  );
}

/** Waits only for a key (or for its Stardex to be configured again): see markWaitingForKey. */
function waitsForKey(entry: OutboxEntry): boolean {
  return entry.state === 'pending' && entry.lastError !== null && needsKey(entry.lastError);
}

/** A key was saved for `origin`: the saves waiting for one for that Stardex are due now. */
export function wakeWaitingForKey(entries: readonly OutboxEntry[], origin: string, now: number): OutboxEntry[] {
  const wake = (entry: OutboxEntry) => waitsForKey(entry) && (entry.origin === undefined || entry.origin === origin);
  return entries.some(wake)
    ? entries.map((entry) => (wake(entry) ? { ...entry, ...dueNow(now) } : entry))
    : [...entries];
}

/** "Retry all": every failed save, of every profile, is a fresh attempt, due now. */
export function retryAllFailed(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries.map((entry) => (entry.state === 'failed' ? { ...entry, ...dueNow(now) } : entry));
}

/** The user asked to try again: a fresh start, due immediately. An entry in flight is left alone. */
export function retryNow(entries: readonly OutboxEntry[], id: string, now: number): OutboxEntry[] {
  return replaceEntry(entries, id, (entry) => (entry.state === 'sending' ? entry : { ...entry, ...dueNow(now) }));
}

/**
 * The user's "Discard". Only an entry that is not on its way may go: one being sent (or already
 * delivered and gone) is refused, so the user is never told a save was discarded that Stardex got.
 */
export function discard(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new DiscardTooLateError(alreadySentWords());
  }
  if (entry.state === 'sending') {
    throw new DiscardTooLateError(beingSentWords());
  }
  return entries.filter((candidate) => candidate.id !== id);
}

/** Counts for the toolbar badge, plus the entries the popup shows for the profile being viewed. */
export function summarize(entries: readonly OutboxEntry[], linkedinUrl?: string): OutboxSummary {
  return {
    pending: entries.filter((entry) => entry.state !== 'failed').length,
    failed: entries.filter((entry) => entry.state === 'failed').length,
    forProfile:
      linkedinUrl === undefined
        ? []
        : entries.filter((entry) => entry.linkedinUrl !== null && sameProfile(entry.linkedinUrl, linkedinUrl)),
  };
}

/** The fields that make an entry a fresh, immediately due attempt. */
function dueNow(now: number) {
  return { state: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now, lastError: null } as const;
}

/**
 * A start "in the future" means the clock went back since: that request is over (one worker sends one
 * request at a time, and a request times out in seconds), so it is as stale as an old one.
 */
function isStaleSending(entry: OutboxEntry, now: number): boolean {
  if (entry.state !== 'sending' || entry.sendingSince === null) return false;
  return entry.sendingSince > now || now - entry.sendingSince >= STALE_SENDING_MS;
}

/**
 * The oldest entry of each person that is not parked as failed; later entries for that person wait
 * for it. A failed entry waits for the user and does not hold back newer saves for the person; nor
 * does a step whose earlier step is still queued (it runs only once that one is through).
 */
function queueHeads(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.state === 'failed' || waitsForEarlierStep(entry, entries) || seen.has(entry.personId)) return false;
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
