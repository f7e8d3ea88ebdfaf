import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { discard, OutboxFullError, type OutboxEntry } from '@/lib/outbox/outbox';
import { assertPersonIsProfile, assertTabStillShows } from '@/lib/persons/identity-guard';
import { describeEntryParts } from '@/lib/placements/placement-steps';
import { reviewStatus, type ReviewStatusInput } from '@/lib/review/review-status';
import { validateBaseUrl } from '@/lib/settings/settings';
import { StorageFullError, StoredValueError } from '@/lib/storage/validated-item';
import { describePerson } from '@/lib/ui-words/persons';
import { getMessage } from '../i18n';

/**
 * A translation must reach every sentence a person reads: here each message of locales/en.yml comes back marked
 * as "translated", so a sentence still written in the code shows up unmarked.
 */
const translated = (key: string, substitutions?: string | (string | number)[]) => `«${getMessage(key, substitutions)}»`;
const fromLocale = expect.stringMatching(/^«.*»$/s) as string;

beforeEach(() => {
  fakeBrowser.i18n.getMessage = translated;
});

const URL_A = 'https://www.linkedin.com/in/ada-lovelace/';
const entry = (overrides: Partial<OutboxEntry>): OutboxEntry => ({
  id: 'e1',
  personId: 'p-ada',
  personName: 'Ada Lovelace',
  linkedinUrl: URL_A,
  patch: { current_job_title: 'Analyst' },
  notes: [],
  createdAt: 1,
  updatedAt: 1,
  attempts: 0,
  nextAttemptAt: 1,
  state: 'pending',
  sendingSince: null,
  lastError: null,
  ...overrides,
});
const messageOf = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('the sentences a person reads come from locales/en.yml', () => {
  it("the extension's own refusals", () => {
    expect(new OutboxFullError().message).toEqual(fromLocale);
    expect(new StorageFullError(new Error('quota')).message).toEqual(fromLocale);
    expect(new StoredValueError('outbox', 'not an array').message).toEqual(fromLocale);
    expect(messageOf(() => assertTabStillShows(URL_A, null))).toEqual(fromLocale);
    expect(
      messageOf(() =>
        assertPersonIsProfile({ id: 'p-ada', name: 'Ada', linkedin_public_id: 'someone-else' }, URL_A, null),
      ),
    ).toEqual(fromLocale);
    expect(messageOf(() => discard([entry({ state: 'sending', sendingSince: 1 })], 'e1'))).toEqual(fromLocale);
    expect(messageOf(() => discard([], 'e1'))).toEqual(fromLocale);
    for (const typed of ['not a url', 'ftp://stardex.example', 'https://api.stardex.ai/?key=1']) {
      expect(validateBaseUrl(typed)).toEqual({ ok: false, message: fromLocale });
    }
  });

  it('a Stardex person in one line', () => {
    expect(
      describePerson({ id: 'p1', name: 'Ada', current_job_title: 'Analyst', current_company_name: 'Engines' }),
    ).toEqual(fromLocale);
    expect(describePerson({ id: 'p1', name: null })).toEqual(fromLocale);
  });

  it("the outbox list's names of a save's steps", () => {
    const job = { id: 'job-1', name: 'Head of Talent' };
    const parts = [
      ...describeEntryParts(entry({ notes: ['Met at a fair'], job })),
      ...describeEntryParts(entry({ patch: {}, step: { kind: 'list', list: { id: 'l1', name: 'Shortlist' } } })),
      ...describeEntryParts(
        entry({ patch: {}, step: { kind: 'stage', job, stage: { id: 's1', name: 'Phone screen' } } }),
      ),
    ];
    // The field keys are data (the review labels them); the note, job, list and stage are words.
    expect(parts).toEqual(['current_job_title', fromLocale, fromLocale, fromLocale, fromLocale]);
  });

  it("the review's status line, from looking up to saved", () => {
    const ada = { id: 'p1', name: 'Ada' };
    const ready: ReviewStatusInput = {
      sending: null,
      actionError: undefined,
      noteLength: 0,
      draftError: undefined,
      saved: undefined,
      created: undefined,
      match: { state: 'done', data: { status: 'matched', person: ada, linked: false } },
      record: { state: 'done', data: ada },
      hasContactProblems: false,
      overLimit: [],
      fieldCount: 2,
      hasNote: false,
      placing: true,
    };
    const states: Partial<ReviewStatusInput>[] = [
      {},
      { fieldCount: 0, placing: false },
      { hasContactProblems: true },
      { record: { state: 'pending' } },
      { match: { state: 'pending' } },
      { sending: 'saving' },
      { sending: 'creating' },
      { saved: { status: 'saved', personId: 'p1', fields: ['a'], notice: 'Read back.' } },
    ] as Partial<ReviewStatusInput>[];
    for (const state of states) {
      expect(reviewStatus({ ...ready, ...state }, () => ({ tone: 'error', message: 'unused' })).message).toEqual(
        fromLocale,
      );
    }
  });
});
