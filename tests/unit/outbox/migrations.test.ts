import { describe, expect, it } from 'vitest';
import { outboxEntrySchema } from '../../../lib/outbox/outbox';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateStoredFailure, outboxEntryToV2 } from '../../../lib/outbox/migrations';
import { outboxItem } from '../../../lib/storage/items';
import { queuedSaveWords } from '../../../lib/ui-words/failures';

/** An outbox entry exactly as the version before failure records wrote it to storage. */
function storedBefore(lastError: unknown, state: 'pending' | 'failed' = 'failed') {
  return {
    id: '0b7c1f2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
    personId: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01',
    personName: 'Calla Northallen',
    linkedinUrl: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
    patch: { current_job_title: 'Technical Recruiter' },
    notes: [],
    createdAt: 1_000,
    updatedAt: 2_000,
    attempts: 1,
    nextAttemptAt: 62_000,
    state,
    sendingSince: null,
    lastError,
  };
}

describe('migrateStoredFailure: an outbox entry stored with its error as a sentence', () => {
  it('keeps a refusal word for word, with its detail', () => {
    const old = storedBefore({
      message: 'Stardex refused the request: A person with this LinkedIn URL already exists',
      detail: 'HTTP 409\n{"success":false}',
      retryable: false,
    });
    expect(migrateStoredFailure(old)).toEqual({
      ...old,
      lastError: {
        kind: 'stored-words',
        message: 'Stardex refused the request: A person with this LinkedIn URL already exists',
        detail: 'HTTP 409\n{"success":false}',
      },
    });
  });

  it.each([
    ['Stardex is rate-limiting: retrying in 40 s', 'Stardex is rate-limiting'],
    ['Stardex is rate-limiting: retrying in 60 min', 'Stardex is rate-limiting'],
    ['Stardex is rate-limiting: retrying in a moment', 'Stardex is rate-limiting'],
    ['Stardex had a problem (HTTP 503): retrying', 'Stardex had a problem (HTTP 503)'],
    ["Can't reach Stardex - check your connection", "Can't reach Stardex - check your connection"],
  ])('drops the retry schedule the sentence was written with: %s', (message, kept) => {
    const migrated = migrateStoredFailure(storedBefore({ message, retryable: true }, 'pending'));
    expect(migrated).toMatchObject({ lastError: { kind: 'stored-words', message: kept } });
    expect((migrated as { lastError: object }).lastError).not.toHaveProperty('retryable');
  });

  it('a waiting entry then reads with its real next attempt, once', () => {
    const entry = outboxEntrySchema.parse(
      outboxEntryToV2(
        storedBefore({ message: 'Stardex had a problem (HTTP 503): retrying', retryable: true }, 'pending'),
      ),
    );
    expect(queuedSaveWords({ state: entry.state, lastError: entry.lastError, retryInSeconds: 12 })).toBe(
      'Stardex had a problem (HTTP 503) - retrying in 12 s',
    );
  });

  it('leaves a current entry, an entry without error and anything not of the old shape alone', () => {
    const current = storedBefore({
      kind: 'timeout',
      status: null,
      code: null,
      stardexSaid: null,
      retryAfterSeconds: null,
      fields: [],
    });
    expect(migrateStoredFailure(current)).toBe(current);
    const clean = storedBefore(null);
    expect(migrateStoredFailure(clean)).toBe(clean);
    const halfOld = storedBefore({ message: 'x' });
    expect(migrateStoredFailure(halfOld)).toBe(halfOld);
    expect(migrateStoredFailure('not an entry')).toBe('not an entry');
    expect(migrateStoredFailure([1])).toEqual([1]);
  });

  it("is the outbox item's step to version 2: an outbox stored by version 1 reads in the new shape", async () => {
    fakeBrowser.reset();
    const old = { ...(storedBefore({ message: 'Not saved', detail: 'x', retryable: false }) as object), note: 'Met.' };
    delete (old as { notes?: unknown }).notes;
    await fakeBrowser.storage.local.set({ outbox: [old], outbox$: { v: 1 } });
    const [entry] = await outboxItem.getValue();
    expect(entry?.lastError).toEqual({ kind: 'stored-words', message: 'Not saved', detail: 'x' });
    expect(entry?.notes).toEqual(['Met.']);
    expect(outboxEntrySchema.safeParse(old).success).toBe(false);
  });
});
