/**
 * Where each row of the list review stands with Stardex, as the table shows it: … still looking,
 * ✓ in Stardex, + not in Stardex, ? several people or not certain (with why).
 */
import type { Failure } from '../failure';
import type { ListPerson } from './people-list-types';
import type { ListLookup } from './people-list-messages';

export type RowLookup =
  | { state: 'looking' }
  | { state: 'known'; lookup: ListLookup }
  /** No public URL (Sales Navigator, an anonymised member): no lookup can be certain, so none is made. */
  | { state: 'no-url' }
  | { state: 'failed'; failure: Failure };

export type LookupSymbol = '…' | '✓' | '+' | '?';

export function lookupSymbol(row: RowLookup): LookupSymbol {
  if (row.state === 'looking') return '…';
  if (row.state !== 'known') return '?';
  if (row.lookup.status === 'in-stardex') return '✓';
  return row.lookup.status === 'not-in-stardex' ? '+' : '?';
}

/** The first lookup of a freshly read list: every row with a URL is still to be looked up. */
export function initialLookups(people: readonly ListPerson[]): RowLookup[] {
  return people.map((person) => (person.url ? { state: 'looking' } : { state: 'no-url' }));
}

/** How long to wait before asking again after a refusal for the rate limit; null when asking again will not help. */
export function retryDelayMs(failure: Failure): number | null {
  if (failure.kind !== 'rate-limited') return null;
  return Math.max(1, failure.retryAfterSeconds ?? 1) * 1000;
}
