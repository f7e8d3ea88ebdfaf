import { z } from 'zod';
import { MAX_NOTE_LENGTH, noteTooLongMessage } from './notes';
import { defineValidatedRecord } from './storage/validated-item';

/**
 * Unsaved edits per LinkedIn profile (keyed by slug), so closing the popup or a crash loses
 * nothing. Not secret: the popup reads and writes them; the background adds right-click selections.
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

const MAX_DRAFTS = 200;
export const draftsItem = defineValidatedRecord('local:drafts', draftSchema, { max: MAX_DRAFTS, maxKeyLength: 200 });

export const EMPTY_DRAFT: Draft = { values: {}, choices: {}, note: '', enrich: false, updatedAt: 0 };

/** Keeps the newest drafts when there are too many, so storage cannot grow without bound. */
export function withDraft(all: Record<string, Draft>, slug: string, draft: Draft | null): Record<string, Draft> {
  const next = { ...all };
  if (draft === null) delete next[slug];
  else next[slug] = draft;
  const newestFirst = Object.entries(next).sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
  return Object.fromEntries(newestFirst.slice(0, MAX_DRAFTS));
}

export async function readDraft(slug: string): Promise<Draft | null> {
  return (await draftsItem.getValue())[slug] ?? null;
}

export async function writeDraft(slug: string, draft: Draft | null): Promise<void> {
  await draftsItem.setValue(withDraft(await draftsItem.getValue(), slug, draft));
}
