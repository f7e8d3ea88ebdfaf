import { z } from 'zod';

/**
 * A company as Stardex answers it (`POST /v1/companies/search`, `GET /v1/companies/{id}`,
 * `POST /v1/companies`), as far as the extension reads it: strict about the id and name it shows and
 * sends back, liberal about the rest. Undocumented shapes of a part (a `client_status` that is not
 * `{id, name}`, metadata that is not an object) cost that part only, never the warning.
 */
const text = z.string().nullish().catch(null);

export const companySchema = z.object({
  id: z.guid('Expected a UUID'),
  name: z.string().trim().min(1),
  linkedin_url: text,
  linkedin_id: z.union([z.number(), z.string()]).nullish().catch(null),
  domain: text,
  location: text,
  is_client: z.boolean().nullish().catch(null),
  client_status: z.object({ name: text }).nullish().catch(null),
  do_not_contact: z.boolean().nullish().catch(null),
  /** "null or an object" in the docs, its keys unnamed: see ./off-limits.ts for what is read from it. */
  do_not_contact_metadata: z.record(z.string(), z.unknown()).nullish().catch(null),
});
export type StardexCompany = z.infer<typeof companySchema>;

/** The fields "Add company to Stardex" sends to `POST /v1/companies` (what the page shows of the company). */
export const companyCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(300),
  linkedin_url: z.string().url().max(300).optional(),
  location: z.string().trim().min(1).max(300).optional(),
  domain: z.string().trim().min(1).max(300).optional(),
});
export type CompanyCreate = z.infer<typeof companyCreateSchema>;
