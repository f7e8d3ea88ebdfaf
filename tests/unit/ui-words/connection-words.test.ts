import { describe, expect, it } from 'vitest';
import { toFailure } from '@/lib/to-failure.background';
import { MissingApiKeyError } from '@/lib/settings/key-errors';
import { CLIENT_ERROR_CODES, StardexError, type StardexErrorKind } from '@/lib/stardex/errors';
import { connectionWords, settingsOutcomeWords } from '@/lib/ui-words/connection';

const BASE = 'https://api.stardex.ai';
const failure = (kind: StardexErrorKind, extra: Partial<ConstructorParameters<typeof StardexError>[0]> = {}) =>
  new StardexError({ kind, message: 'raw', detail: 'HTTP detail', ...extra });
/** The check as the background sends it to Options, worded as Options words it. */
const words = (error: unknown) => connectionWords({ ok: false, failure: toFailure(error), baseUrl: BASE });

describe('Test connection in plain words', () => {
  it('works: says Stardex accepted the key', () => {
    expect(connectionWords({ ok: true })).toBe('Connected: Stardex accepted the API key.');
  });

  it('no key saved: where to find it', () => {
    expect(words(new MissingApiKeyError(BASE, null))).toBe(
      'No API key is saved yet: paste your key from Stardex › Settings › Integrations › API access above and press Save.',
    );
  });

  it('a key saved for another address: which address it needs', () => {
    expect(words(new MissingApiKeyError(`${BASE}/v1`, 'http://127.0.0.1:8787'))).toBe(
      'Enter the API key for https://api.stardex.ai in Options: the saved key was entered for http://127.0.0.1:8787 and is never sent to another address.',
    );
  });

  it.each<[string, StardexError, RegExp]>([
    ['key refused (401)', failure('auth', { status: 401, code: 'INVALID_API_KEY' }), /^Stardex rejected the API key/],
    ['key malformed', failure('auth', { code: CLIENT_ERROR_CODES.malformedApiKey }), /characters a key never has/],
    ['key without access (403)', failure('forbidden', { status: 403 }), /does not allow it to read people/],
    ['Stardex unreachable', failure('network'), /^Stardex is unreachable at https:\/\/api\.stardex\.ai/],
    ['no answer in time', failure('timeout'), /did not answer in time/],
    ['wrong base URL (404)', failure('not-found', { status: 404 }), /^Wrong API base URL: https:\/\/api\.stardex\.ai/],
    ['wrong base URL (not JSON)', failure('invalid-response'), /^Wrong API base URL/],
    [
      'base URL refused, in its own words',
      failure('bad-request', { status: 405, stardexSaid: 'Method not allowed' }),
      /^Wrong API base URL\? https:\/\/api\.stardex\.ai refused Stardex's test request: Method not allowed\.$/,
    ],
    [
      'base URL refused without words',
      failure('bad-request', { status: 405 }),
      /refused Stardex's test request: Stardex answered HTTP 405\.$/,
    ],
    ['invalid base URL', failure('bad-request', { code: CLIENT_ERROR_CODES.invalidBaseUrl }), /base URL is not valid/],
    ['rate-limited', failure('rate-limited', { status: 429, retryAfterSeconds: 30 }), /try again in 30 s\.$/],
    ['rate-limited without a wait', failure('rate-limited', { status: 429 }), /try again in a minute\.$/],
    ['server fault', failure('server', { status: 503 }), /Stardex had a problem \(HTTP 503\)/],
  ])('%s', (_case, error, message) => {
    const record = toFailure(error);
    expect(record.detail).toBe('HTTP detail');
    expect(connectionWords({ ok: false, failure: record, baseUrl: BASE })).toMatch(message);
  });

  it('a failure that is not Stardex’s is still reported, its detail kept', () => {
    const record = toFailure(new TypeError('boom'));
    expect(record.detail).toMatch(/^TypeError: boom/);
    expect(connectionWords({ ok: false, failure: record, baseUrl: BASE })).toBe(
      'Something went wrong while talking to Stardex',
    );
  });

  it('after Save: says it was saved, then how the check went', () => {
    expect(settingsOutcomeWords(null, true)).toBe('Settings saved.');
    expect(settingsOutcomeWords({ ok: true }, true)).toBe('Saved. Connected: Stardex accepted the API key.');
    expect(settingsOutcomeWords({ ok: false, failure: toFailure(failure('forbidden')), baseUrl: BASE }, true)).toBe(
      'Saved, but the check failed: Stardex knows the API key but does not allow it to read people: ask your Stardex admin.',
    );
  });
});
