import type { DeliveryFailure, OutboxEntry } from '../outbox/outbox';
import { describeStardexError, StardexError } from '../stardex/errors';

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

/** "Stardex had a problem (HTTP 503): retrying in 12 s", from the stored error and the next attempt time. */
export function describeQueuedSave(entry: OutboxEntry, now: number): string {
  const seconds = Math.max(1, Math.ceil((entry.nextAttemptAt - now) / 1000));
  const message = entry.lastError?.message ?? 'Waiting to send';
  // The stored message may name the server's Retry-After; the real wait (with backoff) is the one to show.
  if (/retrying in \d+ s/.test(message)) return message.replace(/retrying in \d+ s/, `retrying in ${seconds} s`);
  if (/: retrying$/.test(message)) return `${message} in ${seconds} s`;
  return `${message} - retrying in ${seconds} s`;
}
