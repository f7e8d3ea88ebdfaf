import { describe, expect, it } from 'vitest';
import { errorFromFailedAnswer } from '../../../lib/stardex/errors';
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

  it("keeps Stardex's own words apart, and none when it gave none", () => {
    const refused = failure(409, { success: false, error: { code: 'CONFLICT', message: 'Already exists' } });
    expect(refused).toMatchObject({
      kind: 'bad-request',
      status: 409,
      code: 'CONFLICT',
      stardexSaid: 'Already exists',
    });
    expect(failure(400, undefined, '')).toMatchObject({ stardexSaid: null, message: 'Stardex answered HTTP 400' });
  });

  it('keeps at most ~500 characters of the body in the detail', () => {
    const page = `<html>${'x'.repeat(2000)}</html>`;
    const error = failure(502, undefined, page);
    expect(error.detail.length).toBeLessThan(560);
    expect(error.detail.startsWith('HTTP 502\n<html>')).toBe(true);
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
