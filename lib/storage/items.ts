import { z } from 'zod';
import { storedApiKeyValueSchema, type StoredApiKey } from '../settings/api-key-schema';
import { canRestrictStorage, restrictStorageToExtension } from '../settings/storage-lock';
import { MAX_DRAFTS, draftSchema } from '../drafts/draft-schema';
import { outboxEntryToV2 } from '../outbox/migrations';
import { OUTBOX_CAPACITY, outboxEntrySchema } from '../outbox/schema';
import { DEFAULT_SETTINGS, repairSettings, settingsSchema } from '../settings/settings';
import { RECENT_JOBS_KEPT, recentJobSchema } from '../placements/recent-jobs';
import { rateLimiterStateSchema } from '../stardex/rate-limit';
import { companyLookupSchema } from '../companies/company-lookup';
import { offLimitsReasonSchema } from '../companies/off-limits';
import { listRunRecordSchema } from '../people-lists/list-run-record';
import { defineDatabaseItem } from './extension-database';
import { registeredItems } from './registry';
import {
  defineValidatedItem,
  defineValidatedList,
  defineValidatedRecord,
  type CollectionDefinition,
} from './validated-item';

/**
 * Everything the extension stores, each item once: its key, its schema (checked on every read and
 * write) and its migrations. An item's version is 1 + its migrations (lib/storage/versions.ts); the
 * outbox is at version 2, the others at 1. To change what an item stores, add the step from the last version, e.g. for the
 * outbox `migrations: { 2: migrateEntryToV2 }`, a pure function from one entry as version 1 stored it
 * to the new shape, and change the schema to the new shape (docs/decisions.md, "Stored data").
 */

/** Settings any extension page may read. The API key is NOT here: see `apiKeyItem`. */
export const settingsItem = defineValidatedItem({
  key: 'local:settings',
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
  migrations: {},
  repair: repairSettings,
});

// The API key, in one of two places out of content scripts' reach: `storage.local` closed to them
// (Chromium), or else the extension's own IndexedDB (Firefox), which a content script, running in the
// page's origin, cannot open. Nothing is ever written to an area content scripts can read.
const apiKeyDefinition = { schema: storedApiKeyValueSchema, fallback: null, migrations: {} };
const apiKeyInLocal = defineValidatedItem({ key: 'local:apiKey', ...apiKeyDefinition });
const apiKeyInDatabase = defineDatabaseItem({ key: 'apiKey', ...apiKeyDefinition });
const apiKeyStore = () => (canRestrictStorage() ? apiKeyInLocal : apiKeyInDatabase);

/** The user's Stardex API key; only the background worker uses it (lib/background/api-key.ts). */
export const apiKeyItem = {
  getValue: (): Promise<StoredApiKey | null> => apiKeyStore().getValue(),
  setValue: async (value: StoredApiKey | null): Promise<void> => {
    if (canRestrictStorage()) await restrictStorageToExtension();
    await apiKeyStore().setValue(value);
  },
  removeValue: (): Promise<void> => apiKeyStore().removeValue(),
};

/** Unsaved edits per LinkedIn profile slug (lib/drafts.ts), the newest MAX_DRAFTS. */
export const draftsItem = defineValidatedRecord({
  key: 'local:drafts',
  entrySchema: draftSchema,
  max: MAX_DRAFTS,
  maxKeyLength: 200,
  migrations: {},
});

const profileLinkSchema = z.object({
  personId: z.string().uuid(),
  personName: z.string().max(300).nullable(),
  linkedAt: z.number().int().nonnegative(),
  /**
   * The legacy LinkedIn address (`/pub/…`, `/profile/view?id=…`) the person's record stored when the
   * user confirmed "It is this person" (issue 22 item 13): saves to the person are let through while the
   * record still stores exactly this address. Absent for every other link.
   */
  confirmedLegacyUrl: z.string().max(2_000).optional(),
});
export type ProfileLink = z.infer<typeof profileLinkSchema>;

/**
 * Links the user made by hand between a LinkedIn profile (slug) and a Stardex person, for people
 * Stardex cannot find by LinkedIn URL (lib/background/profile-links.ts). 5 000 is far more than anyone
 * links by hand and keeps one read cheap.
 */
export const profileLinksItem = defineValidatedRecord({
  key: 'local:profileLinks',
  entrySchema: profileLinkSchema,
  max: 5_000,
  maxKeyLength: 200,
  migrations: {},
});

/**
 * Links the user confirmed between a person a LinkedIn page names by its own id (a Sales Navigator
 * lead, a Recruiter candidate, a member id; lib/persons/page-person.ts `identityKey`) and a Stardex
 * person: such pages carry no public URL to search Stardex by.
 */
export const identityLinksItem = defineValidatedRecord({
  key: 'local:identityLinks',
  entrySchema: profileLinkSchema,
  max: 5_000,
  maxKeyLength: 200,
  migrations: {},
});

/**
 * Saves not yet confirmed by Stardex, in queue order (lib/outbox/store.ts; only the background writes
 * it). Its migrations take one entry: one that cannot move is set aside, the others keep working.
 */
export const outboxDefinition = {
  key: 'local:outbox',
  entrySchema: outboxEntrySchema,
  max: OUTBOX_CAPACITY,
  migrations: { 2: outboxEntryToV2 },
} satisfies CollectionDefinition<typeof outboxEntrySchema>;
export const outboxItem = defineValidatedList(outboxDefinition);

/** The jobs the user last put people on, most recent first: the review's first suggestions and the right-click list. */
export const recentJobsItem = defineValidatedList({
  key: 'local:recentJobs',
  entrySchema: recentJobSchema,
  max: RECENT_JOBS_KEPT,
  migrations: {},
});

/**
 * The rate-limit window (lib/background/request-pacing.ts), kept because Chrome stops the worker at
 * will and a restarted one must not forget what it sent.
 */
export const rateLimiterItem = defineValidatedItem({
  key: 'local:rateLimiter',
  schema: rateLimiterStateSchema.nullable(),
  fallback: null,
  migrations: {},
});

/**
 * The list review's own share of the rate window (lib/people-lists/list-lookup.background.ts): the
 * lookups of a list page, kept apart so they never take more than half of the window.
 */
export const listLookupWindowItem = defineValidatedItem({
  key: 'local:listLookupWindow',
  schema: rateLimiterStateSchema.nullable(),
  fallback: null,
  migrations: {},
});

/** The last list run (lib/people-lists/list-run.background.ts): its rows and their outbox entries, for its progress. */
export const listRunItem = defineValidatedItem({
  key: 'local:listRun',
  schema: listRunRecordSchema.nullable(),
  fallback: null,
  migrations: {},
});

const badgeMatchSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('matched'),
    name: z.string().max(300).nullable(),
    /** Issue 23: why the person is off-limits (their Stardex company, their own mark); the badge then shows "!". */
    offLimits: z.array(offLimitsReasonSchema).optional(),
  }),
  z.object({ kind: z.enum(['not-in-stardex', 'several', 'lookup-failed']) }),
]);
/** What the badge knows of a profile: ✓ with the person's name, +, or ? (several people, or the lookup failed). */
export type BadgeMatch = z.infer<typeof badgeMatchSchema>;

// The badge's memory (lib/background/badge-memory.ts) is in `storage.session`: it outlives the worker,
// which Chrome stops after 30 s idle, and goes with the browser session. Content scripts cannot read
// it: the area is open only to the extension's own pages and worker unless opened to them.

/** The badge's recent lookups by profile slug, with when each was made, reused for 5 minutes. */
export const recentMatchesItem = defineValidatedItem({
  key: 'session:recentMatches',
  schema: z.record(z.string(), z.object({ match: badgeMatchSchema, at: z.number().int().nonnegative() })),
  fallback: {},
  migrations: {},
});

/** What each tab's badge shows, by tab id, so a change of the outbox count redraws every tab. */
export const tabBadgesItem = defineValidatedItem({
  key: 'session:tabBadges',
  schema: z.record(z.string().regex(/^\d+$/), badgeMatchSchema),
  fallback: {},
  migrations: {},
});

/**
 * Company lookups (lib/companies/company-lookup.background.ts) by company (`url:<slug>`, `name:<name>`,
 * `id:<id>`), with when each was made, reused for a few minutes: profiles at the same employer cost one request.
 */
export const recentCompaniesItem = defineValidatedItem({
  key: 'session:recentCompanies',
  schema: z.record(z.string(), z.object({ lookup: companyLookupSchema, at: z.number().int().nonnegative() })),
  fallback: {},
  migrations: {},
});

/** Every item above (both places of the API key included): "Clear saved data" empties where they live. */
export const storedItems = registeredItems();
