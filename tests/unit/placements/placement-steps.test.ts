import type { Failure } from '../../../lib/failure';
import { describe, expect, it } from 'vitest';
import {
  OUTBOX_CAPACITY,
  OutboxFullError,
  claimNextDue,
  discard,
  enqueueSave,
  markDelivered,
  markFailed,
  markPatchApplied,
  nextWakeUp,
  outboxEntrySchema,
  type OutboxEntry,
  type OutboxSave,
} from '@/lib/outbox/outbox';
import { describeEntryParts, enqueueWithPlacement, type PlacementChoice } from '@/lib/placements/placement-steps';

const T0 = 1_700_000_000_000;
const URL_A = 'https://www.linkedin.com/in/ada-lovelace/';
const JOB = { id: 'job-1', name: 'Head of Talent Acquisition' };
const STAGE = { id: 'stage-3', name: 'Phone screen' };
const LIST = { id: 'list-1', name: 'Healthcare AI recruiters' };

const save = (overrides: Partial<OutboxSave> = {}): OutboxSave => ({
  id: 'save-1',
  personId: 'p-ada',
  personName: 'Ada Lovelace',
  linkedinUrl: URL_A,
  patch: { current_job_title: 'Analyst' },
  notes: [],
  ...overrides,
});

const everything: PlacementChoice = { job: { ...JOB, stage: STAGE, onJob: false }, list: LIST };

function ids() {
  let next = 0;
  return () => `step-${++next}`;
}

const queue = (entries: readonly OutboxEntry[], placement: PlacementChoice, overrides: Partial<OutboxSave> = {}) =>
  enqueueWithPlacement(entries, save(overrides), placement, T0, ids());

const stardexFailure = { code: null, stardexSaid: null, retryAfterSeconds: null, fields: [] };
const serverError: Failure = { kind: 'server', status: 503, ...stardexFailure, detail: 'HTTP 503' };
const badRequest: Failure = { kind: 'bad-request', status: 400, ...stardexFailure, detail: 'HTTP 400' };
const failure = { failure: serverError, retryable: true, retryAfterSeconds: null };
const refusal = { failure: badRequest, retryable: false, retryAfterSeconds: null };

describe('a save with a job, a stage and a list (issue 13)', () => {
  it('queues the PATCH with the job, then the stage step after it, then the list step after that', () => {
    const [entries, order] = queue([], everything);
    expect(order).toEqual(['save-1', 'step-1', 'step-2']);
    expect(entries.map((entry) => [entry.id, entry.job?.id, entry.step?.kind, entry.after])).toEqual([
      ['save-1', 'job-1', undefined, undefined],
      ['step-1', undefined, 'stage', 'save-1'],
      ['step-2', undefined, 'list', 'step-1'],
    ]);
    expect(entries[1]).toMatchObject({ patch: {}, notes: [], personId: 'p-ada', linkedinUrl: URL_A });
    // What is stored reads back as it was written.
    for (const entry of entries) expect(outboxEntrySchema.parse(entry)).toEqual(entry);
  });

  it('does not send job_id for a person the review showed on the job: only the stage moves', () => {
    const [entries, order] = queue([], { job: { ...JOB, stage: STAGE, onJob: true }, list: null }, { patch: {} });
    expect(order).toEqual(['step-1']);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ step: { kind: 'stage', job: JOB, stage: STAGE } });
    expect(entries[0]!.after).toBeUndefined();
  });

  it('a job without a stage is the PATCH alone, even with no field to change', () => {
    const [entries, order] = queue([], { job: { ...JOB, stage: null, onJob: false }, list: null }, { patch: {} });
    expect(order).toEqual(['save-1']);
    expect(entries[0]).toMatchObject({ patch: {}, job: JOB });
  });

  it('sends each step only after the one before it is delivered, one at a time', () => {
    let [entries] = queue([], everything);
    const sent: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      const [marked, claimed] = claimNextDue(entries, T0);
      expect(claimNextDue(marked, T0)[1]).toBeNull();
      sent.push(claimed!.id);
      entries = markDelivered(marked, claimed!.id);
    }
    expect(sent).toEqual(['save-1', 'step-1', 'step-2']);
    expect(entries).toEqual([]);
  });

  it('a step whose earlier step failed does not run, nor wakes the alarm; discarding that one frees it', () => {
    let [entries] = queue([], everything);
    const [marked, claimed] = claimNextDue(entries, T0);
    entries = markFailed(marked, claimed!.id, refusal, T0);
    expect(claimNextDue(entries, T0 + 60_000)[1]).toBeNull();
    expect(nextWakeUp(entries)).toBeNull();
    entries = discard(entries, 'save-1');
    expect(claimNextDue(entries, T0)[1]?.id).toBe('step-1');
  });

  it('a retryable failure of the stage step keeps the list step waiting until the retry delivers', () => {
    let [entries] = queue([], everything);
    let claimed: OutboxEntry | null;
    [entries, claimed] = claimNextDue(entries, T0);
    entries = markDelivered(entries, claimed!.id);
    [entries, claimed] = claimNextDue(entries, T0);
    expect(claimed!.id).toBe('step-1');
    // A wait of its own (half the backoff ceiling): a time before the failure itself would be the clock going back.
    entries = markFailed(entries, 'step-1', failure, T0, () => 0.5);
    const retryAt = entries.find((entry) => entry.id === 'step-1')!.nextAttemptAt;
    expect(nextWakeUp(entries)).toBe(retryAt);
    expect(claimNextDue(entries, retryAt - 1)[1]).toBeNull();
    [entries, claimed] = claimNextDue(entries, retryAt);
    expect(claimed!.id).toBe('step-1');
    entries = markDelivered(entries, 'step-1');
    expect(claimNextDue(entries, retryAt)[1]?.id).toBe('step-2');
  });

  it('never folds a later save into a step, nor a save with a job into an earlier save', () => {
    const [withSteps] = queue([], everything);
    const [afterSteps, laterId] = enqueueSave(withSteps, save({ id: 'save-2', patch: { company_name: 'X' } }), T0);
    expect(laterId).toBe('save-2');
    expect(afterSteps).toHaveLength(4);

    const [plain] = enqueueSave([], save(), T0);
    const [both, order] = enqueueWithPlacement(plain, save({ id: 'save-2' }), everything, T0, ids());
    expect(order[0]).toBe('save-2');
    expect(both.map((entry) => entry.id)).toEqual(['save-1', 'save-2', 'step-1', 'step-2']);
  });

  it('once the PATCH went out, a retry for its notes does not carry the job again', () => {
    const [entries] = queue([], { job: { ...JOB, stage: null, onJob: false }, list: null }, { notes: ['a', 'b'] });
    const applied = markPatchApplied(entries, 'save-1');
    expect(applied[0]!.job).toBeUndefined();
    expect(applied[0]!.notes).toEqual(['a', 'b']);
  });

  it('refuses the whole action when the outbox has no room for all its steps', () => {
    const full = Array.from(
      { length: OUTBOX_CAPACITY - 2 },
      (_, index) => enqueueSave([], save({ id: `old-${index}`, personId: `p-${index}` }), T0)[0][0]!,
    );
    expect(() => queue(full, everything)).toThrow(OutboxFullError);
  });

  it('says what each entry sends', () => {
    const [entries] = queue([], everything, { notes: ['Met at the meetup'] });
    expect(entries.map(describeEntryParts)).toEqual([
      ['current_job_title', 'note', 'job "Head of Talent Acquisition"'],
      ['stage "Phone screen" on job "Head of Talent Acquisition"'],
      ['list "Healthcare AI recruiters"'],
    ]);
  });
});
