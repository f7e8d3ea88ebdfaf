import { z } from 'zod';
import type { StardexCompany } from './company-schema';

/**
 * Why a person must not be approached (executive search's off-limits rules): they work at a client,
 * at a company marked do-not-contact, or are marked do-not-contact themselves. Data, worded by
 * lib/ui-words/companies.ts; stored with the badge's memory, so it has a schema.
 */
export const offLimitsReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('client'), company: z.string(), status: z.string().nullable() }),
  z.object({
    kind: z.literal('company-do-not-contact'),
    company: z.string(),
    reason: z.string().nullable(),
    date: z.string().nullable(),
  }),
  z.object({ kind: z.literal('person-do-not-contact'), reason: z.string().nullable(), date: z.string().nullable() }),
]);
export type OffLimitsReason = z.infer<typeof offLimitsReasonSchema>;

/** Where a person's own do-not-contact mark is, when Stardex returns one (its person read does not document it). */
export interface DoNotContactMark {
  do_not_contact?: boolean | null | undefined;
  do_not_contact_metadata?: Record<string, unknown> | null | undefined;
}

/** The metadata's keys are not documented: the first text under a name that says what it holds. */
function metadataText(metadata: Record<string, unknown> | null | undefined, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = metadata?.[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function markDetails(metadata: Record<string, unknown> | null | undefined) {
  return {
    reason: metadataText(metadata, ['reason', 'note', 'comment']),
    date: metadataText(metadata, ['date', 'updated_at', 'created_at']),
  };
}

/** Every reason that holds, the company's before the person's; none for an ordinary company and person. */
export function offLimitsReasons(company: StardexCompany | null, person: DoNotContactMark | null): OffLimitsReason[] {
  const reasons: OffLimitsReason[] = [];
  if (company?.is_client) {
    reasons.push({ kind: 'client', company: company.name, status: company.client_status?.name ?? null });
  }
  if (company?.do_not_contact) {
    reasons.push({
      kind: 'company-do-not-contact',
      company: company.name,
      ...markDetails(company.do_not_contact_metadata),
    });
  }
  if (person?.do_not_contact) {
    reasons.push({ kind: 'person-do-not-contact', ...markDetails(person.do_not_contact_metadata) });
  }
  return reasons;
}
