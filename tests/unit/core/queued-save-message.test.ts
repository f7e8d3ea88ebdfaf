import { describe, expect, it } from 'vitest';
import { deliveryFailureOf, describeQueuedSave } from '@/lib/background/delivery-failure';
import { IdentityMismatchError } from '@/lib/background/identity-guard';
import type { OutboxEntry } from '@/lib/outbox/outbox';
import { StardexError } from '@/lib/stardex/errors';

const now = 1_000_000;
function entryWith(message: string | null, inSeconds: number): OutboxEntry {
  return {
    id: 'a',
    personId: 'p',
    personName: null,
    linkedinUrl: 'https://www.linkedin.com/in/x/',
    patch: { name: 'X' },
    notes: [],
    createdAt: 0,
    updatedAt: 0,
    attempts: 1,
    nextAttemptAt: now + inSeconds * 1000,
    state: 'pending',
    sendingSince: null,
    lastError: message === null ? null : { message, retryable: true },
  };
}

describe('describeQueuedSave', () => {
  it('shows the real wait, not the Retry-After the message was written with', () => {
    expect(describeQueuedSave(entryWith('Stardex is rate-limiting: retrying in 40 s', 43), now)).toBe(
      'Stardex is rate-limiting: retrying in 43 s',
    );
  });
  it('adds the wait to "retrying"', () => {
    expect(describeQueuedSave(entryWith('Stardex had a problem (HTTP 503): retrying', 12), now)).toBe(
      'Stardex had a problem (HTTP 503): retrying in 12 s',
    );
  });
  it('says a long wait in minutes, also when the stored message named it in minutes', () => {
    expect(describeQueuedSave(entryWith('Stardex is rate-limiting: retrying in 60 min', 45 * 60), now)).toBe(
      'Stardex is rate-limiting: retrying in 45 min',
    );
    expect(describeQueuedSave(entryWith('Stardex had a problem (HTTP 503): retrying', 3600), now)).toBe(
      'Stardex had a problem (HTTP 503): retrying in 60 min',
    );
  });
  it('adds the retry to messages that do not mention one', () => {
    expect(describeQueuedSave(entryWith("Can't reach Stardex - check your connection", 5), now)).toBe(
      "Can't reach Stardex - check your connection - retrying in 5 s",
    );
  });
});

describe('deliveryFailureOf', () => {
  it('retries transport and load problems, honouring Retry-After', () => {
    const failure = deliveryFailureOf(
      new StardexError({ kind: 'rate-limited', message: 'slow down', retryAfterSeconds: 40 }),
    );
    expect(failure).toMatchObject({ retryable: true, retryAfterSeconds: 40 });
    expect(failure.message).toMatch(/retrying in 40 s/);
  });
  it('does not retry a rejected key or a wrong-person refusal', () => {
    expect(deliveryFailureOf(new StardexError({ kind: 'auth', status: 401, message: 'bad key' })).retryable).toBe(
      false,
    );
    expect(deliveryFailureOf(new IdentityMismatchError('other profile'))).toMatchObject({
      retryable: false,
      message: 'other profile',
    });
  });
});
