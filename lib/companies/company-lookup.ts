import { z } from 'zod';
import { companySchema } from './company-schema';

/**
 * What a company lookup found: the Stardex company (and how: by its LinkedIn company URL or by its
 * exact name), or none. Shared by the review's message and the lookups' memory in storage.session.
 */
export const companyLookupSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), company: companySchema, by: z.enum(['linkedin-url', 'name', 'id']) }),
  z.object({ status: z.literal('none') }),
]);
export type CompanyLookup = z.infer<typeof companyLookupSchema>;
