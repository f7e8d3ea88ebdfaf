import { browser } from 'wxt/browser';
import {
  claimNextDue,
  markDelivered,
  markFailed,
  markNotePosted,
  markNoteSent,
  markPatchApplied,
  markWaitingForKey,
  needsKey,
  nextWakeUp,
  wakeWaitingForKey,
  type OutboxEntry,
} from './outbox';
import { updateAndConfirm } from './confirm-update.background';
import { deliveryFailureOf } from './delivery-failure.background';
import { assertPersonIsProfile, assertReadIsPerson } from '../persons/identity-guard';
import { readOutbox, transactOutbox, updateOutbox } from './store';
import { deliverStep, patchBody } from '../placements/step-delivery.background';
import { getStardexClient } from '../settings/stardex-access.background';
import { OtherStardexError } from '../settings/key-errors';
import { baseUrlOrigin } from '../settings/settings';
import { settingsItem } from '../storage/items';
import type { Failure } from '../failure';
import { deliverConversationLog } from '../conversations/log-delivery.background';
import { assertConfirmedPerson } from '../persons/page-person-guard';
import { confirmedPersonId } from '../persons/page-person-match.background';
import { readLinkOf } from '../persons/profile-links.background';
import type { StardexPerson } from '../stardex/schemas';
import type { StardexClient } from '../stardex/client';
import { timelineHas } from '../stardex/activities';
import { NOTE_ACTIVITY_TYPE } from '../notes';
import { deliverListRunStep } from '../people-lists/list-run-delivery.background';

export const OUTBOX_ALARM = 'outbox-retry';
/** Short waits are also kept with a timer: alarms may fire late, and are clamped to 30 s in packed builds. */
const TIMER_LIMIT_MS = 25_000;

let passes: Promise<void> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | undefined;

/** How an entry's attempt ended, for the caller waiting on it (the popup's own save). */
export interface AttemptOutcome {
  delivered: boolean;
  /** How Stardex's unreadable answer was confirmed by reading the person back, when it was. */
  notice?: string;
}

/** Callers waiting for an entry's attempt; their entries are sent before the rest of the backlog. */
const attemptListeners = new Map<string, Set<(outcome: AttemptOutcome) => void>>();

/**
 * The person read right before sending must still be the one the save was reviewed for: not linked
 * to another LinkedIn profile, or, for a save from a lead page without a public URL, the person the
 * user confirmed for that lead now (a link changed or forgotten since refuses it). A record storing a
 * legacy LinkedIn address passes only with the user's confirmed link for the profile (assertPersonIsProfile).
 */
async function assertStillReviewedPerson(entry: OutboxEntry, person: StardexPerson): Promise<void> {
  if (entry.pagePerson) assertConfirmedPerson(person.id, await confirmedPersonId(entry.pagePerson));
  if (entry.linkedinUrl !== null) assertPersonIsProfile(person, entry.linkedinUrl, await readLinkOf(entry.linkedinUrl));
}

/**
 * One save, exactly as it was marked sending, re-checked right before sending. Each note is its own activity; progress is stored so a retry resumes.
 */
async function deliver(entry: OutboxEntry): Promise<AttemptOutcome> {
  await assertConfiguredFor(entry);
  const client = await getStardexClient();
  if (entry.step?.kind === 'create' || entry.step?.kind === 'list-batch') {
    await deliverListRunStep(client, entry, entry.step);
    return { delivered: true };
  }
  const person = await client.getPerson(entry.personId);
  assertReadIsPerson(person, entry.personId);
  if (entry.activities) return deliverConversationLog(client, entry, entry.activities, person);
  await assertStillReviewedPerson(entry, person);
  if (entry.step) {
    const { notice } = await deliverStep(client, entry, entry.step, person);
    return notice === undefined ? { delivered: true } : { delivered: true, notice };
  }
  let notice: string | undefined;
  const body = patchBody(entry, person);
  if (Object.keys(body).length > 0) {
    const confirmation = await updateAndConfirm(client, entry.personId, body);
    if (confirmation.by === 'read-back') notice = confirmation.notice;
    if (entry.notes.length > 0) await updateOutbox((entries) => markPatchApplied(entries, entry.id));
  }
  const notes = await notesStillToPost(client, entry);
  for (const [index, note] of notes.entries()) {
    await updateOutbox((entries) => markNoteSent(entries, entry.id));
    await client.addNote(entry.personId, note);
    if (index < notes.length - 1) await updateOutbox((entries) => markNotePosted(entries, entry.id));
  }
  return notice === undefined ? { delivered: true } : { delivered: true, notice };
}

/**
 * The entry's notes, less the first one when an earlier attempt sent it without hearing back and the
 * person's timeline shows it now (`GET /v1/persons/{id}/activities`): a note is never posted twice.
 * A note never sent is posted without reading the timeline, even when the same words are there already
 * (a recruiter may well write "Left a voicemail" twice).
 */
async function notesStillToPost(client: StardexClient, entry: OutboxEntry): Promise<string[]> {
  const [first, ...rest] = entry.notes;
  if (first === undefined || !entry.firstNoteSent) return entry.notes;
  const timeline = await client.listActivities(entry.personId);
  if (!timelineHas(timeline, NOTE_ACTIVITY_TYPE, first)) return entry.notes;
  if (rest.length > 0) await updateOutbox((entries) => markNotePosted(entries, entry.id));
  return rest;
}

/** A save goes only to the Stardex it was queued for (its API base URL's origin). */
async function assertConfiguredFor(entry: OutboxEntry): Promise<void> {
  if (entry.origin === undefined) return;
  const configured = baseUrlOrigin((await settingsItem.getValue()).baseUrl);
  if (configured !== entry.origin) throw new OtherStardexError(entry.origin, configured ?? 'an invalid address');
}

/** What a log line may say about a failure: its kind, status and code, never Stardex's answer body. */
function describeForLog(failure: Failure): string {
  if ('status' in failure)
    return `${failure.kind} (HTTP ${failure.status ?? '-'}${failure.code ? `, ${failure.code}` : ''})`;
  return failure.kind;
}

/** A key was saved (or the address changed back) for `origin`: the saves waiting for it go out now. */
export async function deliverWaitingFor(origin: string): Promise<void> {
  await updateOutbox((entries) => wakeWaitingForKey(entries, origin, Date.now()));
  await deliverOutbox();
}

async function deliverDueEntries(): Promise<void> {
  for (;;) {
    const now = Date.now();
    // Choosing and marking are one transaction: a save merged or discarded meanwhile cannot be missed.
    const claimed = await transactOutbox((entries) => claimNextDue(entries, now, new Set(attemptListeners.keys())));
    if (!claimed) break;
    let outcome: AttemptOutcome = { delivered: false };
    try {
      const delivered = await deliver(claimed);
      await updateOutbox((entries) => markDelivered(entries, claimed.id));
      outcome = delivered;
    } catch (error) {
      const failed = deliveryFailureOf(error);
      console.warn(`[stardex] save for ${claimed.personId} not delivered: ${describeForLog(failed.failure)}`);
      await updateOutbox((entries) =>
        needsKey(failed.failure)
          ? markWaitingForKey(entries, claimed.id, failed.failure, Date.now())
          : markFailed(entries, claimed.id, failed, Date.now()),
      );
    } finally {
      for (const listener of attemptListeners.get(claimed.id) ?? []) listener(outcome);
    }
  }
  await scheduleNextPass(await readOutbox());
}

async function scheduleNextPass(entries: OutboxEntry[]): Promise<void> {
  clearTimeout(timer);
  const wakeUp = nextWakeUp(entries);
  if (wakeUp === null) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  const delay = Math.max(0, wakeUp - Date.now());
  await browser.alarms.create(OUTBOX_ALARM, { when: Date.now() + Math.max(delay, 1000) });
  if (delay < TIMER_LIMIT_MS) timer = setTimeout(() => void deliverOutbox(), delay);
}

/** Sends whatever is due, one pass at a time; resolves when this pass is over. */
export function deliverOutbox(): Promise<void> {
  const pass = passes.then(deliverDueEntries);
  passes = pass.catch((error) => console.error('[stardex] outbox pass failed', error));
  return pass;
}

/**
 * Sends the outbox with entry `id` first (after a request already in flight, and after earlier saves
 * for the same person) and resolves as soon as that entry has had its attempt, not when the whole
 * backlog is through. Resolves `false` too when a pass ends without the entry being due.
 */
export async function deliverSoon(id: string): Promise<AttemptOutcome> {
  let listener: ((outcome: AttemptOutcome) => void) | undefined;
  const attempted = new Promise<AttemptOutcome>((resolve) => {
    listener = resolve;
    attemptListeners.set(id, new Set([...(attemptListeners.get(id) ?? []), resolve]));
  });
  try {
    return await Promise.race([attempted, deliverOutbox().then((): AttemptOutcome => ({ delivered: false }))]);
  } finally {
    const listeners = attemptListeners.get(id);
    if (listener) listeners?.delete(listener);
    if (listeners?.size === 0) attemptListeners.delete(id);
  }
}
