import { BackgroundError } from './send-to-background';

/**
 * A popup lookup the rate limit held back asks again by itself once the wait is over, instead of
 * leaving the user to reopen the popup. These are react-query's `retry` / `retryDelay` options.
 */
const MAX_HELD_BACK_RETRIES = 5;

/** The seconds to wait when `error` is a lookup held back by the rate limit, else null. */
export function heldBackSeconds(error: unknown): number | null {
  if (!(error instanceof BackgroundError) || error.failure.kind !== 'rate-limited') return null;
  return error.failure.retryAfterSeconds;
}

export function retryHeldBackLookup(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_HELD_BACK_RETRIES && heldBackSeconds(error) !== null;
}

/** A little after the wait, so the freed slot is there when the lookup asks again. */
export function heldBackRetryDelayMs(_failureCount: number, error: unknown): number {
  return (heldBackSeconds(error) ?? 0) * 1000 + 250;
}
