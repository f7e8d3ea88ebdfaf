import { describe, expect, it } from 'vitest';
import {
  createRateLimiter,
  MAX_SERVER_WAIT_SECONDS,
  parseRateLimitInfo,
  parseRetryAfter,
  type RateLimiter,
} from '../../../lib/stardex/rate-limit';

function fakeClock(startMs = 1_000_000) {
  let nowMs = startMs;
  return { now: () => nowMs, advance: (ms: number) => (nowMs += ms) };
}

const noInfo = { limit: null, remaining: null, resetAt: null, retryAfterSeconds: null };
/** The wait of a request that will be sent however long it has to wait. */
const wait = (limiter: RateLimiter) => limiter.reserve(Infinity).waitMs;

describe('parseRateLimitInfo', () => {
  it('reads the three X-RateLimit headers', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '60',
      'X-RateLimit-Remaining': '12',
      'X-RateLimit-Reset': '1790000000',
    });
    expect(parseRateLimitInfo(headers, undefined, 1_789_999_970_000)).toEqual({
      limit: 60,
      remaining: 12,
      resetAt: 1_790_000_000,
      retryAfterSeconds: null,
    });
  });

  it('ignores missing and garbled headers', () => {
    expect(
      parseRateLimitInfo(new Headers({ 'X-RateLimit-Limit': 'lots', 'X-RateLimit-Remaining': '-1' }), null),
    ).toEqual(noInfo);
  });

  it("takes the 429 body's retry_after_seconds, and the longer wait when both are given", () => {
    const body = {
      success: false,
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'slow down', retry_after_seconds: 40 },
    };
    expect(parseRateLimitInfo(new Headers(), body).retryAfterSeconds).toBe(40);
    expect(parseRateLimitInfo(new Headers({ 'Retry-After': '55' }), body).retryAfterSeconds).toBe(55);
  });
});

describe('parseRetryAfter', () => {
  const nowMs = Date.parse('2026-01-01T12:00:00Z');
  it.each([
    ['30', 30],
    ['0', 0],
    ['Thu, 01 Jan 2026 12:00:45 GMT', 45],
    ['Thu, 01 Jan 2026 11:59:00 GMT', 0],
    ['soon', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (value, expected) => {
    expect(parseRetryAfter(value, nowMs)).toBe(expected);
  });
});

describe('createRateLimiter', () => {
  it('lets `limit` requests go at once, then waits for the window to slide', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 10_000, now: clock.now });
    expect([wait(limiter), wait(limiter), wait(limiter)]).toEqual([0, 0, 0]);
    expect(wait(limiter)).toBe(10_000);
    clock.advance(4_000);
    // The 4th took the slot at +10 s; the 5th must wait for the 2nd to leave the window too.
    expect(wait(limiter)).toBe(6_000);
  });

  it('spaces requests made over time by the sliding window, not a fixed one', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, now: clock.now });
    limiter.reserve(Infinity);
    clock.advance(6_000);
    limiter.reserve(Infinity);
    clock.advance(1_000);
    expect(wait(limiter)).toBe(3_000);
  });

  it('waits until the reset when the server says nothing remains', () => {
    const clock = fakeClock(1_700_000_000_000);
    const limiter = createRateLimiter({ now: clock.now });
    limiter.observe({ limit: 60, remaining: 0, resetAt: 1_700_000_025, retryAfterSeconds: null });
    expect(wait(limiter)).toBe(25_000);
  });

  it('honours Retry-After, and never loosens an earlier block', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    limiter.observe({ ...noInfo, retryAfterSeconds: 40 });
    limiter.observe({ ...noInfo, retryAfterSeconds: 5 });
    expect(wait(limiter)).toBe(40_000);
  });

  it('ignores headers that leave room', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    limiter.observe({ limit: 60, remaining: 10, resetAt: 9_999_999_999, retryAfterSeconds: null });
    expect(wait(limiter)).toBe(0);
  });

  it('survives a service-worker restart through toJSON/fromJSON', () => {
    const clock = fakeClock();
    const before = createRateLimiter({ limit: 2, windowMs: 10_000, now: clock.now });
    before.reserve(Infinity);
    before.reserve(Infinity);
    const stored = JSON.parse(JSON.stringify(before.toJSON())) as unknown;

    clock.advance(1_000);
    const after = createRateLimiter({ limit: 2, windowMs: 10_000, now: clock.now });
    after.fromJSON(stored);
    expect(wait(after)).toBe(9_000);
  });

  it('drops expired slots from the stored state', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, now: clock.now });
    limiter.reserve(Infinity);
    clock.advance(10_000);
    expect(limiter.toJSON().slots).toEqual([]);
  });

  it('refuses stored state it does not understand', () => {
    const limiter = createRateLimiter();
    expect(() => limiter.fromJSON({ slots: 'yesterday' })).toThrow();
  });
});

describe('a refused request books nothing', () => {
  it('does not move later requests back', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 10_000, now: clock.now });
    [1, 2, 3].forEach(() => limiter.reserve(Infinity));
    for (let i = 0; i < 5; i++) expect(limiter.reserve(1_000)).toEqual({ waitMs: 10_000, booked: false });
    expect(limiter.toJSON().slots).toHaveLength(3);
    clock.advance(10_000);
    expect(limiter.reserve(1_000)).toEqual({ waitMs: 0, booked: true });
  });

  it('after a burst of refused badge lookups, a save goes as soon as the window has room', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    for (let i = 0; i < 60; i++) limiter.reserve(10_000);
    for (let i = 0; i < 200; i++) {
      clock.advance(100);
      expect(limiter.reserve(10_000).booked).toBe(false);
    }
    clock.advance(40_000); // 60 s after the first 60 requests.
    expect(limiter.reserve(10_000)).toEqual({ waitMs: 0, booked: true });
  });
});

describe('server waits are capped', () => {
  const nowMs = Date.parse('2026-01-01T12:00:00Z');
  const nowSeconds = nowMs / 1000;

  it.each([
    ['86400', MAX_SERVER_WAIT_SECONDS],
    ['Thu, 01 Jan 2099 00:00:00 GMT', MAX_SERVER_WAIT_SECONDS],
    ['-5', null],
    ['NaN', null],
    ['1e9', null],
  ])('Retry-After %s -> %s', (value, seconds) => {
    expect(parseRetryAfter(value, nowMs)).toBe(seconds);
  });

  it("caps the 429 body's retry_after_seconds too", () => {
    const body = { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x', retry_after_seconds: 1e6 } };
    expect(parseRateLimitInfo(new Headers(), body, nowMs).retryAfterSeconds).toBe(MAX_SERVER_WAIT_SECONDS);
  });

  it.each([
    [String(nowSeconds + 30), nowSeconds + 30],
    [String(nowSeconds + MAX_SERVER_WAIT_SECONDS), nowSeconds + MAX_SERVER_WAIT_SECONDS],
    [String(nowSeconds + MAX_SERVER_WAIT_SECONDS + 1), null],
    [String(nowMs + 30_000), null], // milliseconds, not seconds
    [String(nowSeconds - 120), null], // already past
    ['30', null], // seconds from now, not a time
  ])('X-RateLimit-Reset %s -> %s', (value, resetAt) => {
    const headers = new Headers({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': value });
    expect(parseRateLimitInfo(headers, undefined, nowMs).resetAt).toBe(resetAt);
  });

  it('never blocks for longer than the cap, also from stored state', () => {
    const clock = fakeClock(nowMs);
    const limiter = createRateLimiter({ now: clock.now });
    limiter.observe({ limit: 60, remaining: 0, resetAt: nowSeconds * 1000, retryAfterSeconds: 10 ** 9 });
    expect(wait(limiter)).toBe(MAX_SERVER_WAIT_SECONDS * 1000);

    const restored = createRateLimiter({ now: clock.now });
    restored.fromJSON({ slots: [], blockedUntil: 8.64e15 });
    expect(restored.reserve(0)).toEqual({ waitMs: MAX_SERVER_WAIT_SECONDS * 1000, booked: false });
  });

  it('"Retry now" lifts the server pause but keeps the window of sent requests', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, now: clock.now });
    limiter.reserve(Infinity);
    limiter.observe({ ...noInfo, retryAfterSeconds: 3_000 });
    expect(limiter.reserve(0).waitMs).toBe(3_000_000);
    limiter.liftServerBlock();
    expect(limiter.reserve(0).waitMs).toBe(10_000);
  });
});
