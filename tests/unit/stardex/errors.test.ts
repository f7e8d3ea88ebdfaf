import { describe, expect, it } from 'vitest';
import { StardexError, describeStardexError, errorFromFailedAnswer } from '../../../lib/stardex/errors';
import { parseErrorBody } from '../../../lib/stardex/schemas';

const failure = (status: number, body: unknown, bodyText = JSON.stringify(body ?? '')) =>
  errorFromFailedAnswer({ status, statusText: '', bodyText, body, retryAfterSeconds: null });

describe('parseErrorBody', () => {
  it.each([
    [
      'shape 1',
      { success: false, error: { code: 'INVALID_API_KEY', message: 'The provided API key is invalid or expired' } },
      { code: 'INVALID_API_KEY', message: 'The provided API key is invalid or expired', statusCode: null },
    ],
    ['shape 2', { error: 'Invalid API key', data: null }, { code: null, message: 'Invalid API key', statusCode: null }],
    [
      'shape 3',
      { message: 'Cannot GET /v1/x', error: 'Not Found', statusCode: 404 },
      { code: null, message: 'Cannot GET /v1/x', statusCode: 404 },
    ],
    [
      'shape 3 with a list of validation messages',
      { message: ['name must be a string', 'limit too big'], error: 'Bad Request', statusCode: 400 },
      { code: null, message: 'name must be a string; limit too big', statusCode: 400 },
    ],
    ['an empty body', undefined, null],
    ['something else', { oops: true }, null],
  ])('%s', (_name, body, expected) => {
    expect(parseErrorBody(body)).toEqual(expected);
  });
});

describe('errorFromFailedAnswer', () => {
  it.each([
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [400, 'bad-request'],
    [409, 'bad-request'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'server'],
  ])('HTTP %i is %s', (status, kind) => {
    expect(failure(status, undefined, '').kind).toBe(kind);
  });

  it('keeps at most ~500 characters of the body in the detail', () => {
    const page = `<html>${'x'.repeat(2000)}</html>`;
    const error = failure(502, undefined, page);
    expect(error.detail.length).toBeLessThan(560);
    expect(error.detail.startsWith('HTTP 502\n<html>')).toBe(true);
  });
});

describe('describeStardexError', () => {
  const error = (kind: StardexError['kind'], extra: Partial<ConstructorParameters<typeof StardexError>[0]> = {}) =>
    new StardexError({ kind, message: 'server said no', ...extra });

  it.each([
    [error('auth'), 'Stardex rejected the API key - check it in Options'],
    [error('auth', { code: 'MISSING_API_KEY' }), 'No Stardex API key yet - add it in Options'],
    [error('forbidden'), "You don't have permission for this in Stardex"],
    [error('not-found'), 'This person no longer exists in Stardex'],
    [error('bad-request'), 'Stardex refused the request: server said no'],
    [error('bad-request', { code: 'INVALID_BASE_URL' }), 'The Stardex API address is not valid - fix it in Options'],
    [error('rate-limited', { retryAfterSeconds: 40 }), 'Stardex is rate-limiting: try again in 40 s'],
    [error('rate-limited'), 'Stardex is rate-limiting: try again in a minute'],
    [error('server', { status: 503 }), 'Stardex had a problem (HTTP 503) - try again in a moment'],
    [error('timeout'), "Stardex didn't answer in time - try again"],
    [error('network'), "Can't reach Stardex - check your connection"],
    [
      error('invalid-response'),
      'Stardex sent an unexpected answer - check the API address in Options or try again later',
    ],
    [
      error('invalid-response', { code: 'UNCONFIRMED_WRITE' }),
      "Stardex's answer could not be read, so it is not known whether it was applied",
    ],
    [error('not-applied'), "Stardex's answer could not be read and the person does not show the change - try again"],
  ])('%#: %s', (stardexError, message) => {
    expect(describeStardexError(stardexError).message).toBe(message);
  });

  it('says a retry is coming when one is scheduled', () => {
    const limited = error('rate-limited', { retryAfterSeconds: 39.2 });
    expect(describeStardexError(limited, { retryScheduled: true }).message).toBe(
      'Stardex is rate-limiting: retrying in 40 s',
    );
    expect(describeStardexError(error('timeout'), { retryScheduled: true }).message).toBe(
      "Stardex didn't answer in time: retrying",
    );
  });

  it('passes the raw detail through', () => {
    expect(describeStardexError(error('server', { detail: 'HTTP 500\n{}' })).detail).toBe('HTTP 500\n{}');
  });

  it('describes errors that are not StardexErrors without hiding them', () => {
    expect(describeStardexError(new TypeError('boom'))).toEqual({
      message: 'Something went wrong while talking to Stardex',
      detail: 'TypeError: boom',
    });
  });
});

describe('Retry-After outside 429', () => {
  const withRetryAfter = (status: number) =>
    errorFromFailedAnswer({ status, statusText: '', bodyText: '', body: undefined, retryAfterSeconds: 30 });

  it('is kept on a 503 so the retry waits as the server asked', () => {
    expect(withRetryAfter(503).retryAfterSeconds).toBe(30);
  });

  it('is ignored on answers that are not retried', () => {
    expect(withRetryAfter(401).retryAfterSeconds).toBeNull();
    expect(withRetryAfter(400).retryAfterSeconds).toBeNull();
  });
});
