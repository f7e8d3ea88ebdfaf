import { z } from 'zod';
import { companyLookupSchema } from './company-lookup';
import { companyCreateSchema } from './company-schema';

/**
 * The review's messages for issue 23 (the current company in Stardex), kept in one block that
 * lib/messaging/protocol.ts adds to its request and response tables.
 */
const linkedinUrl = z.string().url().max(300);

export const companyRequestSchemas = [
  /** Null when neither a company page nor a name is given: there is nothing to look up. */
  z.object({
    type: z.literal('company/lookup'),
    linkedinUrl: linkedinUrl.nullable(),
    name: z.string().trim().max(300).nullable(),
  }),
  /**
   * "Add company to Stardex": through the outbox, as a step of the person's (`personId`, reviewed as
   * `linkedinUrl`): search, create only when missing, then the person's `company_name` as Stardex spells it.
   */
  z.object({
    type: z.literal('company/add'),
    tabId: z.number().int().nonnegative().nullable(),
    personId: z.guid(),
    personName: z.string().max(300).nullable(),
    linkedinUrl,
    company: companyCreateSchema,
  }),
] as const;

export const companyResponseSchemas = {
  'company/lookup': companyLookupSchema.nullable(),
  /** `queued`: Stardex could not take it yet; the outbox retries on its own and the review lists it. */
  'company/add': z.object({ status: z.enum(['added', 'queued']) }),
};
