import { z } from 'zod';
import { baseUrlOrigin, DEFAULT_BASE_URL, settingsItem } from '../settings';
import { defineDatabaseItem } from '../storage/extension-database';
import { defineValidatedItem } from '../storage/validated-item';
import { canRestrictStorage, restrictStorageToExtension } from './storage-lock';

/**
 * The user's Stardex API key. Only the background worker imports this module: pages send the
 * key here once (settings/save) and afterwards only ever see `describeApiKey`'s hint.
 */
export const apiKeySchema = z
  .string()
  .trim()
  .min(8, 'The API key looks too short.')
  .max(512, 'The API key looks too long.')
  .regex(/^[\x21-\x7e]+$/, 'The API key contains spaces or characters an API key cannot have.');

/** The key and the origin of the base URL it was typed for: it is sent to that origin only (`keyFor`). */
const storedApiKeySchema = z.object({ key: apiKeySchema, origin: z.string().url() });
export type StoredApiKey = z.infer<typeof storedApiKeySchema>;

// A key saved before its origin was recorded is tied to Stardex's own API: one typed for a custom
// address has to be typed again, and nothing is sent to any other address meanwhile.
const keyWithoutOriginSchema = apiKeySchema.transform((key): StoredApiKey => ({
  key,
  origin: new URL(DEFAULT_BASE_URL).origin,
}));

const apiKeyValueSchema = z.union([storedApiKeySchema, keyWithoutOriginSchema]).nullable();
const localApiKey = defineValidatedItem('local:apiKey', apiKeyValueSchema, null);
const databaseApiKey = defineDatabaseItem('apiKey', apiKeyValueSchema, null);

/**
 * Where the key is kept, out of content scripts' reach: `storage.local` closed to them (Chromium), or
 * else the extension's own IndexedDB (Firefox), which a content script, running in the page's origin,
 * cannot open. Nothing is ever written to an area content scripts can read.
 */
const keyStore = () => (canRestrictStorage() ? localApiKey : databaseApiKey);

export const apiKeyItem = {
  getValue: (): Promise<StoredApiKey | null> => keyStore().getValue(),
  setValue: async (value: StoredApiKey | null): Promise<void> => {
    if (canRestrictStorage()) await restrictStorageToExtension();
    await keyStore().setValue(value);
  },
  removeValue: (): Promise<void> => keyStore().removeValue(),
};

/** The key that may be sent to `baseUrl`: null when none is saved or it was typed for another origin. */
export function keyFor(stored: StoredApiKey | null, baseUrl: string): string | null {
  return stored !== null && stored.origin === baseUrlOrigin(baseUrl) ? stored.key : null;
}

/** The key that may be sent to the configured base URL, or null. */
export async function usableApiKey(): Promise<string | null> {
  const [stored, settings] = await Promise.all([apiKeyItem.getValue(), settingsItem.getValue()]);
  return keyFor(stored, settings.baseUrl);
}

/** Enough for the user to recognise which key is saved, never enough to use it. */
export function describeApiKey(apiKey: string | null): string | null {
  return apiKey ? `…${apiKey.slice(-4)}` : null;
}
