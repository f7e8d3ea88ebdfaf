import { describe, expect, it } from 'vitest';
import { toFailure } from '@/lib/to-failure.background';
import { heldBackRetryDelayMs, heldBackSeconds, retryHeldBackLookup } from '@/lib/messaging/held-back-lookup';
import { BackgroundError } from '@/lib/messaging/send-to-background';
import { StardexError } from '@/lib/stardex/errors';

/** What the popup receives for an error the background hit: the failure, carried over the message channel. */
const asSeenByPopup = (error: unknown) => new BackgroundError(JSON.parse(JSON.stringify(toFailure(error))));

describe('a lookup held back by the rate limit', () => {
  const heldBack = asSeenByPopup(
    new StardexError({ kind: 'rate-limited', message: 'Holding back', retryAfterSeconds: 42 }),
  );

  it('is asked again after the wait, a few times', () => {
    expect(heldBackSeconds(heldBack)).toBe(42);
    expect(retryHeldBackLookup(0, heldBack)).toBe(true);
    expect(heldBackRetryDelayMs(0, heldBack)).toBeGreaterThanOrEqual(42_000);
    expect(heldBackRetryDelayMs(0, heldBack)).toBeLessThan(43_000);
    expect(retryHeldBackLookup(5, heldBack)).toBe(false);
  });

  it.each([
    ['a server error', new StardexError({ kind: 'server', status: 503, message: 'x', retryAfterSeconds: 5 })],
    ['a rejected key', new StardexError({ kind: 'auth', message: 'x' })],
    ['a rate limit without a wait', new StardexError({ kind: 'rate-limited', message: 'x' })],
    ['any other error', new Error('boom')],
  ])('but not %s: that stays on screen', (_name, error) => {
    const seen = asSeenByPopup(error);
    expect(heldBackSeconds(seen)).toBeNull();
    expect(retryHeldBackLookup(0, seen)).toBe(false);
  });
});
