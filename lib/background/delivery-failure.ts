import type { DeliveryFailure, OutboxEntry } from '../outbox/outbox';
import { describeStardexError, StardexError } from '../stardex/errors';
import { describeWait } from '../stardex/rate-limit';

/** How a failed attempt is recorded: retryable transport/load problems vs. answers that need the user. */
export function deliveryFailureOf(error: unknown): DeliveryFailure {
  if (error instanceof StardexError) {
    const { message, detail } = describeStardexError(error, { retryScheduled: error.retryable });
    return { message, detail, retryable: error.retryable, retryAfterSeconds: error.retryAfterSeconds };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    message,
    detail: error instanceof Error ? error.stack : undefined,
    retryable: false,
    retryAfterSeconds: null,
  };
}

/**
 * "Stardex had a problem (HTTP 503): retrying in 12 s", from the stored error and the next attempt
 * time; a long wait reads in minutes ("retrying in 45 min"), with "Retry now" and "Discard" beside it.
 */
export function describeQueuedSave(entry: OutboxEntry, now: number): string {
  const wait = describeWait(Math.max(1, Math.ceil((entry.nextAttemptAt - now) / 1000)));
  const message = entry.lastError?.message ?? 'Waiting to send';
  // The stored message may name the server's Retry-After; the real wait (with backoff) is the one to show.
  const named = /retrying in \d+ (?:s|min)/;
  if (named.test(message)) return message.replace(named, `retrying in ${wait}`);
  if (/: retrying$/.test(message)) return `${message} in ${wait}`;
  return `${message} - retrying in ${wait}`;
}
