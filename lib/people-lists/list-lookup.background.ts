import { lookUpCompany } from '../companies/company-lookup.background';
import { offLimitsReasons } from '../companies/off-limits';
import { personOffLimits } from '../companies/person-off-limits.background';
import { matchPerson } from '../persons/match-person.background';
import { confirmedPersonId } from '../persons/page-person-match.background';
import { salesNavigatorLead } from '../persons/page-person';
import type { StardexPerson } from '../stardex/schemas';
import type { StardexClient } from '../stardex/client';
import { StardexError } from '../stardex/errors';
import { createRateLimiter, type RateLimiter } from '../stardex/rate-limit';
import { listLookupWindowItem } from '../storage/items';
import { StoredValueError } from '../storage/validated-item';
import type { ListLookup, ListRowLookup, ListRowQuery } from './people-list-messages';

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

/**
 * Waits for one request's share of the window. The first request of a row's lookup is refused as
 * rate-limited when its slot is further away than MAX_LOOKUP_WAIT_MS (nothing booked, nothing sent);
 * the row's further requests (a company, a person read) wait for theirs, so a row is never half asked.
 */
async function paceListLookup(maxWaitMs: number): Promise<void> {
  lookupWindow ??= restoreWindow();
  const window = await lookupWindow;
  const { waitMs, booked } = window.reserve(maxWaitMs);
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

/** The client of one row's lookup: every request it sends is booked in the list lookups' share of the window. */
function pacedForLookup(client: StardexClient): StardexClient {
  let first = true;
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await paceListLookup(first ? MAX_LOOKUP_WAIT_MS : Number.POSITIVE_INFINITY);
        first = false;
        return (value as (...all: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/**
 * Whether one row's person is in Stardex, and whether they are off-limits:
 * - a row with a public URL: the same match as the one-person review; off-limits from the Stardex
 *   person (their company and their own mark), as the badge judges it;
 * - a Sales Navigator row (a lead id, no URL): in Stardex only as the person the user confirmed for
 *   that lead on its page (lib/persons/page-person-match.background.ts), else `not-certain`; a name
 *   search is never certain. Off-limits from that person, else from the company the row shows.
 */
export async function lookUpListRow(client: StardexClient, row: ListRowQuery): Promise<ListRowLookup> {
  const paced = pacedForLookup(client);
  const match = await matchRow(paced, row);
  if (match.lookup.status === 'in-stardex' && match.person) {
    return { lookup: match.lookup, offLimits: await personOffLimits(paced, match.person) };
  }
  const company = row.company ? await lookUpCompany(paced, { linkedinUrl: null, name: row.company }) : null;
  const offLimits = company?.status === 'found' ? offLimitsReasons(company.company, null) : [];
  return { lookup: match.lookup, offLimits };
}

async function matchRow(
  client: StardexClient,
  row: ListRowQuery,
): Promise<{ lookup: ListLookup; person: StardexPerson | null }> {
  if (row.linkedinUrl) {
    const match = await matchPerson(client, row.linkedinUrl);
    if (match.status === 'matched') {
      const lookup = { status: 'in-stardex' as const, personId: match.person.id, name: match.person.name ?? null };
      return { lookup, person: match.person };
    }
    return { lookup: { status: match.status === 'several' ? 'several' : 'not-in-stardex' }, person: null };
  }
  const lead = row.leadId ? salesNavigatorLead(row.leadId) : null;
  const confirmed = lead && (await confirmedPersonId(lead));
  if (!confirmed) return { lookup: { status: 'not-certain' }, person: null };
  try {
    const person = await client.getPerson(confirmed);
    return { lookup: { status: 'in-stardex', personId: person.id, name: person.name ?? null }, person };
  } catch (error) {
    // Deleted in Stardex since the user confirmed it: the lead's own review drops the link and says so.
    if (error instanceof StardexError && error.personNotFound)
      return { lookup: { status: 'not-certain' }, person: null };
    throw error;
  }
}
