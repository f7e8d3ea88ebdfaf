/**
 * Waiting, in the live page, until the DOM shows the profile the URL names. LinkedIn changes the
 * URL first and replaces the DOM later; reading in between would return the previous person.
 */
import { resolveProfilePage } from './page-kind';
import { checkDisplayedProfile } from './page-identity';
import { findLead } from './sales-navigator';

/**
 * Ready when the page is not a profile (nothing to wait for), its DOM shows the URL's person, or
 * (lead pages, whose URL names no slug to compare) the lead's name is on the page.
 */
export function isReadyToRead(document: Document, url: string): boolean {
  const page = resolveProfilePage(document, url);
  if (page.kind === 'not-a-profile') return true;
  if (page.kind === 'lead-page') return findLead(document) !== null;
  return checkDisplayedProfile(document, page.slug) === 'matches-url';
}

/** Mutations arrive in bursts while LinkedIn renders; checking once per burst is enough. */
const RECHECK_DELAY_MS = 100;

/**
 * Resolves true as soon as `isReady()` holds, false after `timeoutMs`. The observer and timers
 * are removed before resolving, so nothing stays alive after the answer.
 */
export function waitUntil(isReady: () => boolean, root: Node, timeoutMs: number): Promise<boolean> {
  if (isReady()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let recheck: ReturnType<typeof setTimeout> | undefined;
    const finish = (ready: boolean) => {
      observer.disconnect();
      clearTimeout(recheck);
      clearTimeout(deadline);
      resolve(ready);
    };
    const observer = new MutationObserver(() => {
      recheck ??= setTimeout(() => {
        recheck = undefined;
        if (isReady()) finish(true);
      }, RECHECK_DELAY_MS);
    });
    const deadline = setTimeout(() => finish(isReady()), timeoutMs);
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'data-member-id'],
    });
  });
}
