import { describe, expect, it } from 'vitest';
import { claimNextDue, nextWakeUp } from '@/lib/outbox/outbox';
import { createRateLimiter } from '@/lib/stardex/rate-limit';
import { storedEntry } from './outbox-fakes';

/** Issue 22 item 14: the computer's clock set back an hour stalls nothing. */

const T = Date.UTC(2026, 11, 7, 9, 0, 0);
const HOUR = 60 * 60_000;

describe('the rate limiter after the clock went back (issue 22 item 14)', () => {
  it('60 requests, then the clock an hour back: the next request waits one window at most, not 61 minutes', () => {
    let now = T;
    const limiter = createRateLimiter({ now: () => now });
    for (let sent = 0; sent < 60; sent += 1) expect(limiter.reserve(0).booked).toBe(true);
    now = T - HOUR;
    const next = limiter.reserve(HOUR * 2);
    expect(next.booked).toBe(true);
    expect(next.waitMs).toBeLessThanOrEqual(60_000);
  });
});

describe('the outbox after the clock went back (issue 22 item 14)', () => {
  it('a save scheduled 5 s ahead is due now, not an hour and 5 s later', () => {
    const waiting = storedEntry({ updatedAt: T, nextAttemptAt: T + 5_000 });
    const back = T - HOUR;
    expect(nextWakeUp([waiting], back)).toBe(back);
    expect(claimNextDue([waiting], back)[1]?.id).toBe(waiting.id);
  });

  it('a save marked sending "in the future" counts as cut off, and is sent again', () => {
    const cutOff = storedEntry({ state: 'sending', sendingSince: T, updatedAt: T });
    const back = T - HOUR;
    expect(claimNextDue([cutOff], back)[1]?.id).toBe(cutOff.id);
  });

  it('no stored wait exceeds now + the longest wait the outbox sets', () => {
    const absurd = storedEntry({ updatedAt: T, nextAttemptAt: T + 1000 * HOUR });
    expect(nextWakeUp([absurd], T)).toBeLessThanOrEqual(T + HOUR);
  });
});
