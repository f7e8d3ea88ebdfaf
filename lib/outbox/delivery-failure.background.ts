import type { DeliveryFailure } from './outbox';
import { StardexError } from '../stardex/errors';
import { toFailure } from '../to-failure.background';

/** How a failed attempt is recorded: retryable transport/load problems vs. answers that need the user. */
export function deliveryFailureOf(error: unknown): DeliveryFailure {
  const retryable = error instanceof StardexError && error.retryable;
  const retryAfterSeconds = error instanceof StardexError ? error.retryAfterSeconds : null;
  return { failure: toFailure(error), retryable, retryAfterSeconds };
}
