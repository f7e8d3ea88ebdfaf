import { describe, expect, it } from 'vitest';
import { describeConnectionProblem } from '@/lib/background/connection-problem';
import { MissingApiKeyError } from '@/lib/background/stardex-access';
import { CLIENT_ERROR_CODES, StardexError, type StardexErrorKind } from '@/lib/stardex/errors';

const BASE = 'https://api.stardex.ai';
const failure = (kind: StardexErrorKind, extra: Partial<ConstructorParameters<typeof StardexError>[0]> = {}) =>
  new StardexError({ kind, message: 'raw', detail: 'HTTP detail', ...extra });

describe('Test connection in plain words', () => {
  it('no key saved: where to find it', () => {
    expect(describeConnectionProblem(new MissingApiKeyError(), BASE)).toEqual({
      ok: false,
      message:
        'No API key is saved yet: paste your key from Stardex › Settings › Integrations › API access above and press Save.',
    });
  });

  it('a key saved for another address: which address it needs', () => {
    const error = new MissingApiKeyError({ origin: 'http://127.0.0.1:8787', baseUrl: BASE });
    expect(describeConnectionProblem(error, BASE).message).toBe(
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
      'base URL refused',
      failure('bad-request', { status: 405, message: 'Method not allowed' }),
      /^Wrong API base URL\?/,
    ],
    ['invalid base URL', failure('bad-request', { code: CLIENT_ERROR_CODES.invalidBaseUrl }), /base URL is not valid/],
    ['rate-limited', failure('rate-limited', { status: 429, retryAfterSeconds: 30 }), /try again in 30 s/],
    ['server fault', failure('server', { status: 503 }), /Stardex had a problem \(HTTP 503\)/],
  ])('%s', (_case, error, message) => {
    const check = describeConnectionProblem(error, BASE);
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(message);
    expect(check.detail).toBe('HTTP detail');
  });

  it('a failure that is not Stardex’s is still reported, with its detail', () => {
    expect(describeConnectionProblem(new TypeError('boom'), BASE)).toEqual({
      ok: false,
      message: 'Something went wrong while talking to Stardex',
      detail: 'TypeError: boom',
    });
  });
});
