import type { Failure } from '../messaging/protocol';
import { describeStardexError, StardexError } from '../stardex/errors';
import { CreateFailedError } from './create-person';
import { StorageFullError } from '../storage/validated-item';
import { SaveFailedError } from './save-person';

/** Any error as the user should read it, with the raw detail for the "Details" disclosure. */
export function toFailure(error: unknown): Failure {
  if (error instanceof StardexError) {
    const { kind, retryAfterSeconds } = error;
    const wait = kind === 'rate-limited' && retryAfterSeconds !== null ? { retryAfterSeconds } : {};
    return { ...describeStardexError(error), ...wait };
  }
  if (error instanceof SaveFailedError || error instanceof CreateFailedError || error instanceof StorageFullError) {
    return { message: error.message, detail: error.detail };
  }
  if (error instanceof Error) return { message: error.message, detail: error.stack };
  return { message: 'Something went wrong.', detail: String(error) };
}
