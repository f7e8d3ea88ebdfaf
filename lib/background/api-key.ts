import { z } from 'zod';
import { defineValidatedItem } from '../storage/validated-item';

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

export const apiKeyItem = defineValidatedItem('local:apiKey', apiKeySchema.nullable(), null);

/** Enough for the user to recognise which key is saved, never enough to use it. */
export function describeApiKey(apiKey: string | null): string | null {
  return apiKey ? `…${apiKey.slice(-4)}` : null;
}
