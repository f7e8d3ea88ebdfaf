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

/**
 * Draft writes take turns across the popup, the side panel and the background (the Web Locks API is
 * shared by an extension's pages and its worker), so a read-change-write of one never interleaves
 * with another's and loses it.
 */
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request('stardex-drafts', task) as Promise<T>) : task();
}

/** Two drafts hold the same edits at the same time (null: no draft). */
export function sameDraft(a: Draft | null, b: Draft | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function writeDraft(slug: string, draft: Draft | null): Promise<void> {
  return inTurn(async () => {
    await draftsItem.setValue(withDraft(await draftsItem.getValue(), slug, draft));
  });
}

/**
 * Changes the profile's stored draft in one turn: `change` gets the draft as stored now and returns
 * a result, of which `draftOf` gives the new draft (undefined: leave it). Resolves to that result.
 */
export function updateDraft<R>(
  slug: string,
  change: (draft: Draft | null) => R,
  draftOf: (result: R) => Draft | undefined,
): Promise<R> {
  return inTurn(async () => {
    const all = await draftsItem.getValue();
    const result = change(all[slug] ?? null);
    const next = draftOf(result);
    if (next) await draftsItem.setValue(withDraft(all, slug, next));
    return result;
  });
}

export type DraftWrite = { written: true } | { written: false; stored: Draft | null };

/**
 * The review's autosave: writes `draft` only while the stored draft is still `seen`, the one the
 * review last read or wrote. When someone else wrote since (a right-click "Add to Stardex as"), nothing
 * is written and the newer draft comes back, for the review to take in before it writes again: an
 * autosave never overwrites newer data (issue 22 item 5).
 */
export function writeDraftOver(slug: string, draft: Draft | null, seen: Draft | null): Promise<DraftWrite> {
  return inTurn(async () => {
    const all = await draftsItem.getValue();
    const stored = all[slug] ?? null;
    if (!sameDraft(stored, seen)) return { written: false, stored };
    await draftsItem.setValue(withDraft(all, slug, draft));
    return { written: true };
  });
}

/** Calls `onChange` with the profile's stored draft whenever anyone changes it. */
export function watchDraft(slug: string, onChange: (draft: Draft | null) => void): () => void {
  return draftsItem.watch((all) => onChange(all[slug] ?? null));
}
