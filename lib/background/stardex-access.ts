import { createStardexClient, type StardexClient } from '../stardex/client';
import { settingsItem } from '../settings';
import { apiKeyItem } from './api-key';
import { observeRateLimit, paceNextRequest } from './request-pacing';

export class MissingApiKeyError extends Error {
  constructor() {
    super('Add your Stardex API key in Options first.');
    this.name = 'MissingApiKeyError';
  }
}

/** A client for the user's key and base URL; the key never leaves the background worker. */
export async function getStardexClient(): Promise<StardexClient> {
  const [apiKey, settings] = await Promise.all([apiKeyItem.getValue(), settingsItem.getValue()]);
  if (!apiKey) throw new MissingApiKeyError();
  return createStardexClient({
    baseUrl: settings.baseUrl,
    apiKey,
    beforeRequest: paceNextRequest,
    onRateLimit: (info) => {
      observeRateLimit(info).catch((error) => console.error('[stardex] could not store rate-limit headers', error));
    },
  });
}
