import { profileSlug, sameProfile } from '../linkedin/profile-url';
import type { TabProfile } from '../messaging/protocol';
import { previousProfileStillShownWords } from '../ui-words/review';

/**
 * A read of the tab checked against the page the tab was on when it was asked (the side panel's
 * ReviewTab.page). A tab whose URL names one /in/ profile while the read found another is still
 * showing the previous page (a navigation not committed yet): that read counts as loading, so the
 * review asks again and never shows the previous person under the new URL. Pages whose URL names no
 * /in/ profile (Sales Navigator, Recruiter) name their person inside the page and are kept as read.
 */
export function checkReadAgainstPage(read: TabProfile, page: string | null): TabProfile {
  if (read.kind !== 'profile' || page === null) return read;
  if (profileSlug(page) === null || (read.fields.url !== null && sameProfile(read.fields.url, page))) return read;
  return { kind: 'loading', reason: previousProfileStillShownWords() };
}
