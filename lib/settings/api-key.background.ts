import { baseUrlOrigin } from './settings';
import { apiKeyItem, settingsItem } from '../storage/items';
import type { StoredApiKey } from './api-key-schema';

// The user's Stardex API key. Only the background worker reads it (`apiKeyItem`, lib/storage/items.ts):
// pages send the key there once (settings/save) and afterwards only ever see `describeApiKey`'s hint.

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
