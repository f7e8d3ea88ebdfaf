import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_DRAFT, readDraft, updateDraft, writeDraft, writeDraftOver, type Draft } from '@/lib/drafts/drafts';
import { addSelectionToDraft } from '@/lib/drafts/selection-draft';
import { draftFromState, stateFromDraft, withDraftChange } from '@/lib/review/review-draft';
import { reviewedValuesFromProfile } from '@/lib/review/review-fields';

/**
 * Issue 22 item 5: a draft the background writes (right-click "Add to Stardex as") while a review of
 * the profile is open reaches that review, and the review's autosave never writes over it.
 */

const SLUG = 'calla-northallen-2da20053';
const page = reviewedValuesFromProfile({
  url: `https://www.linkedin.com/in/${SLUG}/`,
  name: 'Calla Northallen',
  firstName: 'Calla',
  lastName: 'Northallen',
  headline: 'Technical Recruiter',
  location: 'Pinecrest Hollow, Oregon, United States',
  title: 'Technical Recruiter',
  company: 'Bluefen Insurance',
});

beforeEach(() => fakeBrowser.reset());

describe('a right-click value while the review is open (issue 22 item 5)', () => {
  it('item 5: the review takes in the work email the background added and keeps its own edits', () => {
    // The review autosaved an edited headline; then the user typed a note, not yet autosaved.
    const autosaved: Draft = { ...EMPTY_DRAFT, values: { headline: 'Healthcare AI recruiter' }, updatedAt: 1 };
    const open = { ...stateFromDraft(page, autosaved), note: 'Call back on Monday' };
    const added = addSelectionToDraft(autosaved, 'workEmail', 'calla@bluefen.example', 2);
    if (!added.ok) throw new Error(added.message);
    const merged = withDraftChange(open, page, autosaved, added.draft);
    expect(merged.contacts.workEmail).toBe('calla@bluefen.example');
    expect(merged.values.headline).toBe('Healthcare AI recruiter');
    expect(merged.note).toBe('Call back on Monday');
    // What the review keeps and sends from now on holds all three.
    expect(draftFromState(page, merged, 3)).toMatchObject({
      values: { headline: 'Healthcare AI recruiter', workEmail: 'calla@bluefen.example' },
      note: 'Call back on Monday',
    });
  });

  it('item 5: a job title added by right-click replaces the page value in the open review, ticked', () => {
    const open = stateFromDraft(page, null);
    const added = addSelectionToDraft(null, 'title', 'Head of Talent', 2);
    if (!added.ok) throw new Error(added.message);
    const merged = withDraftChange(open, page, null, added.draft);
    expect(merged.values.title).toBe('Head of Talent');
    expect(merged.choices).toEqual({ title: true });
  });

  it("item 5: the review's autosave does not write over a draft the background wrote since the review last saw it", async () => {
    const seen: Draft = { ...EMPTY_DRAFT, values: { headline: 'Healthcare AI recruiter' }, updatedAt: 1 };
    await writeDraft(SLUG, seen);
    const fromMenu = await updateDraft(
      SLUG,
      (draft) => addSelectionToDraft(draft, 'workEmail', 'calla@bluefen.example', 2),
      (added) => (added.ok ? added.draft : undefined),
    );
    if (!fromMenu.ok) throw new Error(fromMenu.message);
    const stale: Draft = { ...seen, values: { headline: 'Healthcare AI recruiter, typed on' }, updatedAt: 3 };
    await expect(writeDraftOver(SLUG, stale, seen)).resolves.toEqual({ written: false, stored: fromMenu.draft });
    expect(await readDraft(SLUG)).toEqual(fromMenu.draft);
    // Once taken in, the review writes over what it has seen, and nothing is lost.
    const merged = draftFromState(page, withDraftChange(stateFromDraft(page, stale), page, seen, fromMenu.draft), 4);
    await expect(writeDraftOver(SLUG, merged, fromMenu.draft)).resolves.toEqual({ written: true });
    expect(await readDraft(SLUG)).toMatchObject({
      values: { headline: 'Healthcare AI recruiter, typed on', workEmail: 'calla@bluefen.example' },
    });
  });
});
