import { describe, expect, it } from 'vitest';
import { createRateLimiter, parseRateLimitInfo, parseRetryAfter } from '../../../lib/stardex/rate-limit';

function fakeClock(startMs = 1_000_000) {
  let nowMs = startMs;
  return { now: () => nowMs, advance: (ms: number) => (nowMs += ms) };
}

const noInfo = { limit: null, remaining: null, resetAt: null, retryAfterSeconds: null };

describe('parseRateLimitInfo', () => {
  it('reads the three X-RateLimit headers', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '60',
      'X-RateLimit-Remaining': '12',
      'X-RateLimit-Reset': '1790000000',
    });
    expect(parseRateLimitInfo(headers, undefined)).toEqual({
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
    expect([limiter.reserve(), limiter.reserve(), limiter.reserve()]).toEqual([0, 0, 0]);
    expect(limiter.reserve()).toBe(10_000);
    clock.advance(4_000);
    // The 4th took the slot at +10 s; the 5th must wait for the 2nd to leave the window too.
    expect(limiter.reserve()).toBe(6_000);
  });

  it('spaces requests made over time by the sliding window, not a fixed one', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, now: clock.now });
    limiter.reserve();
    clock.advance(6_000);
    limiter.reserve();
    clock.advance(1_000);
    expect(limiter.reserve()).toBe(3_000);
  });

  it('waits until the reset when the server says nothing remains', () => {
    const clock = fakeClock(1_700_000_000_000);
    const limiter = createRateLimiter({ now: clock.now });
    limiter.observe({ limit: 60, remaining: 0, resetAt: 1_700_000_025, retryAfterSeconds: null });
    expect(limiter.reserve()).toBe(25_000);
  });

  it('honours Retry-After, and never loosens an earlier block', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    limiter.observe({ ...noInfo, retryAfterSeconds: 40 });
    limiter.observe({ ...noInfo, retryAfterSeconds: 5 });
    expect(limiter.reserve()).toBe(40_000);
  });

  it('ignores headers that leave room', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    limiter.observe({ limit: 60, remaining: 10, resetAt: 9_999_999_999, retryAfterSeconds: null });
    expect(limiter.reserve()).toBe(0);
  });

  it('survives a service-worker restart through toJSON/fromJSON', () => {
    const clock = fakeClock();
    const before = createRateLimiter({ limit: 2, windowMs: 10_000, now: clock.now });
    before.reserve();
    before.reserve();
    const stored = JSON.parse(JSON.stringify(before.toJSON())) as unknown;

    clock.advance(1_000);
    const after = createRateLimiter({ limit: 2, windowMs: 10_000, now: clock.now });
    after.fromJSON(stored);
    expect(after.reserve()).toBe(9_000);
  });

  it('drops expired slots from the stored state', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, now: clock.now });
    limiter.reserve();
    clock.advance(10_000);
    expect(limiter.toJSON().slots).toEqual([]);
  });

  it('refuses stored state it does not understand', () => {
    const limiter = createRateLimiter();
    expect(() => limiter.fromJSON({ slots: 'yesterday' })).toThrow();
  });
});
