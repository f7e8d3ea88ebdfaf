/**
 * Where each row of the list review stands with Stardex, as the table shows it: … still looking,
 * ✓ in Stardex, + not in Stardex, ? several people or not certain (with why), and whether the
 * person is off-limits.
 */
import type { OffLimitsReason } from '../companies/off-limits';
import type { Failure } from '../failure';
import type { ListPerson } from './people-list-types';
import type { ListLookup, ListRowQuery } from './people-list-messages';

export type RowLookup =
  | { state: 'looking' }
  | { state: 'known'; lookup: ListLookup; offLimits: OffLimitsReason[] }
  /** Neither a public URL nor a lead id (an anonymised member): nobody to look up, so nothing is asked. */
  | { state: 'no-url' }
  | { state: 'failed'; failure: Failure };

export type LookupSymbol = '…' | '✓' | '+' | '?';

export function lookupSymbol(row: RowLookup): LookupSymbol {
  if (row.state === 'looking') return '…';
  if (row.state !== 'known') return '?';
  if (row.lookup.status === 'in-stardex') return '✓';
  return row.lookup.status === 'not-in-stardex' ? '+' : '?';
}

/** What a row is looked up by; null for a row that names nobody (an anonymised member). */
export function rowQuery(person: ListPerson): ListRowQuery | null {
  if (!person.url && !person.leadId) return null;
  return { linkedinUrl: person.url, leadId: person.url ? null : person.leadId, company: person.company };
}

/** The first lookup of a freshly read list: every row naming someone is still to be looked up. */
export function initialLookups(people: readonly ListPerson[]): RowLookup[] {
  return people.map((person) => (rowQuery(person) ? { state: 'looking' } : { state: 'no-url' }));
}

/** Why the row's person is off-limits in Stardex; none while not known. */
export function offLimitsOf(row: RowLookup): OffLimitsReason[] {
  return row.state === 'known' ? row.offLimits : [];
}

/** How long to wait before asking again after a refusal for the rate limit; null when asking again will not help. */
export function retryDelayMs(failure: Failure): number | null {
  if (failure.kind !== 'rate-limited') return null;
  return Math.max(1, failure.retryAfterSeconds ?? 1) * 1000;
}
