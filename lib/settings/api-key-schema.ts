import { z } from 'zod';
import { DEFAULT_BASE_URL } from './settings';

/** What an API key may look like: checked when the user types one and on every read of the stored one. */
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

/** The stored `apiKey` (lib/storage/items.ts): none, or a key with its origin. */
export const storedApiKeyValueSchema = z.union([storedApiKeySchema, keyWithoutOriginSchema]).nullable();
