import { useEffect, useRef, useState } from 'react';
import { sameDraft, watchDraft, writeDraft, writeDraftOver, type Draft } from '@/lib/drafts/drafts';
import { draftFromState, type ReviewState } from '@/lib/review/review-draft';
import type { ReviewedValues } from '@/lib/stardex/change-set';

interface DraftAutosave {
  /** The edits as a draft (null for none): what is kept, and whether there is anything to discard. */
  latestDraft: Draft | null;
  /** Why the last write failed (storage full, …); null once a write succeeds. Said, never only logged. */
  draftError: unknown;
  /** Forgets the profile's draft, after its edits reached Stardex. */
  clearDraft(): void;
}

/**
 * Keeps every edit of the review as the profile's draft, so closing the popup, moving on in the side
 * panel or a crash loses nothing. `baseline` is what counts as unsaved: the page's values at first,
 * the saved values after a save. A note over the limit is not written (the status line says so).
 *
 * The stored draft may change while the review is open (right-click "Add to Stardex as" writes it in
 * the background): `onStoredChange` gets each such change at once, to take it into the review, and an
 * autosave writes only over the draft the review last saw, never over a newer one (issue 22 item 5).
 */
export function useDraftAutosave(
  slug: string,
  baseline: ReviewedValues,
  state: ReviewState,
  noteTooLong: boolean,
  storedAtOpen: Draft | null,
  onStoredChange: (before: Draft | null, after: Draft) => void,
): DraftAutosave {
  const [draftError, setDraftError] = useState<unknown>(null);
  const firstRender = useRef(true);
  /** The stored draft as the review last read or wrote it. */
  const seen = useRef(storedAtOpen);
  /** Drafts this review is writing: their echo from storage is not someone else's change. */
  const ownWrites = useRef(new Set<string>());
  // The watch below lives as long as the profile is shown; it calls the newest callback (its baseline).
  const latestOnStoredChange = useRef(onStoredChange);
  useEffect(() => {
    latestOnStoredChange.current = onStoredChange;
  });

  const takeIn = (stored: Draft | null) => {
    const before = seen.current;
    seen.current = stored;
    // A draft cleared elsewhere (saved from another view) leaves the review's edits as they are.
    if (stored !== null && !sameDraft(before, stored)) latestOnStoredChange.current(before, stored);
  };

  useEffect(
    () =>
      watchDraft(slug, (stored) => {
        const key = JSON.stringify(stored);
        if (ownWrites.current.delete(key)) seen.current = stored;
        else takeIn(stored);
      }),
    // One watch per profile; takeIn reads refs only.
    [slug],
  );

  const write = async (draft: Draft | null) => {
    const key = JSON.stringify(draft);
    ownWrites.current.add(key);
    const result = await writeDraftOver(slug, draft, seen.current);
    if (result.written) {
      seen.current = draft;
      return;
    }
    // Newer data is stored: take it in first; the state it changes is written by the next autosave.
    ownWrites.current.delete(key);
    takeIn(result.stored);
  };

  // Time 0 here: this copy only tells whether (and what) to write; the write below stamps the real time.
  const latestDraft = draftFromState(baseline, state, 0);
  const draftKey = JSON.stringify(latestDraft);
  useEffect(() => {
    // The first render shows the stored draft; writing it back would only change its time.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (noteTooLong) return;
    write(draftFromState(baseline, state, Date.now())).then(
      () => setDraftError(null),
      (error: unknown) => {
        console.error('[stardex] could not keep the draft', error);
        setDraftError(error);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- draftKey captures every change worth writing
  }, [draftKey, slug]);

  const clearDraft = () => {
    ownWrites.current.add(JSON.stringify(null));
    seen.current = null;
    writeDraft(slug, null).catch((error) => console.error('[stardex] could not clear the draft', error));
  };
  return { latestDraft, draftError, clearDraft };
}
