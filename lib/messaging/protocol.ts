import { z } from 'zod';
import { failureSchema } from '../failure';
import { noteSchema } from '../notes';
import { settingsSchema } from '../settings/settings';
import { personIdSchema, personSchema } from '../stardex/schemas';
import { CREATE_INPUT_FIELDS, recordOf } from '../fields';
import { PROFILE_FIELDS } from '../linkedin/types';
import { peopleListReadingSchema } from '../people-lists/people-list-schema';
import { peopleListRequestSchemas, peopleListResponseSchemas } from '../people-lists/people-list-messages';
import { fieldValueSchema, personPatchSchema } from './person-patch';
import { conversationSchema } from '../conversations/conversation-schema';
import { queuedAttemptSchema } from '../outbox/queued-attempt';
import { conversationRequestSchemas, conversationResponseSchemas } from '../conversations/conversation-messages';
import {
  placementChoiceSchema,
  placementRequestSchemas,
  placementResponseSchemas,
} from '../placements/placement-messages';
import { pagePersonRequestSchemas, pagePersonResponseSchemas } from '../persons/page-person-messages';
import { pagePersonSchema } from '../persons/page-person';
import { companyRequestSchemas, companyResponseSchemas } from '../companies/company-messages';
import { outboxRequestSchemas } from '../outbox/outbox-messages';

/**
 * The one protocol between extension pages (popup, options) and the background worker.
 * The background validates every request; pages validate every response.
 */
const tabId = z.number().int().nonnegative();
type CreateInputField = (typeof CREATE_INPUT_FIELDS)[number];
const requiredOnCreate = (field: CreateInputField): field is Extract<CreateInputField, { create: 'required' }> =>
  field.create === 'required';
const optionalOnCreate = (field: CreateInputField): field is Exclude<CreateInputField, { create: 'required' }> =>
  !requiredOnCreate(field);
/**
 * What the popup may ask Stardex to create: the reviewed values and contacts of lib/fields.ts that
 * `POST /v1/persons` takes or that follow it as a PATCH; the URL comes from the profile.
 */
const personCreateInputSchema = z.strictObject({
  ...recordOf(
    CREATE_INPUT_FIELDS.filter(requiredOnCreate),
    (field) => field.patchKey,
    (field) =>
      z.string().trim().min(1, `A ${field.label.toLowerCase()} is needed to create a person.`).max(field.maxLength),
  ),
  ...recordOf(
    CREATE_INPUT_FIELDS.filter(optionalOnCreate),
    (field) => field.patchKey,
    (field) => fieldValueSchema(field).optional(),
  ),
  enrich_record: z.boolean().optional(),
});
export type PersonCreateInput = z.infer<typeof personCreateInputSchema>;
const linkedinUrl = z.string().url().max(300);
const personId = personIdSchema;

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('settings/get') }),
  z.object({
    type: z.literal('settings/save'),
    apiKey: z.string().max(600).optional(),
    baseUrl: z.string().max(300).optional(),
    onlyFillEmpty: z.boolean().optional(),
    badgeLookup: z.boolean().optional(),
    reviewOpensIn: settingsSchema.shape.reviewOpensIn.unwrap().optional(),
  }),
  z.object({ type: z.literal('settings/test-connection') }),
  z.object({ type: z.literal('settings/remove-api-key') }),
  z.object({ type: z.literal('data/status') }),
  z.object({ type: z.literal('data/clear') }),
  z.object({ type: z.literal('tab/read-profile'), tabId }),
  z.object({ type: z.literal('person/match'), linkedinUrl }),
  z
    .object({
      type: z.literal('person/save'),
      tabId: tabId.nullable(),
      personId,
      personName: z.string().max(300).nullable(),
      linkedinUrl,
      patch: personPatchSchema,
      /** A general note to add to the person; null for none. */
      note: noteSchema.nullable(),
      /** Issue 13: a job (and stage) and a list to put the person on in the same save. */
      placement: placementChoiceSchema.optional(),
    })
    .refine(
      (save) =>
        Object.keys(save.patch).length > 0 ||
        save.note !== null ||
        save.placement?.job != null ||
        save.placement?.list != null,
      'There is nothing to save.',
    ),
  z.object({ type: z.literal('person/get'), personId }),
  z.object({ type: z.literal('person/search'), query: z.string().trim().min(2).max(200) }),
  z.object({
    type: z.literal('person/create'),
    tabId: tabId.nullable(),
    linkedinUrl,
    person: personCreateInputSchema,
    /** Issue 13: create puts the person on the job (`job_id`); stage and list follow as steps. */
    placement: placementChoiceSchema.optional(),
  }),
  z.object({
    type: z.literal('link/set'),
    linkedinUrl,
    personId,
    /** Issue 22 item 13: the record's legacy LinkedIn address the user was shown and confirmed ("It is this person"). */
    confirmedLegacyUrl: z.string().max(2_000).optional(),
  }),
  z.object({ type: z.literal('link/remove'), linkedinUrl }),
  z.object({ type: z.literal('outbox/list'), linkedinUrl: linkedinUrl.nullable() }),
  z.object({ type: z.literal('outbox/retry'), id: z.string().uuid(), linkedinUrl: linkedinUrl.nullable() }),
  z.object({ type: z.literal('outbox/discard'), id: z.string().uuid(), linkedinUrl: linkedinUrl.nullable() }),
  ...placementRequestSchemas,
  ...conversationRequestSchemas,
  ...pagePersonRequestSchemas,
  ...companyRequestSchemas,
  ...outboxRequestSchemas,
  ...peopleListRequestSchemas,
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

const profileFieldsSchema = z.object(
  recordOf(
    PROFILE_FIELDS,
    (field) => field,
    () => z.string().nullable(),
  ),
);

/** What the content script answers, plus the background's own "cannot read this tab" answers. */
export const tabProfileSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('profile'),
    fields: profileFieldsSchema,
    sources: z.record(z.string(), z.string()),
    missing: z.array(z.string()),
    /** lib/linkedin/types.ts ExperienceState: `not-on-page` makes the popup offer to read again. */
    experience: z.enum(['current-role', 'no-current-role', 'not-on-page']).optional(),
    /** Set by the background from the tab's URL on pages naming their person by its own id (lib/persons/page-person.ts). */
    pagePerson: pagePersonSchema.optional(),
    /** lib/linkedin/types.ts: the current company's LinkedIn page, what the company is looked up by (issue 23). */
    companyLinkedinUrl: z.string().url().max(300).nullable().optional(),
  }),
  z.object({ kind: z.literal('not-a-profile'), reason: z.string() }),
  z.object({ kind: z.literal('loading'), reason: z.string() }),
  conversationSchema,
  peopleListReadingSchema,
]);
export type TabProfile = z.infer<typeof tabProfileSchema>;

/** A Stardex person as the background read it (lib/stardex/schemas), passed on to the popup. */
const personSummarySchema = personSchema;
export type PersonSummary = z.infer<typeof personSummarySchema>;

const settingsViewSchema = z.object({
  /** A key is saved for the origin of `baseUrl`, so requests can be made. */
  hasApiKey: z.boolean(),
  apiKeyHint: z.string().nullable(),
  /** The origin the saved key was typed for; it is never sent anywhere else. */
  apiKeyOrigin: z.string().nullable(),
  baseUrl: z.string(),
  onlyFillEmpty: z.boolean(),
  badgeLookup: z.boolean(),
  reviewOpensIn: settingsSchema.shape.reviewOpensIn.unwrap(),
  /** Stored settings (and `apiKey`) that were damaged and now read as their defaults (issue 22 item 8). */
  resetSettings: z.array(z.string()),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

/** What "Clear saved data" would remove, shown in Options before the user confirms. */
const savedDataStatusSchema = z.object({
  unsentSaves: z.number().int().nonnegative(),
  /** Of them, those that failed and wait for the user ("Retry all"). */
  failedSaves: z.number().int().nonnegative(),
  setAside: z.number().int().nonnegative(),
});
export type SavedDataStatus = z.infer<typeof savedDataStatusSchema>;

const doneSchema = z.object({ message: z.string() });

/** `baseUrl`: the address that was checked, named in the words of a failure. */
const connectionSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), failure: failureSchema, baseUrl: z.string() }),
]);
export type ConnectionCheck = z.infer<typeof connectionSchema>;

const matchResultSchema = z.discriminatedUnion('status', [
  /** `linked`: found through a link the user made by hand, not by LinkedIn URL. */
  z.object({ status: z.literal('matched'), person: personSummarySchema, linked: z.boolean() }),
  z.object({ status: z.literal('several'), persons: z.array(personSummarySchema) }),
  z.object({ status: z.literal('none'), note: z.string().optional() }),
]);
export type MatchResult = z.infer<typeof matchResultSchema>;

/**
 * What "Link" did: linked (a match), or nothing yet because the person's record stores a legacy LinkedIn
 * address (`legacyUrl`) that cannot be compared with the profile, so the user must confirm it first.
 */
const linkOutcomeSchema = z.discriminatedUnion('status', [
  ...matchResultSchema.options,
  z.object({ status: z.literal('legacy-url'), person: personSummarySchema, legacyUrl: z.string() }),
]);
export type LinkOutcome = z.infer<typeof linkOutcomeSchema>;

export type { QueuedAttempt } from '../outbox/queued-attempt';

/** A part of a save that Stardex refused for good while other parts went through (issue 22). */
const notSavedSchema = z.object({ parts: z.array(z.string()), failure: failureSchema });

const saveOutcomeSchema = z.discriminatedUnion('status', [
  /** `notice`: how the save was confirmed when Stardex's answer could not be read (a read-back). */
  /** `placed`: the job, stage and list steps that reached Stardex with it (issue 13). */
  z.object({
    status: z.literal('saved'),
    personId,
    fields: z.array(z.string()),
    notice: z.string().optional(),
    placed: z.array(z.string()).optional(),
  }),
  /** Stardex could not take it yet; the outbox retries on its own. */
  /** `stuckPart`: when earlier steps of the save went through, what the waiting step does. */
  z.object({
    status: z.literal('queued'),
    personId,
    fields: z.array(z.string()),
    attempt: queuedAttemptSchema,
    stuckPart: z.array(z.string()).optional(),
  }),
  /**
   * `fields` (and `placed`) reached Stardex; `notSaved` was refused and waits in the outbox for the
   * user, without the parts that went through (so a retry never sends an applied PATCH again).
   */
  z.object({
    status: z.literal('partly-saved'),
    personId,
    fields: z.array(z.string()),
    notice: z.string().optional(),
    placed: z.array(z.string()).optional(),
    notSaved: notSavedSchema,
  }),
]);
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

const createOutcomeSchema = z.object({
  /** `existing`: Stardex already had this profile (found before or after a failed create); nothing new was made. */
  status: z.enum(['created', 'existing']),
  person: personSummarySchema,
  message: z.string(),
  /**
   * What became of the rest of the review (the values create takes no part in, the job's stage, the
   * list; for an existing person, the whole review as a save to them): null when there was none.
   */
  then: saveOutcomeSchema.nullable(),
});
export type CreateOutcome = z.infer<typeof createOutcomeSchema>;

const queuedSaveSchema = queuedAttemptSchema.extend({
  id: z.string(),
  personId,
  personName: z.string().nullable(),
  /** Null for a save reviewed on a lead or candidate page without a public URL. */
  linkedinUrl: z.string().nullable(),
  fields: z.array(z.string()),
});

const outboxViewSchema = z.object({
  pending: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  forProfile: z.array(queuedSaveSchema),
  /** Damaged stored entries set aside (outbox, drafts, links); shown so the user knows, cleared in Options. */
  setAside: z.number().int().nonnegative(),
});
export type OutboxView = z.infer<typeof outboxViewSchema>;

export const responseSchemas = {
  'settings/get': settingsViewSchema,
  'settings/save': z.object({ settings: settingsViewSchema, connection: connectionSchema.nullable() }),
  'settings/test-connection': connectionSchema,
  'settings/remove-api-key': doneSchema,
  'data/status': savedDataStatusSchema,
  'data/clear': doneSchema,
  'tab/read-profile': tabProfileSchema,
  'person/match': matchResultSchema,
  'person/save': saveOutcomeSchema,
  'person/get': personSummarySchema,
  'person/search': z.array(personSummarySchema),
  'person/create': createOutcomeSchema,
  'link/set': linkOutcomeSchema,
  'link/remove': matchResultSchema,
  'outbox/list': outboxViewSchema,
  'outbox/retry': outboxViewSchema,
  'outbox/discard': outboxViewSchema,
  'outbox/retry-all': outboxViewSchema,
  ...placementResponseSchemas,
  ...conversationResponseSchemas,
  ...pagePersonResponseSchemas,
  ...companyResponseSchemas,
  'page-person/save': saveOutcomeSchema,
  ...peopleListResponseSchemas,
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: failureSchema }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;
