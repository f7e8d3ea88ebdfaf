import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The pacer keeps its limiter in module scope: a fresh module (and clock) per test.
async function pacing() {
  vi.resetModules();
  return import('@/lib/stardex/request-pacing.background');
}

const stored = async () => (await fakeBrowser.storage.local.get('rateLimiter')).rateLimiter as { slots: number[] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('paceNextRequest', () => {
  it('refuses a request whose slot is over 10 s away without booking it', async () => {
    const { paceNextRequest } = await pacing();
    for (let i = 0; i < 60; i++) await paceNextRequest();
    await expect(paceNextRequest()).rejects.toMatchObject({
      name: 'StardexError',
      kind: 'rate-limited',
      retryAfterSeconds: 60,
    });
    for (let i = 0; i < 100; i++) await expect(paceNextRequest()).rejects.toMatchObject({ kind: 'rate-limited' });
    expect((await stored()).slots).toHaveLength(60);

    vi.advanceTimersByTime(60_000);
    await expect(paceNextRequest()).resolves.toBeUndefined();
    expect((await stored()).slots).toHaveLength(1);
  });

  it('"Retry now" lifts a pause Stardex asked for', async () => {
    const { liftServerPause, observeRateLimit, paceNextRequest } = await pacing();
    await observeRateLimit({ limit: 60, remaining: 59, resetAt: null, retryAfterSeconds: 3_600 });
    await expect(paceNextRequest()).rejects.toMatchObject({ retryAfterSeconds: 3_600 });
    await liftServerPause();
    await expect(paceNextRequest()).resolves.toBeUndefined();
  });
});
