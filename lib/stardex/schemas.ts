import { z } from 'zod';
import { ALL_FIELDS, CONTACT_LISTS, recordOf, REVIEW_FIELDS, type ContactListPatchKey } from '../fields';
import { candidaciesSchema } from '../placements/stardex-placements';

/**
 * Runtime checks for Stardex answers (docs/stardex-answers.md). Strict about what the extension acts
 * on (ids, `linkedin_public_id`, the fields it compares with the page) and liberal about the rest:
 * unknown fields are dropped, fields the docs do not promise may be missing or null, and the
 * envelope's `success` / `error: null` / `meta` are not required, because failures are found
 * before these schemas run (`reportsFailure`).
 */

/** Stardex documents ids as UUID strings; any version, as Stardex does not say which. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const personIdSchema = z.string().regex(UUID_PATTERN, 'Expected a UUID');

const optionalText = z.string().nullish();

/** The same schema under each key: how the shapes below are built from lib/fields.ts. */
function shapeOf<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S): Record<K, S> {
  return recordOf(
    keys,
    (key) => key,
    () => schema,
  );
}

const contactValueSchema = z.object({ contact_data_type: optionalText, value: z.string() });
export type ContactValue = z.infer<typeof contactValueSchema>;

/** Create takes plain strings while reads return objects; accept both and normalise to objects. */
const readContactValueSchema = z.union([
  contactValueSchema,
  z.string().transform((value): ContactValue => ({ contact_data_type: null, value })),
]);
const contactListSchema = z.array(readContactValueSchema).nullish();

const LIST_PATCH_KEYS = Object.keys(CONTACT_LISTS) as ContactListPatchKey[];

/** A person as `GET /v1/persons/{id}` (and search) shows it: the reviewed fields and the contact lists. */
export const personSchema = z.object({
  id: personIdSchema,
  linkedin_public_id: optionalText,
  ...shapeOf(
    REVIEW_FIELDS.map((field) => field.readKey),
    optionalText,
  ),
  ...shapeOf(
    LIST_PATCH_KEYS.map((key) => CONTACT_LISTS[key].readKey),
    contactListSchema,
  ),
  /** The jobs the person is on; kept apart from the profile fields. */
  candidates: candidaciesSchema.optional(),
});
export type StardexPerson = z.infer<typeof personSchema>;

/** Reviewed fields `POST /v1/persons` answers under their PATCH key (`company_name`) where reads use another. */
const RENAMED_IN_CREATE_ANSWER = REVIEW_FIELDS.filter((field) => field.patchKey !== field.readKey);

export const createdPersonSchema = personSchema
  .extend(
    shapeOf(
      RENAMED_IN_CREATE_ANSWER.map((field) => field.patchKey),
      optionalText,
    ),
  )
  .transform((answer): StardexPerson => {
    const person: Record<string, unknown> = { ...answer };
    for (const { patchKey, readKey } of RENAMED_IN_CREATE_ANSWER) {
      person[readKey] = person[readKey] ?? person[patchKey];
      delete person[patchKey];
    }
    return person as StardexPerson;
  });

/**
 * Body of `PATCH /v1/persons/{id}` as documented: every key with its type, unknown keys refused.
 * What the extension may send is checked more strictly in lib/messaging/person-patch.ts.
 */
export const personPatchBodySchema = z.strictObject({
  ...shapeOf(
    ALL_FIELDS.map((field) => field.patchKey),
    z.string().optional(),
  ),
  ...shapeOf(LIST_PATCH_KEYS, z.array(contactValueSchema).optional()),
  enrich_record: z.boolean().optional(),
});
export type PersonPatch = z.infer<typeof personPatchBodySchema>;

/** The PATCH body with `job_id`, which puts the person on that job; kept out of the profile fields' type. */
export type PatchWithJob = PersonPatch & { job_id?: string };

/** `{data}` of any success envelope: v1 `{success: true, data}` and the older `{error: null, data}`. */
export function dataEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ data });
}

/**
 * Lists: `meta` is v1's; older endpoints leave it out. Only `total` is read, and a missing or
 * unreadable `meta` costs nothing but the total (the caller falls back to the page's length).
 */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    meta: z
      .object({ total: z.number().int().nonnegative() })
      .optional()
      .catch(() => undefined),
  });
}

export const personEnvelopeSchema = dataEnvelope(personSchema);
export const createdPersonEnvelopeSchema = dataEnvelope(createdPersonSchema);
export const personListEnvelopeSchema = listEnvelope(personSchema);

/** Shape 1 with the 429's retry fields, as far as the rate limiter reads them. */
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

export interface ParsedErrorBody {
  code: string | null;
  message: string | null;
  /** Shape 3's `statusCode`, which may differ from the HTTP status a proxy or framework answered with. */
  statusCode: number | null;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The body says the request failed, whatever the HTTP status: `success: false`, or a non-null
 * `error` (shape 1's object, shape 2's and 3's string). `error: null` beside data is the older
 * success envelope, not a failure.
 */
export function reportsFailure(body: unknown): boolean {
  return isObject(body) && (body.success === false || (body.error !== undefined && body.error !== null));
}

/** A body that positively says "done": v1's `success: true` or the older `error: null`, and no failure. */
export function reportsSuccess(body: unknown): boolean {
  return isObject(body) && !reportsFailure(body) && (body.success === true || body.error === null);
}

/**
 * Stardex's own words from whichever error shape `body` has: shape 1 `{success:false, error:{code,
 * message}}`, shape 2 `{error: "Invalid API key", data: null}`, shape 3 `{message, error, statusCode}`
 * (`message` may be a list of validation messages), or a mix of them. Null when it has none.
 */
export function parseErrorBody(body: unknown): ParsedErrorBody | null {
  if (!isObject(body)) return null;
  const { error, message, statusCode } = body;
  const coded = isObject(error) ? error : {};
  const code = typeof coded.code === 'string' && coded.code.trim() ? coded.code : null;
  const words = [coded.message, textOf(message), error].find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
  );
  const status = typeof statusCode === 'number' && Number.isInteger(statusCode) ? statusCode : null;
  if (code === null && words === undefined && status === null) return null;
  return { code, message: words ?? null, statusCode: status };
}

function textOf(message: unknown): string | undefined {
  if (typeof message === 'string') return message;
  if (Array.isArray(message) && message.every((part) => typeof part === 'string')) return message.join('; ');
  return undefined;
}
