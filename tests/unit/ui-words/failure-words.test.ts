import { describe, expect, it } from 'vitest';
import { deliveryFailureOf } from '@/lib/outbox/delivery-failure.background';
import { FailureError, RefusalError } from '@/lib/failure';
import { toFailure } from '@/lib/to-failure.background';
import { IdentityMismatchError } from '@/lib/persons/identity-guard';
import { MissingApiKeyError } from '@/lib/settings/key-errors';
import { UnprotectedStorageError } from '@/lib/settings/storage-lock';
import { profileIdentity } from '@/lib/persons/match-person.background';
import { StorageFullError } from '@/lib/storage/validated-item';
import type { Failure } from '@/lib/failure';
import type { QueuedAttempt } from '@/lib/messaging/protocol';
import { StardexError } from '@/lib/stardex/errors';
import {
  failureWords,
  heldBackLookupWords,
  keptInOutboxWords,
  queuedEntryWords,
  queuedSaveWords,
} from '@/lib/ui-words/failures';
import { waitWords } from '@/lib/ui-words/wait';
import { MAX_SERVER_WAIT_SECONDS } from '@/lib/stardex/rate-limit';

const error = (kind: StardexError['kind'], extra: Partial<ConstructorParameters<typeof StardexError>[0]> = {}) =>
  new StardexError({ kind, message: 'for the log', ...extra });
/** What the user reads for an error the background hit: the record, worded by the UI. */
const wordsFor = (thrown: unknown) => failureWords(toFailure(thrown));

describe('failureWords: a Stardex failure', () => {
  it.each([
    [error('auth'), 'Stardex rejected the API key - check it in Options'],
    [error('auth', { code: 'MISSING_API_KEY' }), 'No Stardex API key yet - add it in Options'],
    [error('forbidden'), "You don't have permission for this in Stardex"],
    [
      error('not-found', { stardexSaid: 'Person with id 0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61 not found' }),
      'This person no longer exists in Stardex',
    ],
    // Issue 22 item 6: a router's 404 says nothing about the person.
    [
      error('not-found', { stardexSaid: 'Cannot GET /api/v1/persons/0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61' }),
      'Stardex answered "not found" without naming a person (Cannot GET /api/v1/persons/0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61) - check the API address in Options',
    ],
    [error('bad-request', { stardexSaid: 'server said no' }), 'Stardex refused the request: server said no'],
    [error('bad-request', { status: 422 }), 'Stardex refused the request: Stardex answered HTTP 422'],
    [error('bad-request', { status: 200 }), 'Stardex refused the request: no reason given (HTTP 200)'],
    [error('bad-request', { code: 'INVALID_BASE_URL' }), 'The Stardex API address is not valid - fix it in Options'],
    [error('bad-request', { code: 'INVALID_PERSON_ID' }), 'This is not a Stardex person id, so nothing was sent'],
    [error('rate-limited', { retryAfterSeconds: 40 }), 'Stardex is rate-limiting: try again in 40 s'],
    [error('rate-limited', { retryAfterSeconds: 45 * 60 }), 'Stardex is rate-limiting: try again in 45 min'],
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
  ])('%#: %s', (stardexError, words) => {
    expect(wordsFor(stardexError)).toBe(words);
  });

  it('the record carries the data, not words: status, code, wait, fields, detail', () => {
    const record = toFailure(
      error('not-applied', { status: 200, fields: ['current_job_title'], detail: 'HTTP 200\n{}' }),
    );
    expect(record).toEqual({
      kind: 'not-applied',
      status: 200,
      code: null,
      stardexSaid: null,
      retryAfterSeconds: null,
      fields: ['current_job_title'],
      detail: 'HTTP 200\n{}',
    });
  });
});

describe("failureWords: the extension's own failures", () => {
  it('no key, or a key for another address', () => {
    expect(wordsFor(new MissingApiKeyError('https://api.stardex.ai', null))).toBe(
      'Add your Stardex API key in Options first.',
    );
    expect(wordsFor(new MissingApiKeyError('https://api.stardex.ai', 'http://127.0.0.1:8787'))).toBe(
      'Enter the API key for https://api.stardex.ai in Options: the saved key was entered for http://127.0.0.1:8787 and is never sent to another address.',
    );
  });

  it('a create that failed says nothing was created, and why', () => {
    const cause = toFailure(error('server', { status: 502, detail: 'HTTP 502' }));
    if (cause.kind !== 'server') throw new Error('expected a server failure');
    expect(failureWords({ kind: 'not-created', cause, detail: cause.detail })).toBe(
      'Nothing was created: Stardex had a problem (HTTP 502) - try again in a moment. Trying again searches Stardex first, so it cannot create a duplicate.',
    );
    expect(failureWords({ kind: 'not-created', cause: { kind: 'unexpected', message: null } })).toMatch(
      /^Nothing was created: Something went wrong while talking to Stardex\. /,
    );
  });

  it("a refusal of the extension's own keeps its words and loses the stack", () => {
    expect(toFailure(new IdentityMismatchError('The tab moved on.'))).toEqual({
      kind: 'refused',
      message: 'The tab moved on.',
    });
  });

  it('any refusal is refused in its own words, with no list of refusals to extend', () => {
    class NewCheckRefusal extends RefusalError {}
    expect(toFailure(new NewCheckRefusal('A check added later said no.'))).toEqual({
      kind: 'refused',
      message: 'A check added later said no.',
    });
    expect(toFailure(new StorageFullError(new Error('QUOTA_BYTES quota exceeded')))).toEqual({
      kind: 'refused',
      message: expect.stringContaining('storage for this extension is full') as string,
      detail: 'QUOTA_BYTES quota exceeded',
    });
  });

  it('storage the browser cannot close to web pages has a kind of its own', () => {
    const failure = toFailure(new UnprotectedStorageError(new Error('Access level not supported')));
    expect(failure).toEqual({ kind: 'unprotected-storage', detail: 'Access level not supported' });
    expect(failureWords(failure)).toBe(
      'This browser cannot keep the API key away from web pages, so the extension does not store it.',
    );
  });

  it('an address that is not a profile has a kind of its own', () => {
    const url = 'https://www.linkedin.com/company/nordhafen/';
    let thrown: unknown;
    try {
      profileIdentity(url);
    } catch (error) {
      thrown = error;
    }
    const failure = toFailure(thrown);
    expect(failure).toEqual({ kind: 'not-a-profile-url', url });
    expect(failureWords(failure)).toBe(`"${url}" is not a LinkedIn profile URL.`);
  });

  it('an error that carries its record gives exactly that record', () => {
    const record: Failure = { kind: 'save-discarded' };
    expect(toFailure(new FailureError(record, 'for the log'))).toBe(record);
    expect(failureWords(record)).toBe('This save was discarded before it reached Stardex.');
  });

  it('anything else: its message and stack, or a general sentence', () => {
    const bug = new TypeError('boom');
    expect(toFailure(bug)).toEqual({ kind: 'unexpected', message: 'boom', detail: bug.stack });
    expect(toFailure('a string')).toEqual({ kind: 'unexpected', message: null, detail: 'a string' });
    expect(wordsFor('a string')).toBe('Something went wrong.');
  });
});

describe('queuedSaveWords', () => {
  const pending = (lastError: Failure | null, retryInSeconds: number): QueuedAttempt => ({
    state: 'pending',
    lastError,
    retryInSeconds,
  });

  it('names the real wait, not the Retry-After Stardex asked for', () => {
    const limited = toFailure(error('rate-limited', { retryAfterSeconds: 40 }));
    expect(queuedSaveWords(pending(limited, 43))).toBe('Stardex is rate-limiting: retrying in 43 s');
  });

  it('says a long wait in minutes', () => {
    const limited = toFailure(error('rate-limited', { retryAfterSeconds: 3600 }));
    expect(queuedSaveWords(pending(limited, 45 * 60))).toBe('Stardex is rate-limiting: retrying in 45 min');
    const server = toFailure(error('server', { status: 503 }));
    expect(queuedSaveWords(pending(server, 3600))).toBe('Stardex had a problem (HTTP 503): retrying in 60 min');
  });

  it.each([
    [error('server', { status: 503 }), 12, 'Stardex had a problem (HTTP 503): retrying in 12 s'],
    [error('timeout'), 5, "Stardex didn't answer in time: retrying in 5 s"],
    [
      error('not-applied'),
      5,
      "Stardex's answer could not be read and the person does not show the change: retrying in 5 s",
    ],
    [error('network'), 5, "Can't reach Stardex - check your connection - retrying in 5 s"],
  ])('%#: a retryable failure with its next attempt', (failed, seconds, words) => {
    expect(queuedSaveWords(pending(toFailure(failed), seconds))).toBe(words);
  });

  it('a save not tried yet, one being sent, one given up on', () => {
    expect(queuedSaveWords(pending(null, 3))).toBe('Waiting to send - retrying in 3 s');
    expect(queuedSaveWords({ state: 'sending', lastError: null, retryInSeconds: 1 })).toBe('Sending…');
    const server = toFailure(error('server', { status: 503 }));
    // Given up after its attempts: it no longer says "retrying".
    expect(queuedSaveWords({ state: 'failed', lastError: server, retryInSeconds: 1 })).toBe(
      'Stardex had a problem (HTTP 503) - try again in a moment',
    );
    expect(queuedSaveWords({ state: 'failed', lastError: null, retryInSeconds: 1 })).toBe('Not sent');
  });

  it('in the popup: the fields, then where the save stands', () => {
    const server = toFailure(error('server', { status: 503 }));
    const fields = ['current_job_title', 'linkedin_headline'];
    expect(queuedEntryWords({ state: 'pending', lastError: server, retryInSeconds: 9, fields })).toBe(
      'Waiting to save (current_job_title, linkedin_headline): Stardex had a problem (HTTP 503): retrying in 9 s',
    );
    expect(
      queuedEntryWords({ state: 'failed', lastError: toFailure(error('forbidden')), retryInSeconds: 1, fields }),
    ).toBe("Not saved (current_job_title, linkedin_headline): You don't have permission for this in Stardex");
    expect(keptInOutboxWords({ state: 'sending', lastError: null, retryInSeconds: 1 })).toBe(
      'Kept in the outbox, not yet in Stardex. Sending…',
    );
  });

  it('a popup lookup held back by the rate limit', () => {
    expect(heldBackLookupWords(42)).toBe('Held back by the Stardex rate limit: looking again by itself in 42 s.');
  });
});

describe('deliveryFailureOf', () => {
  it('retries transport and load problems, honouring Retry-After', () => {
    const attempt = deliveryFailureOf(error('rate-limited', { retryAfterSeconds: 40 }));
    expect(attempt).toMatchObject({ retryable: true, retryAfterSeconds: 40 });
    expect(attempt.failure).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 40 });
  });
  it('does not retry a rejected key or a wrong-person refusal', () => {
    expect(deliveryFailureOf(error('auth', { status: 401 })).retryable).toBe(false);
    expect(deliveryFailureOf(new IdentityMismatchError('other profile'))).toEqual({
      failure: { kind: 'refused', message: 'other profile' },
      retryable: false,
      retryAfterSeconds: null,
    });
  });
});

describe('waitWords', () => {
  it.each([
    [0, '0 s'],
    [42.2, '43 s'],
    [90, '90 s'],
    [91, '2 min'],
    [MAX_SERVER_WAIT_SECONDS, '60 min'],
  ])('%s s -> %s', (seconds, text) => {
    expect(waitWords(seconds)).toBe(text);
  });
});
