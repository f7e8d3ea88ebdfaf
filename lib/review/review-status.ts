import {
  creatingWords,
  editsNotKeptWords,
  fixContactsWords,
  lookingUpWords,
  noteTooLongNoDraftWords,
  notInStardexWords,
  nothingToUpdateWords,
  reviewFieldTooLongWords,
  readingRecordWords,
  readyToUpdateWords,
  savingWords,
  severalMatchWords,
} from '../ui-words/review';
import { updatedWords } from '../ui-words/saves';
import type { CreateOutcome, MatchResult, SaveOutcome } from '../messaging/protocol';
import { heldBackSeconds } from '../messaging/held-back-lookup';
import { MAX_NOTE_LENGTH, noteTooLongMessage } from '../notes';
import type { StardexPerson } from '../stardex/schemas';
import type { OverLimit } from '../fields';
import { heldBackLookupWords, keptInOutboxWords } from '../ui-words/failures';
import { notSavedWords } from '../ui-words/saves';

/** One line telling the user where the review stands (rendered by components/StatusMessage). */
export interface ReviewStatus {
  message: string;
  tone: 'info' | 'success' | 'error';
  detail?: string | undefined;
}

/** A Stardex lookup as the review sees it: still asking (maybe held back), failed, or answered. */
export type Lookup<T> =
  { state: 'pending'; failureReason: unknown } | { state: 'error'; error: unknown } | { state: 'done'; data: T };

export interface ReviewStatusInput {
  /** What is being sent to Stardex right now, if anything. */
  sending: 'saving' | 'creating' | null;
  /** The error of the last action that failed (save, create, link, search, …); undefined for none. */
  actionError: unknown;
  noteLength: number;
  /** Why the draft could not be kept; undefined while drafts are kept. */
  draftError: unknown;
  saved: SaveOutcome | undefined;
  created: CreateOutcome | undefined;
  match: Lookup<MatchResult>;
  /** The Stardex record of the matched (or picked) person; null while no person is matched or picked. */
  record: Lookup<StardexPerson> | null;
  hasContactProblems: boolean;
  /** The values the save or create would send that are over their field's limit (lib/fields.ts). */
  overLimit: readonly OverLimit[];
  /** How many Stardex fields the save would write. */
  fieldCount: number;
  hasNote: boolean;
  /** A job, stage or list is chosen to go with the save. */
  placing: boolean;
}

/**
 * The review's status line: the first thing, in this order, the user must know. `describeError`
 * turns an error into its status (components/StatusMessage's errorStatus), so errors read alike everywhere.
 */
export function reviewStatus(input: ReviewStatusInput, describeError: (error: unknown) => ReviewStatus): ReviewStatus {
  const { match, record } = input;
  if (input.sending === 'creating') return { tone: 'info', message: creatingWords() };
  if (input.sending === 'saving') return { tone: 'info', message: savingWords() };
  if (input.actionError) return describeError(input.actionError);
  if (input.noteLength > MAX_NOTE_LENGTH)
    return {
      tone: 'error',
      message: noteTooLongNoDraftWords(noteTooLongMessage(input.noteLength)),
    };
  if (input.draftError) {
    const status = describeError(input.draftError);
    return { ...status, message: editsNotKeptWords(status.message) };
  }
  if (input.saved) return savedStatus(input.saved);
  if (input.created) return createdStatus(input.created);
  const [tooLong] = input.overLimit;
  if (tooLong)
    return { tone: 'error', message: reviewFieldTooLongWords(tooLong.label, tooLong.length, tooLong.maxLength) };
  if (match.state === 'error') return describeError(match.error);
  if (record?.state === 'error') return describeError(record.error);
  const lookupWait = heldBackSeconds(
    match.state === 'pending' ? match.failureReason : record?.state === 'pending' ? record.failureReason : null,
  );
  if (lookupWait !== null) return { tone: 'info', message: heldBackLookupWords(lookupWait) };
  if (match.state === 'pending') return { tone: 'info', message: lookingUpWords() };
  if (match.data.status === 'none') return { tone: 'info', message: notInStardexWords() };
  if (!record) return { tone: 'info', message: severalMatchWords() };
  if (record.state !== 'done') return { tone: 'info', message: readingRecordWords() };
  if (input.hasContactProblems) return { tone: 'error', message: fixContactsWords() };
  if (input.fieldCount === 0 && !input.hasNote && !input.placing)
    return { tone: 'success', message: nothingToUpdateWords() };
  return {
    tone: 'info',
    message: readyToUpdateWords(input.fieldCount, input.placing),
  };
}

/** What a save did: all of it, part of it with the rest refused (named, with Stardex's reason), or kept in the outbox. */
function savedStatus(saved: SaveOutcome): ReviewStatus {
  if (saved.status === 'queued') return { tone: 'info', message: keptInOutboxWords(saved.attempt, saved.stuckPart) };
  const done = updatedWords(saved.fields.length, saved.placed ?? null, saved.notice ?? null);
  if (saved.status === 'saved') return { tone: 'success', message: done };
  return { tone: 'error', message: `${done} ${notSavedWords(saved.notSaved)}` };
}

/** A create is "Created" only when the rest of the review went with it; otherwise it says what did not. */
function createdStatus(created: CreateOutcome): ReviewStatus {
  const { then } = created;
  if (then === null || then.status === 'saved') return { tone: 'success', message: created.message };
  if (then.status === 'queued')
    return { tone: 'info', message: `${created.message} ${keptInOutboxWords(then.attempt, then.stuckPart)}` };
  return { tone: 'error', message: `${created.message} ${notSavedWords(then.notSaved)}` };
}
