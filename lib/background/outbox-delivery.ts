import { browser } from 'wxt/browser';
import {
  markDelivered,
  markFailed,
  markPatchApplied,
  markSending,
  nextDueEntry,
  nextWakeUp,
  type OutboxEntry,
} from '../outbox/outbox';
import { updateAndConfirm } from './confirm-update';
import { deliveryFailureOf } from './delivery-failure';
import { assertPersonIsProfile } from './identity-guard';
import { readOutbox, updateOutbox } from './outbox-store';
import { getStardexClient } from './stardex-access';

export const OUTBOX_ALARM = 'outbox-retry';
/** Short waits are also kept with a timer: alarms may fire late, and are clamped to 30 s in packed builds. */
const TIMER_LIMIT_MS = 25_000;

let passes: Promise<void> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | undefined;

/** One save, re-checked right before sending: the person must still be this LinkedIn profile. */
async function deliver(entry: OutboxEntry): Promise<void> {
  const client = await getStardexClient();
  const person = await client.getPerson(entry.personId);
  assertPersonIsProfile(person, entry.linkedinUrl);
  if (Object.keys(entry.patch).length > 0) {
    await updateAndConfirm(client, entry.personId, entry.patch);
    if (entry.note) await updateOutbox((entries) => markPatchApplied(entries, entry.id));
  }
  if (entry.note) await client.addNote(entry.personId, entry.note);
}

async function deliverDueEntries(): Promise<void> {
  for (;;) {
    const now = Date.now();
    const due = nextDueEntry(await readOutbox(), now);
    if (!due) break;
    await updateOutbox((entries) => markSending(entries, due.id, now));
    try {
      await deliver(due);
      await updateOutbox((entries) => markDelivered(entries, due.id));
    } catch (error) {
      console.warn(`[stardex] save for ${due.personId} failed`, error);
      await updateOutbox((entries) => markFailed(entries, due.id, deliveryFailureOf(error), Date.now()));
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
