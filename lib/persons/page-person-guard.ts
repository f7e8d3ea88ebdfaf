import { tabMovedOnWords } from '../ui-words/refusals';
import { linkedinUrlOnLeadWords, notConfirmedPersonWords } from '../ui-words/page-person';
import type { PersonPatch } from '../stardex/schemas';
import { IdentityMismatchError } from './identity-guard';
import { identityKey, type PagePerson } from './page-person';

/**
 * The guards of a save reviewed on a page that names its person by its own id and shows no public
 * URL (a Sales Navigator lead, a Recruiter candidate). There is no URL to compare, so the page's id
 * and the link the user confirmed for it stand in for it.
 */

/** The tab must still show the reviewed lead: `shown` is the page person its URL names now (null: none). */
export function assertTabStillShowsPagePerson(reviewed: PagePerson, shown: PagePerson | null): void {
  if (shown === null || identityKey(shown) !== identityKey(reviewed)) {
    throw new IdentityMismatchError(tabMovedOnWords());
  }
}

/**
 * The person saved to must be the one the user confirmed for this lead (`confirmedId`, null when
 * none is confirmed now): checked when the save is queued and again right before it is sent.
 */
export function assertConfirmedPerson(personId: string, confirmedId: string | null): void {
  if (confirmedId !== personId) throw new IdentityMismatchError(notConfirmedPersonWords());
}

/** Such a page does not show the public URL, so a save from it never sends or changes `linkedin_url`. */
export function assertNoLinkedinUrl(patch: PersonPatch): void {
  if (patch.linkedin_url !== undefined) throw new IdentityMismatchError(linkedinUrlOnLeadWords());
}
