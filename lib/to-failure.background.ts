import type { Failure, StardexFailure } from './failure';
import { DiscardTooLateError, OutboxFullError } from './outbox/outbox';
import { PlacementStepError } from './placements/step-delivery.background';
import { StardexError } from './stardex/errors';
import { StorageFullError, StoredValueError } from './storage/validated-item';
import { IdentityMismatchError } from './persons/identity-guard';
import { InvalidSettingError } from './settings/settings-handlers.background';
import { MissingApiKeyError, OtherStardexError } from './settings/stardex-access.background';

/** An error that already carries its failure record (a save the outbox gave up on, a failed create). */
export class FailureError extends Error {
  readonly failure: Failure;
  constructor(failure: Failure, logMessage: string) {
    super(logMessage);
    this.name = 'FailureError';
    this.failure = failure;
  }
}

export function stardexFailureOf(error: StardexError): StardexFailure {
  return {
    kind: error.kind,
    status: error.status,
    code: error.code,
    stardexSaid: error.stardexSaid,
    retryAfterSeconds: error.retryAfterSeconds,
    fields: [...error.fields],
    detail: error.detail,
  };
}

/** Any error as a failure record, with the raw detail for the "Details" disclosure. */
export function toFailure(error: unknown): Failure {
  if (error instanceof StardexError) return stardexFailureOf(error);
  if (error instanceof FailureError) return error.failure;
  if (error instanceof MissingApiKeyError) {
    return { kind: 'missing-api-key', keyTypedFor: error.savedForOrigin, baseUrlOrigin: error.baseUrlOrigin };
  }
  if (error instanceof OtherStardexError) {
    return { kind: 'other-stardex', queuedFor: error.queuedFor, baseUrlOrigin: error.baseUrlOrigin };
  }
  if (error instanceof StorageFullError) return { kind: 'refused', message: error.message, detail: error.detail };
  // The extension's own checks that refuse an action; their message says what to do.
  const refusals = [
    IdentityMismatchError,
    InvalidSettingError,
    OutboxFullError,
    DiscardTooLateError,
    StoredValueError,
    PlacementStepError,
  ];
  if (refusals.some((refusal) => error instanceof refusal))
    return { kind: 'refused', message: (error as Error).message };
  if (error instanceof Error) return { kind: 'unexpected', message: error.message, detail: error.stack };
  return { kind: 'unexpected', message: null, detail: String(error) };
}
