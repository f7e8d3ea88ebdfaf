import { CLIENT_ERROR_CODES, describeStardexError, StardexError } from '../stardex/errors';
import { describeWait } from '../stardex/rate-limit';
import { API_KEY_LOCATION, DEFAULT_BASE_URL } from '../settings';
import type { ConnectionCheck } from '../messaging/protocol';
import { MissingApiKeyError } from './stardex-access';

export const CONNECTION_WORKS: ConnectionCheck = { ok: true, message: 'Connected: Stardex accepted the API key.' };

/**
 * "Test connection" (and the check after a save) in plain words: what is wrong and what to do. Unlike a
 * failed save or lookup, a test request can only fail for the key, the network or the address, so a
 * 404 or an answer that is not Stardex's means the base URL points somewhere else.
 */
export function describeConnectionProblem(error: unknown, baseUrl: string): ConnectionCheck {
  if (error instanceof MissingApiKeyError) {
    const message = error.savedForOrigin
      ? error.message
      : `No API key is saved yet: paste your key from ${API_KEY_LOCATION} above and press Save.`;
    return { ok: false, message };
  }
  if (!(error instanceof StardexError)) return { ok: false, ...describeStardexError(error) };
  const fail = (message: string): ConnectionCheck => ({ ok: false, message, detail: error.detail });
  switch (error.kind) {
    case 'auth':
      if (error.code === CLIENT_ERROR_CODES.malformedApiKey) {
        return fail(`The saved API key contains spaces or characters a key never has: paste it again.`);
      }
      return fail(
        `Stardex rejected the API key: it is mistyped, incomplete or revoked. Copy it again from ${API_KEY_LOCATION} and press Save.`,
      );
    case 'forbidden':
      return fail('Stardex knows the API key but does not allow it to read people: ask your Stardex admin.');
    case 'network':
      return fail(
        `Stardex is unreachable at ${baseUrl}: check your internet connection, then the API base URL (usually ${DEFAULT_BASE_URL}).`,
      );
    case 'timeout':
      return fail(`Stardex at ${baseUrl} did not answer in time: check your connection and try again.`);
    case 'not-found':
    case 'invalid-response':
      return fail(
        `Wrong API base URL: ${baseUrl} answered, but not as the Stardex API does. Stardex's address is ${DEFAULT_BASE_URL}.`,
      );
    case 'bad-request':
      if (error.code === CLIENT_ERROR_CODES.invalidBaseUrl) return fail(`The API base URL is not valid: fix it above.`);
      return fail(`Wrong API base URL? ${baseUrl} refused Stardex's test request: ${error.message}.`);
    case 'rate-limited': {
      const wait = error.retryAfterSeconds === null ? 'a minute' : describeWait(error.retryAfterSeconds);
      return fail(`Stardex is rate-limiting this key right now, so it could not be checked: try again in ${wait}.`);
    }
    case 'server':
      return fail(`Stardex had a problem (HTTP ${error.status}) and could not check the key: try again in a moment.`);
    case 'not-applied':
      return { ok: false, ...describeStardexError(error) };
  }
}
