import { i18n } from '#i18n';
import type { Failure, StardexFailure } from '../failure';
import type { QueuedAttempt } from '../outbox/queued-attempt';
import { CLIENT_ERROR_CODES, saysPersonNotFound } from '../stardex/errors';
import { waitWords } from './wait';

/** Before anything else: the review and the menus need a key. */
export const addApiKeyWords = () => i18n.t('failure.addApiKey');

/**
 * The one place a failure record (lib/failure.ts) becomes words: what happened and what to do,
 * short enough for a status line or a notification. The raw `detail` stays for "Details".
 */
export function failureWords(failure: Failure): string {
  switch (failure.kind) {
    case 'missing-api-key':
      return failure.keyTypedFor === null
        ? addApiKeyWords()
        : i18n.t('failure.keyForOtherOrigin', { origin: failure.baseUrlOrigin, keyOrigin: failure.keyTypedFor });
    case 'other-stardex':
      return i18n.t('saves.otherStardex', { queuedFor: failure.queuedFor, baseUrlOrigin: failure.baseUrlOrigin });
    case 'not-created': {
      const reason =
        failure.cause.kind === 'unexpected' ? i18n.t('failure.talkingToStardex') : stardexWords(failure.cause);
      return i18n.t('failure.notCreated', { reason });
    }
    case 'save-discarded':
      return i18n.t('failure.saveDiscarded');
    case 'malformed-request':
      return i18n.t('failure.malformedRequest');
    case 'unreadable-answer':
      return i18n.t('failure.unreadableAnswer');
    case 'unexpected-answer':
      return i18n.t('failure.unexpectedAnswer');
    case 'unexpected':
      return failure.message ?? i18n.t('failure.unexpected');
    case 'refused':
    case 'stored-words':
      return failure.message;
    case 'unprotected-storage':
      return i18n.t('refusal.unprotectedStorage');
    case 'not-a-profile-url':
      return i18n.t('refusal.notAProfileUrl', { url: failure.url });
    default:
      return stardexWords(failure);
  }
}

function stardexWords(failure: StardexFailure): string {
  switch (failure.kind) {
    case 'auth':
      return failure.code === CLIENT_ERROR_CODES.missingApiKey
        ? i18n.t('failure.noApiKeyYet')
        : i18n.t('failure.keyRejected');
    case 'forbidden':
      return i18n.t('failure.forbidden');
    case 'not-found':
      // Only Stardex's own "person not found" says the person is gone; a router's or proxy's 404 does not.
      return saysPersonNotFound(failure.stardexSaid)
        ? i18n.t('failure.notFound')
        : i18n.t('failure.addressNotFound', { said: refusalReason(failure) });
    case 'bad-request':
      if (failure.code === CLIENT_ERROR_CODES.invalidBaseUrl) return i18n.t('failure.invalidBaseUrl');
      if (failure.code === CLIENT_ERROR_CODES.invalidPersonId) return i18n.t('failure.invalidPersonId');
      if (failure.code === CLIENT_ERROR_CODES.redirected) return i18n.t('saves.redirected');
      return i18n.t('failure.refused', { reason: refusalReason(failure) });
    case 'rate-limited':
      return i18n.t('failure.rateLimited', { wait: askedWait(failure) ?? i18n.t('wait.aMinute') });
    case 'server':
      return i18n.t('failure.server', { status: statusOf(failure) });
    case 'timeout':
      return i18n.t('failure.timeout');
    case 'network':
      return i18n.t('failure.network');
    case 'invalid-response':
      if (failure.code === CLIENT_ERROR_CODES.unconfirmedWrite) return i18n.t('failure.unconfirmedWrite');
      // Given up on after its retries: say what came back (its status; "Details" has the start of the body).
      if (failure.code === CLIENT_ERROR_CODES.unreadableAnswer)
        return i18n.t('saves.unreadableAnswer', { status: statusOf(failure) });
      return i18n.t('failure.invalidResponse');
    case 'not-applied':
      return i18n.t('failure.notApplied');
  }
}

/** Why Stardex refused: its own words, else what its status says. */
export function refusalReason(failure: StardexFailure): string {
  if (failure.stardexSaid) return failure.stardexSaid;
  const answeredOk = failure.status !== null && failure.status >= 200 && failure.status < 300;
  return answeredOk
    ? i18n.t('failure.reasonNoneGiven', { status: statusOf(failure) })
    : i18n.t('failure.reasonStatus', { status: statusOf(failure) });
}

/** The wait Stardex asked for, in words, or null when it named none. */
export function askedWait(failure: StardexFailure): string | null {
  return failure.retryAfterSeconds === null ? null : waitWords(failure.retryAfterSeconds);
}

export function statusOf(failure: StardexFailure): string {
  return String(failure.status ?? '-');
}

/**
 * A save in the outbox: being sent, given up on (the failure), or waiting for its next attempt,
 * named with the real wait (backoff included), not the one Stardex asked for.
 */
export function queuedSaveWords(attempt: QueuedAttempt): string {
  if (attempt.state === 'sending') return i18n.t('queued.sending');
  const failure = attempt.lastError;
  if (attempt.state === 'failed') return failure ? failureWords(failure) : i18n.t('queued.notSent');
  if (attempt.waitsForEarlierStep) return i18n.t('queued.waitsForEarlierStep');
  if (failure && (failure.kind === 'missing-api-key' || failure.kind === 'other-stardex' || failure.kind === 'auth'))
    return i18n.t('saves.waitsForKey', { failure: failureWords(failure) });
  const wait = waitWords(attempt.retryInSeconds);
  if (!failure) return i18n.t('queued.waiting', { wait });
  switch (failure.kind) {
    case 'rate-limited':
      return i18n.t('queued.rateLimited', { wait });
    case 'server':
      return i18n.t('queued.server', { status: statusOf(failure), wait });
    case 'timeout':
      return i18n.t('queued.timeout', { wait });
    case 'not-applied':
      return i18n.t('queued.notApplied', { wait });
    default:
      return i18n.t('queued.other', { failure: failureWords(failure), wait });
  }
}

/** One of the profile's saves in the popup's list: its fields, then where it stands. */
export function queuedEntryWords(entry: QueuedAttempt & { fields: readonly string[] }): string {
  const words = { fields: entry.fields.join(', '), state: queuedSaveWords(entry) };
  return entry.state === 'failed' ? i18n.t('queued.notSavedEntry', words) : i18n.t('queued.waitingEntry', words);
}

/** The popup's own save, kept in the outbox because Stardex could not take it yet. */
export function keptInOutboxWords(attempt: QueuedAttempt, stuckPart: readonly string[] = []): string {
  const state = queuedSaveWords(attempt);
  return i18n.t('queued.keptInOutbox', {
    state: stuckPart.length > 0 ? i18n.t('queued.stuckStep', { step: stuckPart.join(', '), state }) : state,
  });
}

/** A popup lookup the rate limit held back, which asks again by itself after `seconds`. */
export function heldBackLookupWords(seconds: number): string {
  return i18n.t('queued.lookupHeldBack', { wait: waitWords(seconds) });
}
