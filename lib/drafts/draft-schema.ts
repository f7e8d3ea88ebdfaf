import { z } from 'zod';
import { MAX_NOTE_LENGTH, noteTooLongMessage } from '../notes';

/**
 * Unsaved edits per LinkedIn profile (keyed by slug), so closing the popup or a crash loses
 * nothing. Not secret: the popup reads and writes them; the background adds right-click selections.
 * Stored as `drafts` (lib/storage/items.ts); the operations on them are in lib/drafts.ts.
 */
const text = z.string().max(2000);
export const draftSchema = z.object({
  values: z.record(z.string().max(40), text),
  /** Per-field "send this" choices the user made (true/false); absent = follow the default. */
  choices: z.record(z.string().max(40), z.boolean()),
  /** The note as typed; kept up to the one note limit (lib/notes.ts). */
  note: z.string().max(MAX_NOTE_LENGTH, { error: (issue) => noteTooLongMessage(String(issue.input).length) }),
  enrich: z.boolean(),
  updatedAt: z.number().int().nonnegative(),
});
export type Draft = z.infer<typeof draftSchema>;

/** The newest drafts kept, so storage cannot grow without bound. */
export const MAX_DRAFTS = 200;
