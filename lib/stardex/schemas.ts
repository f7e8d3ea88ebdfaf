import { z } from 'zod';
import type { ContactValue, StardexPerson } from './types';

/**
 * Runtime checks for every Stardex answer. Person objects are lenient: unknown fields are dropped,
 * and fields the docs do not promise (linkedin_url, linkedin_headline, linkedin_location, ...) may
 * be missing or null.
 */

const optionalText = z.string().nullish();

/** Create takes plain strings while reads return objects; accept both and normalise to objects. */
const contactValueSchema = z.union([
  z.object({ contact_data_type: optionalText, value: z.string() }),
  z.string().transform((value): ContactValue => ({ contact_data_type: null, value })),
]);
const contactListSchema = z.array(contactValueSchema).nullish();

export const personSchema = z.object({
  id: z.string().min(1),
  name: optionalText,
  first_name: optionalText,
  last_name: optionalText,
  linkedin_public_id: optionalText,
  linkedin_url: optionalText,
  linkedin_headline: optionalText,
  linkedin_location: optionalText,
  current_job_title: optionalText,
  current_company_name: optionalText,
  emails: contactListSchema,
  phones: contactListSchema,
}) satisfies z.ZodType<StardexPerson>;

/** `POST /v1/persons` answers with `company_name` where reads say `current_company_name`. */
export const createdPersonSchema = personSchema
  .extend({ company_name: optionalText })
  .transform(({ company_name, ...person }): StardexPerson => ({
    ...person,
    current_company_name: person.current_company_name ?? company_name,
  }));

export function successEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), data });
}

export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({
    success: z.literal(true),
    data: z.array(item),
    meta: z.object({
      total: z.number().int().nonnegative(),
      offset: z.number().int().nonnegative(),
      limit: z.number().int().nonnegative(),
    }),
  });
}

export const personEnvelopeSchema = successEnvelope(personSchema);
export const createdPersonEnvelopeSchema = successEnvelope(createdPersonSchema);
export const personListEnvelopeSchema = listEnvelope(personSchema);
export const updateEnvelopeSchema = successEnvelope(z.object({ message: z.string() }));
/** The answer's data is not documented; only the success envelope is relied on. */
export const activityEnvelopeSchema = successEnvelope(z.unknown());

/** Shape 1: `{success:false, error:{code, message, ...}}`; 429s add the retry fields. */
export const codedErrorSchema = z.object({
  success: z.literal(false),
  error: z.object({
    code: z.string(),
    message: z.string().optional(),
    retry_after_seconds: z.number().nonnegative().optional(),
    limit: z.number().optional(),
    reset_at: z.union([z.string(), z.number()]).optional(),
  }),
});

/** Shape 2 (older endpoints): `{error: "Invalid API key", data: null}`. */
export const legacyErrorSchema = z.object({ error: z.string(), data: z.null() });

/** Shape 3 (framework 404/500): `message` may be a list of validation messages. */
export const frameworkErrorSchema = z.object({
  message: z.union([z.string(), z.array(z.string())]),
  error: z.string(),
  statusCode: z.number().int(),
});

export interface ParsedErrorBody {
  code: string | null;
  message: string | null;
  retryAfterSeconds: number | null;
}

/** Reads whichever of the three error shapes `body` has; `null` when it is none of them. */
export function parseErrorBody(body: unknown): ParsedErrorBody | null {
  const coded = codedErrorSchema.safeParse(body);
  if (coded.success) {
    const { code, message, retry_after_seconds } = coded.data.error;
    return { code, message: message ?? null, retryAfterSeconds: retry_after_seconds ?? null };
  }
  const legacy = legacyErrorSchema.safeParse(body);
  if (legacy.success) return { code: null, message: legacy.data.error, retryAfterSeconds: null };
  const framework = frameworkErrorSchema.safeParse(body);
  if (framework.success) {
    const { message } = framework.data;
    return { code: null, message: Array.isArray(message) ? message.join('; ') : message, retryAfterSeconds: null };
  }
  return null;
}
