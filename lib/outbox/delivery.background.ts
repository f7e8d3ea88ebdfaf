import { browser } from 'wxt/browser';
import {
  claimNextDue,
  markDelivered,
  markFailed,
  markNotePosted,
  markPatchApplied,
  nextWakeUp,
  type OutboxEntry,
} from './outbox';
import { updateAndConfirm } from './confirm-update.background';
import { deliveryFailureOf } from './delivery-failure.background';
import { assertPersonIsProfile } from '../persons/identity-guard';
import { readOutbox, transactOutbox, updateOutbox } from './store';
import { deliverStep, patchBody } from '../placements/step-delivery.background';
import { getStardexClient } from '../settings/stardex-access.background';
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
 * One save, exactly as it was marked sending, re-checked right before sending: the person must still
 * be this LinkedIn profile. Each note is its own activity; progress is stored so a retry resumes.
 */
async function deliver(entry: OutboxEntry): Promise<AttemptOutcome> {
  const client = await getStardexClient();
  if (entry.step?.kind === 'create' || entry.step?.kind === 'list-batch') {
    await deliverListRunStep(client, entry, entry.step);
    return { delivered: true };
  }
  const person = await client.getPerson(entry.personId);
  assertPersonIsProfile(person, entry.linkedinUrl);
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
  for (const [index, note] of entry.notes.entries()) {
    await client.addNote(entry.personId, note);
    if (index < entry.notes.length - 1) await updateOutbox((entries) => markNotePosted(entries, entry.id));
  }
  return notice === undefined ? { delivered: true } : { delivered: true, notice };
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
      console.warn(`[stardex] save for ${claimed.personId} failed`, error);
      await updateOutbox((entries) => markFailed(entries, claimed.id, deliveryFailureOf(error), Date.now()));
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
