import { z } from 'zod';
import { baseUrlWords } from '../ui-words/refusals';

export const DEFAULT_BASE_URL = 'https://api.stardex.ai';
/** Where a Stardex user finds the API key; Options and the connection check name it. */
export const API_KEY_LOCATION = 'Stardex › Settings › Integrations › API access';

/** Settings any extension page may read, stored as `settings` (lib/storage/items.ts). The API key is NOT here. */
export const settingsSchema = z.object({
  baseUrl: z.string().url(),
  onlyFillEmpty: z.boolean(),
  /**
   * "Show whether profiles are in Stardex while I browse": the badge looks up every profile the user
   * visits in Stardex. On by default; settings stored before it existed read as on.
   */
  badgeLookup: z.boolean().default(true),
  /** What the toolbar button and "Review and update in Stardex…" open; settings stored before it existed read as the popup. */
  reviewOpensIn: z.enum(['popup', 'side-panel']).default('popup'),
});
type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  baseUrl: DEFAULT_BASE_URL,
  onlyFillEmpty: false,
  badgeLookup: true,
  reviewOpensIn: 'popup',
};

/**
 * Stored settings one of whose values is damaged (a `reviewOpensIn` a later version wrote, before a
 * downgrade; a value of the wrong type): each damaged setting reads as its default, the others stay,
 * and the names of those reset are returned so Options can say so. A default base URL is safe: the
 * API key is tied to the origin it was typed for and never goes to another one.
 */
export function repairSettings(raw: unknown): { value: Settings; reset: string[] } {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const reset: string[] = [];
  const value = { ...DEFAULT_SETTINGS };
  for (const name of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const parsed = settingsSchema.shape[name].safeParse(stored[name]);
    if (parsed.success) Object.assign(value, { [name]: parsed.data });
    else reset.push(name);
  }
  return { value, reset };
}
export type ReviewOpensIn = Settings['reviewOpensIn'];

/** https anywhere; plain http only for a sandbox on this machine. */
export function validateBaseUrl(input: string): { ok: true; baseUrl: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: baseUrlWords.notUrl(DEFAULT_BASE_URL) };
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return { ok: false, message: baseUrlWords.notHttps() };
  }
  if (url.search || url.hash || url.username) {
    return { ok: false, message: baseUrlWords.extras() };
  }
  return { ok: true, baseUrl: url.origin + url.pathname.replace(/\/+$/, '') };
}

/** Where requests to a base URL go, and so what a saved API key is tied to; null for an invalid URL. */
export function baseUrlOrigin(input: string): string | null {
  const checked = validateBaseUrl(input);
  return checked.ok ? new URL(checked.baseUrl).origin : null;
}

/** Stardex's own API lives on stardex.ai; any other host only receives the key because the user typed it. */
export function isStardexHost(baseUrl: string): boolean {
  const { hostname } = new URL(baseUrl);
  return hostname === 'stardex.ai' || hostname.endsWith('.stardex.ai');
}
