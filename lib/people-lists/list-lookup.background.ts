import { matchPerson } from '../persons/match-person.background';
import type { StardexClient } from '../stardex/client';
import { StardexError } from '../stardex/errors';
import { createRateLimiter, type RateLimiter } from '../stardex/rate-limit';
import { listLookupWindowItem } from '../storage/items';
import { StoredValueError } from '../storage/validated-item';
import type { ListLookup } from './people-list-messages';

/**
 * A list page asks about 10-25 people at once. Their lookups share Stardex's 60 requests a minute
 * with saves (every request is also paced by lib/stardex/request-pacing.background.ts), and must
 * never starve them: list lookups get at most half the window, so at least half is always left for
 * saves, whatever the list's size.
 */
export const LIST_LOOKUPS_PER_WINDOW = 30;

/** A lookup further away than this is refused with its wait (the review shows "…" and asks again then). */
const MAX_LOOKUP_WAIT_MS = 5_000;

async function restoreWindow(): Promise<RateLimiter> {
  const window = createRateLimiter({ limit: LIST_LOOKUPS_PER_WINDOW });
  try {
    const saved = await listLookupWindowItem.getValue();
    if (saved !== null) window.fromJSON(saved);
  } catch (error) {
    if (!(error instanceof StoredValueError)) throw error;
    // A damaged window only costs pacing accuracy: the shared window still keeps every request within the limit.
    console.warn('[stardex] stored list lookup window was unreadable, starting fresh', error);
  }
  return window;
}

let lookupWindow: Promise<RateLimiter> | null = null;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the lookup's share of the window, or refuses it as rate-limited (nothing booked, nothing sent). */
async function paceListLookup(): Promise<void> {
  lookupWindow ??= restoreWindow();
  const window = await lookupWindow;
  const { waitMs, booked } = window.reserve(MAX_LOOKUP_WAIT_MS);
  if (!booked) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new StardexError({
      kind: 'rate-limited',
      message: 'Holding back list lookups to leave room for saves',
      detail: `List lookups use at most ${LIST_LOOKUPS_PER_WINDOW} of Stardex's 60 requests a minute; the next one in ${seconds} s.`,
      retryAfterSeconds: seconds,
    });
  }
  await listLookupWindowItem.setValue(window.toJSON());
  if (waitMs > 0) await sleep(waitMs);
}

/** Whether the person at `linkedinUrl` is in Stardex, by the same match as the one-person review. */
export async function lookUpListPerson(client: StardexClient, linkedinUrl: string): Promise<ListLookup> {
  await paceListLookup();
  const match = await matchPerson(client, linkedinUrl);
  if (match.status === 'matched') {
    return { status: 'in-stardex', personId: match.person.id, name: match.person.name ?? null };
  }
  return match.status === 'several' ? { status: 'several' } : { status: 'not-in-stardex' };
}
