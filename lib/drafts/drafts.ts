import { type Draft, MAX_DRAFTS } from './draft-schema';
import { draftsItem } from '../storage/items';

export { draftSchema, type Draft } from './draft-schema';

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
