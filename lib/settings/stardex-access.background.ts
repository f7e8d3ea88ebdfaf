import { MissingApiKeyError } from './key-errors';
import { createStardexClient, type StardexClient } from '../stardex/client';
import { apiKeyItem, settingsItem } from '../storage/items';
import { keyFor } from './api-key.background';
import { observeRateLimit, paceNextRequest } from '../stardex/request-pacing.background';

/** A client for the user's key and base URL; the key never leaves the background worker. */
export async function getStardexClient(): Promise<StardexClient> {
  const [stored, settings] = await Promise.all([apiKeyItem.getValue(), settingsItem.getValue()]);
  const apiKey = keyFor(stored, settings.baseUrl);
  if (!apiKey) throw new MissingApiKeyError(settings.baseUrl, stored?.origin ?? null);
  return createStardexClient({
    baseUrl: settings.baseUrl,
    apiKey,
    beforeRequest: paceNextRequest,
    onRateLimit: (info) => {
      observeRateLimit(info).catch((error) => console.error('[stardex] could not store rate-limit headers', error));
    },
  });
}
