import { z } from 'zod';
import { codedErrorSchema } from './schemas';
import type { RateLimitInfo } from './types';

/**
 * Reads the rate-limit headers and, for a 429, the body's `retry_after_seconds`.
 * `Retry-After` may be seconds or an HTTP date; when header and body disagree the longer wait wins,
 * because waiting too little earns another 429.
 */
export function parseRateLimitInfo(headers: Headers, body: unknown, nowMs: number = Date.now()): RateLimitInfo {
  const headerRetryAfter = parseRetryAfter(headers.get('Retry-After'), nowMs);
  const coded = codedErrorSchema.safeParse(body);
  const bodyRetryAfter = coded.success ? (coded.data.error.retry_after_seconds ?? null) : null;
  const waits = [headerRetryAfter, bodyRetryAfter].filter((wait) => wait !== null);
  return {
    limit: parseNonNegativeInteger(headers.get('X-RateLimit-Limit')),
    remaining: parseNonNegativeInteger(headers.get('X-RateLimit-Remaining')),
    resetAt: parseNonNegativeInteger(headers.get('X-RateLimit-Reset')),
    retryAfterSeconds: waits.length > 0 ? Math.max(...waits) : null,
  };
}

export function hasRateLimitInfo(info: RateLimitInfo): boolean {
  return Object.values(info).some((value) => value !== null);
}

export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = parseNonNegativeInteger(value);
  if (seconds !== null) return seconds;
  const dateMs = Date.parse(value);
  if (Number.isNaN(dateMs)) return null;
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}

function parseNonNegativeInteger(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

const rateLimiterStateSchema = z.object({
  /** Times (ms) of the requests sent or reserved within the window, ascending. */
  slots: z.array(z.number()),
  /** Nothing may be sent before this time (ms); set by the server's headers. */
  blockedUntil: z.number(),
});

export type RateLimiterState = z.infer<typeof rateLimiterStateSchema>;

export interface RateLimiterOptions {
  limit?: number;
  windowMs?: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Milliseconds to wait before the next request may go (0 = now); the slot is taken either way. */
  reserve(): number;
  /** Lets the server's view tighten ours: `remaining: 0` waits for the reset, `Retry-After` is honoured. */
  observe(info: RateLimitInfo): void;
  /** Plain data for extension storage, so a restarted service worker keeps its history. */
  toJSON(): RateLimiterState;
  /** Restores `toJSON()` output; throws on anything else so the caller knows it starts fresh. */
  fromJSON(state: unknown): void;
}

/**
 * Client-side sliding window mirroring Stardex's documented 60 requests/minute per key, so the
 * extension spaces its own requests instead of learning the limit from 429s.
 */
export function createRateLimiter({
  limit = 60,
  windowMs = 60_000,
  now = Date.now,
}: RateLimiterOptions = {}): RateLimiter {
  let state: RateLimiterState = { slots: [], blockedUntil: 0 };

  function forgetExpiredSlots(currentMs: number): void {
    state.slots = state.slots.filter((slot) => slot > currentMs - windowMs);
  }

  return {
    reserve() {
      const currentMs = now();
      forgetExpiredSlots(currentMs);
      let sendAt = Math.max(currentMs, state.blockedUntil);
      if (state.slots.length >= limit) {
        // The window must have slid past the `limit`-th most recent slot before another may go.
        const oldestBlockingSlot = state.slots[state.slots.length - limit] ?? currentMs;
        sendAt = Math.max(sendAt, oldestBlockingSlot + windowMs);
      }
      state.slots = [...state.slots, sendAt].sort((a, b) => a - b);
      return sendAt - currentMs;
    },
    observe(info) {
      const currentMs = now();
      if (info.retryAfterSeconds !== null) {
        state.blockedUntil = Math.max(state.blockedUntil, currentMs + info.retryAfterSeconds * 1000);
      }
      if (info.remaining === 0 && info.resetAt !== null) {
        state.blockedUntil = Math.max(state.blockedUntil, info.resetAt * 1000);
      }
    },
    toJSON() {
      forgetExpiredSlots(now());
      return { slots: [...state.slots], blockedUntil: state.blockedUntil };
    },
    fromJSON(json) {
      const restored = rateLimiterStateSchema.parse(json);
      state = { slots: [...restored.slots].sort((a, b) => a - b), blockedUntil: restored.blockedUntil };
    },
  };
}
