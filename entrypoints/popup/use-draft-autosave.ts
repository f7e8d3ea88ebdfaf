import { useEffect, useRef, useState } from 'react';
import { writeDraft, type Draft } from '@/lib/drafts/drafts';
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
 */
export function useDraftAutosave(
  slug: string,
  baseline: ReviewedValues,
  state: ReviewState,
  noteTooLong: boolean,
): DraftAutosave {
  const [draftError, setDraftError] = useState<unknown>(null);
  const firstRender = useRef(true);
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
    writeDraft(slug, draftFromState(baseline, state, Date.now())).then(
      () => setDraftError(null),
      (error: unknown) => {
        console.error('[stardex] could not keep the draft', error);
        setDraftError(error);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- draftKey captures every change worth writing
  }, [draftKey, slug]);

  const clearDraft = () => {
    writeDraft(slug, null).catch((error) => console.error('[stardex] could not clear the draft', error));
  };
  return { latestDraft, draftError, clearDraft };
}
