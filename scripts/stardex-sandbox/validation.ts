import { z } from 'zod';

/** `offset` and `limit` of every search body, with the words Stardex's validation uses. */
export const pagingShape = {
  offset: z.number({ error: 'offset must be an integer >= 0' }).int().min(0).default(0),
  limit: z
    .number({ error: 'limit must be an integer from 1 to 100' })
    .int({ error: 'limit must be an integer from 1 to 100' })
    .min(1, { error: 'limit must be an integer from 1 to 100' })
    .max(100, { error: 'limit must be an integer from 1 to 100' })
    .default(20),
};
export const keywordsSchema = z.array(z.string({ error: 'keywords[] must be strings' })).default([]);

/** Strict bodies: an unknown field is a 400, so a client sending e.g. `linkedin_headline` to create finds out. */

const text = (field: string) => z.string({ error: `${field} must be a string` });
const optionalText = (field: string) => text(field).optional();

export const searchBodySchema = z.looseObject({
  linkedin_url: optionalText('linkedin_url'),
  email: optionalText('email'),
  phone: optionalText('phone'),
  name: optionalText('name'),
  ...pagingShape,
});

export const createBodySchema = z.strictObject({
  name: z.string({ error: 'name is required' }).trim().min(1, { error: 'name is required' }),
  linkedin_url: z.string({ error: 'linkedin_url is required' }).trim().min(1, { error: 'linkedin_url is required' }),
  first_name: optionalText('first_name'),
  last_name: optionalText('last_name'),
  current_job_title: optionalText('current_job_title'),
  linkedin_location: optionalText('linkedin_location'),
  company_name: optionalText('company_name'),
  emails: z.array(text('emails[]')).optional(),
  phone_numbers: z.array(text('phone_numbers[]')).optional(),
  work_email: optionalText('work_email'),
  personal_email: optionalText('personal_email'),
  work_phone: optionalText('work_phone'),
  mobile_phone: optionalText('mobile_phone'),
  notes: optionalText('notes'),
  job_id: optionalText('job_id'),
  job_name: optionalText('job_name'),
  client_name: optionalText('client_name'),
  client_id: optionalText('client_id'),
  external_source_id: optionalText('external_source_id'),
  enrich_record: z.boolean({ error: 'enrich_record must be a boolean' }).optional(),
});

const contactSchema = z.strictObject({
  contact_data_type: text('contact_data_type'),
  value: text('value'),
});

export const patchBodySchema = z.strictObject({
  linkedin_url: optionalText('linkedin_url'),
  emails: z.array(contactSchema).optional(),
  phone_numbers: z.array(contactSchema).optional(),
  name: text('name').trim().min(1, { error: 'name must not be empty' }).optional(),
  first_name: optionalText('first_name'),
  last_name: optionalText('last_name'),
  current_job_title: optionalText('current_job_title'),
  company_name: optionalText('company_name'),
  linkedin_location: optionalText('linkedin_location'),
  linkedin_headline: optionalText('linkedin_headline'),
  address: optionalText('address'),
  enrich_record: z.boolean({ error: 'enrich_record must be a boolean' }).optional(),
  work_email: optionalText('work_email'),
  personal_email: optionalText('personal_email'),
  mobile_phone: optionalText('mobile_phone'),
  work_phone: optionalText('work_phone'),
  job_id: optionalText('job_id'),
  custom_fields: z.array(z.looseObject({ attribute_id: text('custom_fields[].attribute_id') })).optional(),
});

export type CreateBody = z.output<typeof createBodySchema>;
export type PatchBody = z.output<typeof patchBodySchema>;

/** One line per problem, e.g. `limit: limit must be an integer from 1 to 100`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
