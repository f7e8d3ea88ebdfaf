import { z } from 'zod';
import { codedErrorSchema } from './schemas';
import type { RateLimitInfo } from './types';

/**
 * The longest pause the server's headers may impose. A longer `Retry-After` is cut to this (after
 * it the next request asks again, and a server still limiting says so again); an
 * `X-RateLimit-Reset` further away than this, or already past, is ignored as nonsense (a
 * different unit, a skewed clock): otherwise one bad header could stop every save for days.
 */
export const MAX_SERVER_WAIT_SECONDS = 60 * 60;

/**
 * Reads the rate-limit headers and, for a 429, the body's `retry_after_seconds`.
 * `Retry-After` may be seconds or an HTTP date; when header and body disagree the longer wait wins,
 * because waiting too little earns another 429. Both are capped at MAX_SERVER_WAIT_SECONDS.
 */
export function parseRateLimitInfo(headers: Headers, body: unknown, nowMs: number = Date.now()): RateLimitInfo {
  const headerRetryAfter = parseRetryAfter(headers.get('Retry-After'), nowMs);
  const coded = codedErrorSchema.safeParse(body);
  const bodyRetryAfter = coded.success ? (coded.data.error.retry_after_seconds ?? null) : null;
  const waits = [headerRetryAfter, bodyRetryAfter].filter((wait) => wait !== null);
  return {
    limit: parseNonNegativeInteger(headers.get('X-RateLimit-Limit')),
    remaining: parseNonNegativeInteger(headers.get('X-RateLimit-Remaining')),
    resetAt: parseResetAt(headers.get('X-RateLimit-Reset'), nowMs),
    retryAfterSeconds: waits.length > 0 ? Math.min(MAX_SERVER_WAIT_SECONDS, Math.ceil(Math.max(...waits))) : null,
  };
}

/** Unix seconds, only when within the next MAX_SERVER_WAIT_SECONDS. */
function parseResetAt(value: string | null, nowMs: number): number | null {
  const resetAt = parseNonNegativeInteger(value);
  if (resetAt === null) return null;
  const inSeconds = resetAt - nowMs / 1000;
  return inSeconds > -1 && inSeconds <= MAX_SERVER_WAIT_SECONDS ? resetAt : null;
}

export function hasRateLimitInfo(info: RateLimitInfo): boolean {
  return Object.values(info).some((value) => value !== null);
}

export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = parseNonNegativeInteger(value);
  if (seconds !== null) return Math.min(seconds, MAX_SERVER_WAIT_SECONDS);
  // Every HTTP-date form starts with the day's name; Date.parse would also take "-5" as a year.
  if (!/^\s*[a-z]/i.test(value)) return null;
  const dateMs = Date.parse(value);
  if (Number.isNaN(dateMs)) return null;
  return Math.min(MAX_SERVER_WAIT_SECONDS, Math.max(0, Math.ceil((dateMs - nowMs) / 1000)));
}

function parseNonNegativeInteger(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

export const rateLimiterStateSchema = z.object({
  /** Times (ms) of the requests sent or reserved within the window, ascending. */
  slots: z.array(z.number()),
  /** Nothing may be sent before this time (ms); set by the server's headers. */
  blockedUntil: z.number(),
});

type RateLimiterState = z.infer<typeof rateLimiterStateSchema>;

export interface RateLimiterOptions {
  limit?: number;
  windowMs?: number;
  now?: () => number;
}

interface Reservation {
  /** Milliseconds until the request may go (0 = now). */
  waitMs: number;
  /** False when the wait was longer than the caller would hold the request: nothing was booked. */
  booked: boolean;
}

export interface RateLimiter {
  /**
   * Books the next slot when the request may go within `maxWaitMs`. A request that would wait
   * longer is not sent now, so it books nothing: refused requests must not crowd out later ones.
   */
  reserve(maxWaitMs: number): Reservation;
  /** Lets the server's view tighten ours: `remaining: 0` waits for the reset, `Retry-After` is honoured. */
  observe(info: RateLimitInfo): void;
  /** Forgets the server-imposed pause (the user asked to try now); the window of sent requests stays. */
  liftServerBlock(): void;
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
  const maxBlockMs = MAX_SERVER_WAIT_SECONDS * 1000;

  /**
   * Drops the slots that left the window. A slot more than a window ahead cannot have been booked on
   * this clock (bookings wait at most a window): the clock went back since, so it counts as now, and
   * a clock set back an hour delays the next request by one window at most, not by that hour.
   * A server pause is held to its cap from now for the same reason.
   */
  function forgetExpiredSlots(currentMs: number): void {
    state.slots = state.slots
      .map((slot) => (slot > currentMs + windowMs ? currentMs : slot))
      .filter((slot) => slot > currentMs - windowMs)
      .sort((a, b) => a - b);
    state.blockedUntil = Math.min(state.blockedUntil, currentMs + maxBlockMs);
  }

  return {
    reserve(maxWaitMs) {
      const currentMs = now();
      forgetExpiredSlots(currentMs);
      let sendAt = Math.max(currentMs, state.blockedUntil);
      if (state.slots.length >= limit) {
        // The window must have slid past the `limit`-th most recent slot before another may go.
        const oldestBlockingSlot = state.slots[state.slots.length - limit] ?? currentMs;
        sendAt = Math.max(sendAt, oldestBlockingSlot + windowMs);
      }
      const waitMs = sendAt - currentMs;
      if (waitMs > maxWaitMs) return { waitMs, booked: false };
      state.slots = [...state.slots, sendAt].sort((a, b) => a - b);
      return { waitMs, booked: true };
    },
    observe(info) {
      const currentMs = now();
      if (info.retryAfterSeconds !== null) {
        state.blockedUntil = Math.max(state.blockedUntil, currentMs + info.retryAfterSeconds * 1000);
      }
      if (info.remaining === 0 && info.resetAt !== null) {
        state.blockedUntil = Math.max(state.blockedUntil, info.resetAt * 1000);
      }
      state.blockedUntil = Math.min(state.blockedUntil, currentMs + maxBlockMs);
    },
    liftServerBlock() {
      state.blockedUntil = 0;
    },
    toJSON() {
      forgetExpiredSlots(now());
      return { slots: [...state.slots], blockedUntil: state.blockedUntil };
    },
    fromJSON(json) {
      const restored = rateLimiterStateSchema.parse(json);
      // A pause stored by an older build (or a damaged value) is held to the same cap as a fresh one.
      const blockedUntil = Math.min(restored.blockedUntil, now() + maxBlockMs);
      state = { slots: [...restored.slots].sort((a, b) => a - b), blockedUntil };
    },
  };
}
