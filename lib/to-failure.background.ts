import { FailureError, type Failure, type StardexFailure } from './failure';
import { StardexError } from './stardex/errors';

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
  if (error instanceof Error) return { kind: 'unexpected', message: error.message, detail: error.stack };
  return { kind: 'unexpected', message: null, detail: String(error) };
}
