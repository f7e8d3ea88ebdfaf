import { z } from 'zod';

/**
 * Notes added to a Stardex person (`secondary_note` activities). One limit, used wherever a note is
 * typed, kept or sent: the popup, drafts, right-click selections, the protocol and the outbox.
 */
export const MAX_NOTE_LENGTH = 10_000;
/** The activity type Stardex keeps a general note as. */
export const NOTE_ACTIVITY_TYPE = 'secondary_note';
/** Notes one queued save may carry; a further note for that person starts a new outbox entry. */
export const MAX_NOTES_PER_SAVE = 20;

export function noteTooLongMessage(length: number): string {
  return `The note is ${length} characters long; at most ${MAX_NOTE_LENGTH} fit in one note.`;
}

/** A note as sent: trimmed, not blank, within the limit. */
export const noteSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_NOTE_LENGTH, { error: (issue) => noteTooLongMessage(String(issue.input).length) });
