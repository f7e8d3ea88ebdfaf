import { browser } from 'wxt/browser';
import { summarize, type OutboxEntry } from '../outbox/outbox';

const PENDING_COLOR = '#b26a00';
const FAILED_COLOR = '#c62828';

/** The toolbar shows how many saves are waiting or failed, on every tab, until the outbox is empty. */
export async function showOutboxCount(entries: readonly OutboxEntry[]): Promise<void> {
  const { pending, failed } = summarize(entries);
  const count = pending + failed;
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: failed > 0 ? FAILED_COLOR : PENDING_COLOR });
  await browser.action.setTitle({
    title: count === 0 ? 'Review in Stardex' : `Review in Stardex - ${pending} save(s) waiting, ${failed} failed`,
  });
}
