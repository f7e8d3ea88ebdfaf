import { describe, expect, it } from 'vitest';
import { BackgroundError } from '@/lib/messaging/send-to-background';
import { MAX_NOTE_LENGTH } from '@/lib/notes';
import { reviewStatus, type ReviewStatus, type ReviewStatusInput } from '@/lib/review/review-status';
import type { StardexPerson } from '@/lib/stardex/schemas';

const calla: StardexPerson = { id: 'p1', name: 'Calla Northallen' };
const twin: StardexPerson = { id: 'p2', name: 'Calla Northallen' };

/** A matched person whose record is read and differs in two fields: ready to save. */
const ready: ReviewStatusInput = {
  sending: null,
  actionError: undefined,
  noteLength: 0,
  draftError: undefined,
  saved: undefined,
  created: undefined,
  match: { state: 'done', data: { status: 'matched', person: calla, linked: false } },
  record: { state: 'done', data: calla },
  hasContactProblems: false,
  overLimit: [],
  fieldCount: 2,
  hasNote: false,
  placing: false,
};

/** Stands in for errorStatus: the error's message, marked so the tests see it was used. */
const describeError = (error: unknown): ReviewStatus => ({
  tone: 'error',
  message: `described: ${error instanceof Error ? error.message : String(error)}`,
  detail: 'raw detail',
});
const status = (change: Partial<ReviewStatusInput>) => reviewStatus({ ...ready, ...change }, describeError);
const heldBack = (seconds: number) =>
  new BackgroundError({
    kind: 'rate-limited',
    status: null,
    code: 'client_pacing',
    stardexSaid: null,
    retryAfterSeconds: seconds,
    fields: [],
  });

describe('reviewStatus', () => {
  it('ready: counts the fields the save would write', () => {
    expect(status({})).toEqual({ tone: 'info', message: 'Ready to update 2 field(s) in Stardex.' });
  });

  it('nothing to update when no field differs and there is no note', () => {
    expect(status({ fieldCount: 0 })).toEqual({
      tone: 'success',
      message: 'Nothing to update: Stardex already has these values.',
    });
  });

  it('a note alone is something to save', () => {
    expect(status({ fieldCount: 0, hasNote: true }).message).toBe('Ready to update 0 field(s) in Stardex.');
  });

  it('contact problems block the save', () => {
    expect(status({ hasContactProblems: true })).toEqual({
      tone: 'error',
      message: 'Fix the contact details marked below before saving.',
    });
  });

  it('saving and creating say what is being sent, before anything else', () => {
    expect(status({ sending: 'saving', actionError: new Error('x') })).toEqual({
      tone: 'info',
      message: 'Saving to Stardex…',
    });
    expect(status({ sending: 'creating' })).toEqual({ tone: 'info', message: 'Creating in Stardex…' });
  });

  it('a failed action is described by the given describer', () => {
    expect(status({ actionError: new Error('Stardex is down'), saved: undefined })).toEqual({
      tone: 'error',
      message: 'described: Stardex is down',
      detail: 'raw detail',
    });
  });

  it('a note over the limit says the edits are not kept', () => {
    const result = status({ noteLength: MAX_NOTE_LENGTH + 1, draftError: new Error('full') });
    expect(result.tone).toBe('error');
    expect(result.message).toContain(`${MAX_NOTE_LENGTH + 1} characters`);
    expect(result.message).toContain('until then your edits are not kept as a draft');
    expect(status({ noteLength: MAX_NOTE_LENGTH }).message).toBe('Ready to update 2 field(s) in Stardex.');
  });

  it('a draft that could not be kept is said, with the described reason', () => {
    expect(status({ draftError: new Error('storage full') })).toEqual({
      tone: 'error',
      message: 'Your edits could not be kept: described: storage full',
      detail: 'raw detail',
    });
  });

  it('saved: the number of fields, and the notice when there is one', () => {
    expect(status({ saved: { status: 'saved', personId: 'p1', fields: ['a', 'b', 'c'] } })).toEqual({
      tone: 'success',
      message: 'Saved to Stardex: updated 3 field(s).',
    });
    const withNotice = status({ saved: { status: 'saved', personId: 'p1', fields: ['a'], notice: 'Read back.' } });
    expect(withNotice.message).toBe('Saved to Stardex: updated 1 field(s). Read back.');
  });

  it('queued: kept in the outbox, with where the save stands, naming the step that waits', () => {
    const attempt = { state: 'pending' as const, lastError: null, retryInSeconds: 40 };
    expect(status({ saved: { status: 'queued', personId: 'p1', fields: ['a'], attempt } })).toEqual({
      tone: 'info',
      message: 'Kept in the outbox, not yet in Stardex. Waiting to send - retrying in 40 s',
    });
    const stuckPart = ['list "Harbour pilots"'];
    expect(status({ saved: { status: 'queued', personId: 'p1', fields: [], attempt, stuckPart } }).message).toBe(
      'Kept in the outbox, not yet in Stardex. list "Harbour pilots": Waiting to send - retrying in 40 s',
    );
  });

  it('a job or list chosen: ready even with no field to write, and saved says what was placed', () => {
    expect(status({ fieldCount: 0, placing: true })).toEqual({
      tone: 'info',
      message: 'Ready to update 0 field(s) and the jobs and lists chosen in Stardex.',
    });
    const saved = { status: 'saved' as const, personId: 'p1', fields: [], placed: ['stage "Phone screen"'] };
    expect(status({ saved }).message).toBe('Saved to Stardex: updated 0 field(s); stage "Phone screen".');
  });

  it('created: the background message', () => {
    const created = {
      status: 'created' as const,
      person: calla,
      message: 'Created Calla Northallen in Stardex.',
      then: null,
    };
    expect(status({ created })).toEqual({ tone: 'success', message: 'Created Calla Northallen in Stardex.' });
  });

  it('a failed match or record lookup is described', () => {
    expect(status({ match: { state: 'error', error: new Error('no match') }, record: null }).message).toBe(
      'described: no match',
    );
    expect(status({ record: { state: 'error', error: new Error('no record') } }).message).toBe('described: no record');
  });

  it('a lookup held back by the rate limit says when it asks again', () => {
    const expected = { tone: 'info', message: 'Held back by the Stardex rate limit: looking again by itself in 12 s.' };
    expect(status({ match: { state: 'pending', failureReason: heldBack(12) }, record: null })).toEqual(expected);
    expect(status({ record: { state: 'pending', failureReason: heldBack(12) } })).toEqual(expected);
  });

  it('looking, not in Stardex, several people, reading the record', () => {
    expect(status({ match: { state: 'pending', failureReason: null }, record: null }).message).toBe(
      'Looking for this person in Stardex…',
    );
    expect(status({ match: { state: 'done', data: { status: 'none' } }, record: null }).message).toBe(
      'Not in Stardex: no person there has this LinkedIn URL.',
    );
    const several = { state: 'done' as const, data: { status: 'several' as const, persons: [calla, twin] } };
    expect(status({ match: several, record: null }).message).toBe(
      'Several Stardex people have this LinkedIn URL: pick the right one.',
    );
    expect(status({ match: several, record: { state: 'pending', failureReason: null } }).message).toBe(
      'Reading the Stardex record…',
    );
  });

  it('an outcome of the last action comes before the lookups', () => {
    const saved = { status: 'saved' as const, personId: 'p1', fields: ['a'] };
    expect(status({ saved, match: { state: 'pending', failureReason: null } }).tone).toBe('success');
  });
});
