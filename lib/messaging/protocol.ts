import { z } from 'zod';
import { personPatchSchema } from './person-patch';

/**
 * The one protocol between extension pages (popup, options) and the background worker.
 * The background validates every request; pages validate every response.
 */
const tabId = z.number().int().nonnegative();
const linkedinUrl = z.string().url().max(300);
const personId = z.string().uuid();

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('settings/get') }),
  z.object({
    type: z.literal('settings/save'),
    apiKey: z.string().max(600).optional(),
    baseUrl: z.string().max(300).optional(),
    onlyFillEmpty: z.boolean().optional(),
  }),
  z.object({ type: z.literal('settings/test-connection') }),
  z.object({ type: z.literal('tab/read-profile'), tabId }),
  z.object({ type: z.literal('person/match'), linkedinUrl }),
  z.object({
    type: z.literal('person/save'),
    tabId: tabId.nullable(),
    personId,
    linkedinUrl,
    patch: personPatchSchema,
  }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

const profileFieldsSchema = z.object({
  url: z.string().nullable(),
  name: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  headline: z.string().nullable(),
  location: z.string().nullable(),
  title: z.string().nullable(),
  company: z.string().nullable(),
});

/** What the content script answers, plus the background's own "cannot read this tab" answers. */
export const tabProfileSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('profile'),
    fields: profileFieldsSchema,
    sources: z.record(z.string(), z.string()),
    missing: z.array(z.string()),
  }),
  z.object({ kind: z.literal('not-a-profile'), reason: z.string() }),
  z.object({ kind: z.literal('loading'), reason: z.string() }),
]);
export type TabProfile = z.infer<typeof tabProfileSchema>;

export const personSummarySchema = z.object({
  id: personId,
  name: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  linkedin_public_id: z.string().nullish(),
  linkedin_url: z.string().nullish(),
  linkedin_headline: z.string().nullish(),
  linkedin_location: z.string().nullish(),
  current_job_title: z.string().nullish(),
  current_company_name: z.string().nullish(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

const settingsViewSchema = z.object({
  hasApiKey: z.boolean(),
  apiKeyHint: z.string().nullable(),
  baseUrl: z.string(),
  onlyFillEmpty: z.boolean(),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

const connectionSchema = z.object({ ok: z.boolean(), message: z.string(), detail: z.string().optional() });
export type ConnectionCheck = z.infer<typeof connectionSchema>;

export const matchResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('matched'), person: personSummarySchema }),
  z.object({ status: z.literal('several'), persons: z.array(personSummarySchema) }),
  z.object({ status: z.literal('none') }),
]);
export type MatchResult = z.infer<typeof matchResultSchema>;

export const saveOutcomeSchema = z.object({
  status: z.literal('saved'),
  personId,
  fields: z.array(z.string()),
});
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

export const responseSchemas = {
  'settings/get': settingsViewSchema,
  'settings/save': z.object({ settings: settingsViewSchema, connection: connectionSchema.nullable() }),
  'settings/test-connection': connectionSchema,
  'tab/read-profile': tabProfileSchema,
  'person/match': matchResultSchema,
  'person/save': saveOutcomeSchema,
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** A failure as the user should read it, with the raw detail one click away. */
export const failureSchema = z.object({ message: z.string(), detail: z.string().optional() });
export type Failure = z.infer<typeof failureSchema>;

export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: failureSchema }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;
