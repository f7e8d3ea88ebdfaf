import { FailureError } from '../failure';
import { createStardexClient, type StardexClient } from '../stardex/client';
import { baseUrlOrigin } from './settings';
import { apiKeyItem, settingsItem } from '../storage/items';
import { keyFor } from './api-key.background';
import { observeRateLimit, paceNextRequest } from '../stardex/request-pacing.background';

/** No key may be sent to the configured address: none is saved, or it was typed for another origin. */
export class MissingApiKeyError extends FailureError {
  /** `savedForOrigin`: the origin a saved key was typed for, when one is saved but not for this base URL. */
  constructor(baseUrl: string, savedForOrigin: string | null) {
    super(
      { kind: 'missing-api-key', keyTypedFor: savedForOrigin, baseUrlOrigin: baseUrlOrigin(baseUrl) ?? baseUrl },
      `No API key for ${baseUrl}${savedForOrigin ? ` (the saved key is for ${savedForOrigin})` : ''}`,
    );
    this.name = 'MissingApiKeyError';
  }
}

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
