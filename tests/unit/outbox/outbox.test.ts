import { describe, it, expect } from 'vitest';
import {
  BASE_RETRY_DELAY_MS,
  MAX_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  OUTBOX_CAPACITY,
  OutboxFullError,
  STALE_SENDING_MS,
  DiscardTooLateError,
  claimNextDue,
  discard,
  enqueueSave,
  markDelivered,
  markFailed,
  markNotePosted,
  markPatchApplied,
  markSending,
  nextWakeUp,
  outboxEntrySchema,
  retryDelayMs,
  retryNow,
  summarize,
  type OutboxEntry,
  type OutboxSave,
} from '../../../lib/outbox/outbox';
import type { Failure } from '../../../lib/failure';
import { MAX_NOTE_LENGTH, MAX_NOTES_PER_SAVE } from '../../../lib/notes';
import { outboxEntryToV2 } from '../../../lib/outbox/migrations';

const T0 = 1_700_000_000_000;
const ADA_URL = 'https://www.linkedin.com/in/ada-lovelace/';
const OTHER_URL = 'https://www.linkedin.com/in/ada-byron-king/';

function save(overrides: Partial<OutboxSave> = {}): OutboxSave {
  return {
    id: 's1',
    personId: 'p-ada',
    personName: 'Ada Lovelace',
    linkedinUrl: ADA_URL,
    patch: { current_job_title: 'Analyst' },
    notes: [],
    ...overrides,
  };
}

/** The outbox after queueing `next`; the id of the entry holding it is checked where it matters. */
const queue = (entries: readonly OutboxEntry[], next: OutboxSave, now: number) => enqueueSave(entries, next, now)[0];

function entry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    ...save(),
    createdAt: T0,
    updatedAt: T0,
    attempts: 0,
    nextAttemptAt: T0,
    state: 'pending',
    sendingSince: null,
    lastError: null,
    ...overrides,
  };
}

const stardexFailure = { code: null, stardexSaid: null, retryAfterSeconds: null, fields: [] };
const serverError: Failure = { kind: 'server', status: 503, ...stardexFailure, detail: 'HTTP 503' };
const serverFault = { failure: serverError, retryable: true, retryAfterSeconds: null };
const storedError: Failure = { kind: 'bad-request', status: 400, ...stardexFailure, detail: 'HTTP 400' };
const refusal = { failure: storedError, retryable: false, retryAfterSeconds: null };
const alwaysMax = () => 1;

describe('enqueueSave', () => {
  it('appends a new entry that is due immediately', () => {
    const [queued, id] = enqueueSave([], save(), T0);
    expect(queued).toEqual([entry()]);
    expect(id).toBe('s1');
    expect(queued.map((e) => outboxEntrySchema.parse(e))).toEqual(queued);
  });

  it('merges a newer edit into a pending entry of the same profile: same keys replaced, others kept', () => {
    const first = queue([], save({ patch: { current_job_title: 'Analyst', company_name: 'Babbage & Co' } }), T0);
    const [merged, id] = enqueueSave(first, save({ id: 's2', patch: { current_job_title: 'Engineer' } }), T0 + 10);
    expect(id).toBe('s1');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      id: 's1',
      patch: { current_job_title: 'Engineer', company_name: 'Babbage & Co' },
      updatedAt: T0 + 10,
      nextAttemptAt: T0 + 10,
    });
  });

  it('never merges into a failed entry: the refused values stay there, the new save goes out on its own', () => {
    const refused = entry({
      linkedinUrl: OTHER_URL,
      patch: { linkedin_headline: 'Headline of the other profile', name: 'Ada Byron King' },
      state: 'failed',
      lastError: storedError,
    });
    const [queued, id] = enqueueSave([refused], save({ id: 's2', patch: { current_job_title: 'Engineer' } }), T0 + 5);
    expect(id).toBe('s2');
    expect(queued[0]).toEqual(refused);
    expect(queued[1]).toMatchObject({ id: 's2', linkedinUrl: ADA_URL, patch: { current_job_title: 'Engineer' } });
    expect(nextDueEntry(queued, T0 + 5)?.id).toBe('s2');
  });

  it("never merges a save for another profile of the same person, and never changes an entry's profile", () => {
    const pending = entry({ linkedinUrl: OTHER_URL });
    const queued = queue([pending], save({ id: 's2' }), T0 + 1);
    expect(queued.map((e) => [e.id, e.linkedinUrl])).toEqual([
      ['s1', OTHER_URL],
      ['s2', ADA_URL],
    ]);
  });

  it('treats another spelling of the same profile (case, percent-encoding) as the same profile', () => {
    const spelling = 'https://www.linkedin.com/in/%41da-Lovelace/';
    const queued = queue([entry()], save({ id: 's2', linkedinUrl: spelling }), T0 + 1);
    expect(queued.map((e) => [e.id, e.linkedinUrl])).toEqual([['s1', ADA_URL]]);
  });

  it('does not merge into an entry that is already sending', () => {
    const sending = [entry({ state: 'sending', sendingSince: T0 })];
    const queued = queue(sending, save({ id: 's2', patch: { company_name: 'Analytical Engines' } }), T0 + 1);
    expect(queued.map((e) => [e.id, e.state])).toEqual([
      ['s1', 'sending'],
      ['s2', 'pending'],
    ]);
    expect(queued[0]?.patch).toEqual({ current_job_title: 'Analyst' });
  });

  it('merges into the last entry of the person, behind one that is sending', () => {
    const entries = [entry({ state: 'sending', sendingSince: T0 }), entry({ id: 's2' })];
    const [merged, id] = enqueueSave(entries, save({ id: 's3', patch: { name: 'Ada King' } }), T0 + 1);
    expect(id).toBe('s2');
    expect(merged.map((e) => e.id)).toEqual(['s1', 's2']);
    expect(merged[1]?.patch).toEqual({ current_job_title: 'Analyst', name: 'Ada King' });
  });

  it('keeps notes as a list: a second long note is appended, not joined into one overlong note', () => {
    const long = 'n'.repeat(MAX_NOTE_LENGTH);
    const first = queue([], save({ patch: {}, notes: [long] }), T0);
    const merged = queue(first, save({ id: 's2', patch: {}, notes: [long] }), T0 + 1);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.notes).toEqual([long, long]);
    expect(outboxEntrySchema.safeParse(merged[0]).success).toBe(true);
  });

  it('starts a new entry once an entry holds as many notes as one save may carry', () => {
    const full = entry({ notes: Array.from({ length: MAX_NOTES_PER_SAVE }, (_, i) => `note ${i}`) });
    const queued = queue([full], save({ id: 's2', notes: ['one more'] }), T0 + 1);
    expect(queued.map((e) => e.notes.length)).toEqual([MAX_NOTES_PER_SAVE, 1]);
  });

  it('keeps saves for different people apart', () => {
    const queued = queue([entry()], save({ id: 's2', personId: 'p-grace' }), T0);
    expect(queued.map((e) => e.personId)).toEqual(['p-ada', 'p-grace']);
  });

  it('does not mutate its input', () => {
    const entries = [entry()];
    const snapshot = structuredClone(entries);
    enqueueSave(entries, save({ id: 's2', patch: { name: 'Ada King' } }), T0 + 1);
    expect(entries).toEqual(snapshot);
  });

  it('refuses to grow past the capacity instead of dropping saves', () => {
    const full = Array.from({ length: OUTBOX_CAPACITY }, (_, i) => entry({ id: `e${i}`, personId: `p${i}` }));
    expect(() => enqueueSave(full, save({ personId: 'p-new' }), T0)).toThrow(OutboxFullError);
    expect(queue(full, save({ personId: 'p0' }), T0)).toHaveLength(OUTBOX_CAPACITY);
  });
});

/** The entry the next delivery pass would choose (claimNextDue also marks it; only the choice is asked here). */
const nextDueEntry = (entries: readonly OutboxEntry[], now: number) => claimNextDue(entries, now)[1];

describe('choosing the next due entry', () => {
  it('returns nothing for an empty queue or before the entry is due', () => {
    expect(nextDueEntry([], T0)).toBeNull();
    expect(nextDueEntry([entry({ nextAttemptAt: T0 + 1 })], T0)).toBeNull();
  });

  it('keeps per-person order: a later save waits while an earlier one is queued', () => {
    const sending = entry({ state: 'sending', sendingSince: T0 });
    const waiting = entry({ id: 's2' });
    expect(nextDueEntry([sending, waiting], T0 + 1)).toBeNull();
    expect(nextDueEntry([entry({ nextAttemptAt: T0 + 5_000 }), waiting], T0 + 1)).toBeNull();
  });

  it('does not let a failed entry, which waits for the user, hold back a newer save for the person', () => {
    const waiting = entry({ id: 's2' });
    expect(nextDueEntry([entry({ state: 'failed', lastError: storedError }), waiting], T0 + 1)?.id).toBe('s2');
  });

  it('lets different people proceed independently', () => {
    const waitingAda = entry({ nextAttemptAt: T0 + 9_000 });
    const grace = entry({ id: 's2', personId: 'p-grace' });
    expect(nextDueEntry([waitingAda, entry({ id: 's3' }), grace], T0)?.id).toBe('s2');
  });

  it('returns the oldest due entry first', () => {
    const queue = [entry({ id: 'a', personId: 'p1' }), entry({ id: 'b', personId: 'p2' })];
    expect(nextDueEntry(queue, T0)?.id).toBe('a');
  });

  it('treats a sending entry as pending again once it is stale', () => {
    const queue = [entry({ state: 'sending', sendingSince: T0 })];
    expect(nextDueEntry(queue, T0 + STALE_SENDING_MS - 1)).toBeNull();
    expect(nextDueEntry(queue, T0 + STALE_SENDING_MS)?.id).toBe('s1');
  });
});

describe('claimNextDue', () => {
  it('chooses and marks in one step, returning exactly the entry it marked', () => {
    const [entries, claimed] = claimNextDue([entry(), entry({ id: 's2', personId: 'p-grace' })], T0 + 2);
    expect(claimed).toEqual(entries[0]);
    expect(claimed).toMatchObject({ id: 's1', state: 'sending', sendingSince: T0 + 2 });
    expect(entries[1]?.state).toBe('pending');
  });

  it('sends an entry someone waits for before the rest of the backlog', () => {
    const backlog = [entry({ id: 'a', personId: 'p1' }), entry({ id: 'b', personId: 'p2' })];
    expect(claimNextDue(backlog, T0, new Set(['b']))[1]?.id).toBe('b');
  });

  it('keeps per-person order even for an entry someone waits for', () => {
    const entries = [entry({ id: 'a' }), entry({ id: 'b' }), entry({ id: 'c', personId: 'p2' })];
    expect(claimNextDue(entries, T0, new Set(['b']))[1]?.id).toBe('a');
  });

  it('claims nothing when nothing is due', () => {
    const waiting = [entry({ nextAttemptAt: T0 + 1 })];
    expect(claimNextDue(waiting, T0)).toEqual([waiting, null]);
  });
});

describe('sending and delivery', () => {
  it('markSending records when the request started', () => {
    const [sending] = markSending([entry()], 's1', T0 + 3);
    expect(sending).toMatchObject({ state: 'sending', sendingSince: T0 + 3, attempts: 0 });
  });

  it('counts the lost attempt when a stale send is restarted', () => {
    const stale = [entry({ state: 'sending', sendingSince: T0, attempts: 2 })];
    const [resent] = markSending(stale, 's1', T0 + STALE_SENDING_MS);
    expect(resent).toMatchObject({ attempts: 3, sendingSince: T0 + STALE_SENDING_MS });
  });

  it('markDelivered removes the entry and unblocks the next save for that person', () => {
    const queue = markSending([entry(), entry({ id: 's2' })], 's1', T0);
    const delivered = markDelivered(queue, 's1');
    expect(delivered.map((e) => e.id)).toEqual(['s2']);
    expect(nextDueEntry(delivered, T0)?.id).toBe('s2');
  });

  it('a delivered save takes the fields it set out of older failed saves for the person', () => {
    const older = entry({ state: 'failed', lastError: storedError, patch: { current_job_title: 'A', name: 'N' } });
    const covered = entry({ id: 'old2', state: 'failed', lastError: storedError, patch: { current_job_title: 'B' } });
    const newer = entry({ id: 'new', state: 'sending', sendingSince: T0, patch: { current_job_title: 'C' } });
    const after = markDelivered([older, covered, newer], 'new');
    expect(after.map((e) => [e.id, e.patch])).toEqual([['s1', { name: 'N' }]]);
  });

  it('markPatchApplied keeps only the notes; markNotePosted drops the note just posted', () => {
    const withNotes = [entry({ state: 'sending', sendingSince: T0, notes: ['first', 'second'] })];
    const applied = markPatchApplied(withNotes, 's1');
    expect(applied[0]).toMatchObject({ patch: {}, notes: ['first', 'second'] });
    expect(markNotePosted(applied, 's1')[0]?.notes).toEqual(['second']);
  });
});

describe('markFailed', () => {
  it('reschedules a retryable failure with backoff', () => {
    const sending = markSending([entry()], 's1', T0);
    const [retrying] = markFailed(sending, 's1', serverFault, T0 + 100, alwaysMax);
    expect(retrying).toMatchObject({
      state: 'pending',
      attempts: 1,
      sendingSince: null,
      nextAttemptAt: T0 + 100 + BASE_RETRY_DELAY_MS,
      lastError: serverError,
    });
  });

  it('honours Retry-After when rescheduling', () => {
    const [retrying] = markFailed([entry()], 's1', { ...serverFault, retryAfterSeconds: 120 }, T0, () => 0);
    expect(retrying?.nextAttemptAt).toBe(T0 + 120_000);
  });

  it('parks a non-retryable failure as failed, keeping the detail for the user', () => {
    const [failed] = markFailed([entry({ attempts: 2 })], 's1', refusal, T0);
    expect(failed).toMatchObject({
      state: 'failed',
      attempts: 2,
      lastError: storedError,
    });
    expect(nextDueEntry([failed!], T0 + MAX_RETRY_DELAY_MS)).toBeNull();
  });

  it(`gives up after ${MAX_ATTEMPTS} retryable failures`, () => {
    const [almost] = markFailed([entry({ attempts: MAX_ATTEMPTS - 2 })], 's1', serverFault, T0);
    expect(almost?.state).toBe('pending');
    const [exhausted] = markFailed([entry({ attempts: MAX_ATTEMPTS - 1 })], 's1', serverFault, T0);
    expect(exhausted).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS });
  });

  it('ignores an entry that was discarded meanwhile', () => {
    expect(markFailed([entry()], 'gone', serverFault, T0)).toEqual([entry()]);
  });
});

describe('retryDelayMs', () => {
  it('doubles the ceiling with each failure', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, null, alwaysMax))).toEqual([
      5_000, 10_000, 20_000, 40_000,
    ]);
  });

  it('never exceeds the cap', () => {
    expect(retryDelayMs(9, null, alwaysMax)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(60, null, alwaysMax)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('spreads retries across the whole window (full jitter)', () => {
    expect(retryDelayMs(3, null, () => 0)).toBe(0);
    expect(retryDelayMs(3, null, () => 0.5)).toBe(10_000);
  });

  it('is never shorter than Retry-After, even above the cap', () => {
    expect(retryDelayMs(1, 30, () => 0)).toBe(30_000);
    expect(retryDelayMs(4, 1.5, alwaysMax)).toBe(40_000);
    expect(retryDelayMs(1, 3_600, alwaysMax)).toBe(3_600_000);
  });
});

describe('retryNow and discard', () => {
  it('retryNow makes a failed entry due now with a fresh attempt count', () => {
    const failed = [entry({ state: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: T0, lastError: storedError })];
    const [retried] = retryNow(failed, 's1', T0 + 50);
    expect(retried).toMatchObject({ state: 'pending', attempts: 0, nextAttemptAt: T0 + 50, lastError: null });
    expect(nextDueEntry([retried!], T0 + 50)?.id).toBe('s1');
  });

  it('retryNow skips the backoff wait of a pending entry', () => {
    const [retried] = retryNow([entry({ attempts: 3, nextAttemptAt: T0 + 600_000 })], 's1', T0);
    expect(retried).toMatchObject({ attempts: 0, nextAttemptAt: T0 });
  });

  it('retryNow leaves an entry in flight alone', () => {
    const sending = [entry({ state: 'sending', sendingSince: T0 })];
    expect(retryNow(sending, 's1', T0 + 1)).toEqual(sending);
  });

  it('discard removes only that entry', () => {
    const entries = [entry(), entry({ id: 's2', personId: 'p-grace' })];
    expect(discard(entries, 's1').map((e) => e.id)).toEqual(['s2']);
    expect(entries).toHaveLength(2);
  });

  it('discard refuses, with a clear message, a save being sent or already gone', () => {
    const sending = [entry({ state: 'sending', sendingSince: T0 })];
    expect(() => discard(sending, 's1')).toThrow(DiscardTooLateError);
    expect(() => discard(sending, 's1')).toThrow(/Too late to discard: this save is being sent/);
    expect(() => discard([], 's1')).toThrow(/already been sent to Stardex/);
  });
});

describe('nextWakeUp', () => {
  it('is null when nothing will become due by itself', () => {
    expect(nextWakeUp([])).toBeNull();
    expect(nextWakeUp([entry({ state: 'failed' })])).toBeNull();
  });

  it('is the earliest nextAttemptAt among entries free to go', () => {
    const queue = [
      entry({ id: 'a', personId: 'p1', nextAttemptAt: T0 + 9_000 }),
      entry({ id: 'b', personId: 'p2', nextAttemptAt: T0 + 4_000 }),
    ];
    expect(nextWakeUp(queue)).toBe(T0 + 4_000);
  });

  it('ignores entries waiting behind an earlier save for the same person', () => {
    const entries = [entry({ state: 'sending', sendingSince: T0 }), entry({ id: 's2', nextAttemptAt: T0 })];
    expect(nextWakeUp(entries)).toBe(T0 + STALE_SENDING_MS);
  });

  it('wakes up for a save waiting behind a failed one of the same person', () => {
    expect(nextWakeUp([entry({ state: 'failed' }), entry({ id: 's2', nextAttemptAt: T0 + 7 })])).toBe(T0 + 7);
  });

  it('wakes up to recover a send that may have died with the worker', () => {
    expect(nextWakeUp([entry({ state: 'sending', sendingSince: T0 })])).toBe(T0 + STALE_SENDING_MS);
  });
});

describe('summarize', () => {
  const queue = [
    entry({ id: 'a', state: 'sending', sendingSince: T0 }),
    entry({ id: 'b', personId: 'p2', linkedinUrl: 'https://www.linkedin.com/in/grace-hopper/' }),
    entry({ id: 'c', personId: 'p3', linkedinUrl: 'https://www.linkedin.com/in/Ada-Lovelace/', state: 'failed' }),
  ];

  it('counts pending (waiting or in flight) and failed entries', () => {
    expect(summarize(queue)).toEqual({ pending: 2, failed: 1, forProfile: [] });
  });

  it('lists the entries for a profile, comparing profiles as sameProfile does (slug case ignored)', () => {
    expect(summarize(queue, ADA_URL).forProfile.map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('outbox schema', () => {
  it('accepts a well-formed entry', () => {
    const failed = entry({ state: 'failed', lastError: storedError });
    expect(outboxEntrySchema.parse(failed)).toEqual(failed);
  });

  it.each([
    ['a patch with an unknown key', { patch: { favourite_colour: 'teal' } }],
    ['a patch value of the wrong type', { patch: { emails: 'ada@example.com' } }],
    ['negative attempts', { attempts: -1 }],
    ['fractional attempts', { attempts: 1.5 }],
    ['an unknown state', { state: 'delivered' }],
    ['an empty person id', { personId: '' }],
    ['a sending entry without a start time', { state: 'sending', sendingSince: null }],
    ['a start time on an entry not sending', { sendingSince: T0 }],
    ['a malformed error', { lastError: { message: 'x' } }],
  ])('rejects %s', (_label, overrides) => {
    expect(outboxEntrySchema.safeParse({ ...entry(), ...overrides }).success).toBe(false);
  });

  it('migrates an entry stored with the former single note to a list of one', () => {
    const former: Partial<OutboxEntry> = entry();
    delete former.notes;
    const migrated = (raw: unknown) => outboxEntrySchema.parse(outboxEntryToV2(raw));
    expect(migrated({ ...former, note: 'Met at the meetup.' }).notes).toEqual(['Met at the meetup.']);
    expect(migrated(former).notes).toEqual([]);
  });

  it(`rejects a note over ${MAX_NOTE_LENGTH} characters and more than ${MAX_NOTES_PER_SAVE} notes`, () => {
    expect(outboxEntrySchema.safeParse(entry({ notes: ['n'.repeat(MAX_NOTE_LENGTH + 1)] })).success).toBe(false);
    const many = Array.from({ length: MAX_NOTES_PER_SAVE + 1 }, () => 'n');
    expect(outboxEntrySchema.safeParse(entry({ notes: many })).success).toBe(false);
  });
});
