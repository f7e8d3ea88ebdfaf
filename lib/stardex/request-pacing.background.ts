import { createRateLimiter, type RateLimiter } from './rate-limit';
import { StardexError } from './errors';
import type { RateLimitInfo } from './types';
import { rateLimiterItem } from '../storage/items';
import { StoredValueError } from '../storage/validated-item';

/**
 * Keeps every request (lookups and saves alike) within Stardex's 60 requests per minute per key.
 * The window is persisted (`rateLimiterItem`) because Chrome restarts the worker at will and must not forget it.
 */

/** Longer waits are handed back to the caller (the outbox reschedules) instead of holding a request open. */
const MAX_INLINE_WAIT_MS = 10_000;

let limiter: Promise<RateLimiter> | null = null;

async function restoreLimiter(): Promise<RateLimiter> {
  const restored = createRateLimiter();
  try {
    const saved = await rateLimiterItem.getValue();
    if (saved !== null) restored.fromJSON(saved);
  } catch (error) {
    if (!(error instanceof StoredValueError)) throw error;
    // A damaged window only costs pacing accuracy; the server's headers correct it on the next answer.
    console.warn('[stardex] stored rate-limit window was unreadable, starting fresh', error);
  }
  return restored;
}

function loadLimiter(): Promise<RateLimiter> {
  limiter ??= restoreLimiter();
  return limiter;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the request's slot, or refuses it (a `rate-limited` StardexError, nothing booked and
 * nothing sent) when the slot is further away than a request should be held open.
 */
export async function paceNextRequest(): Promise<void> {
  const current = await loadLimiter();
  const { waitMs, booked } = current.reserve(MAX_INLINE_WAIT_MS);
  if (!booked) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new StardexError({
      kind: 'rate-limited',
      message: 'Holding back to stay within Stardex rate limit',
      detail: `Client-side pacing: next request allowed in ${seconds} s (60 requests per minute, and any pause Stardex asked for).`,
      retryAfterSeconds: seconds,
    });
  }
  await rateLimiterItem.setValue(current.toJSON());
  if (waitMs > 0) await sleep(waitMs);
}

export async function observeRateLimit(info: RateLimitInfo): Promise<void> {
  const current = await loadLimiter();
  current.observe(info);
  await rateLimiterItem.setValue(current.toJSON());
}

/** "Retry now": the user's request goes out even though Stardex asked for a pause; its answer may renew it. */
export async function liftServerPause(): Promise<void> {
  const current = await loadLimiter();
  current.liftServerBlock();
  await rateLimiterItem.setValue(current.toJSON());
}
