import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EXTRACTOR_GLOBAL, type ContentReadResponse, type ExtractorScope } from '@/lib/linkedin/content-messages';
import { extractProfile } from '@/lib/linkedin/extract-profile';
import { isReadyToRead, waitUntil } from '@/lib/linkedin/wait-for-profile';

/** How long a read waits for LinkedIn to show the URL's profile after an in-page navigation. */
const DISPLAY_TIMEOUT_MS = 3000;

async function read(): Promise<ContentReadResponse> {
  // location.href is re-read on every check: the user may navigate again while we wait.
  const ready = await waitUntil(() => isReadyToRead(document, location.href), document, DISPLAY_TIMEOUT_MS);
  if (!ready) {
    return {
      kind: 'loading',
      reason: 'LinkedIn is still showing the previous page. Try again in a moment.',
    };
  }
  return extractProfile(document, location.href);
}

/**
 * Injected by the background into a LinkedIn tab's isolated world when a review first needs it
 * (lib/background/read-tab-profile.ts), so LinkedIn page views without a review never load this
 * code. Not web-accessible: LinkedIn probes web_accessible_resources to detect extensions.
 * Registers for the content script and does nothing else; a second injection keeps the first.
 */
export default defineUnlistedScript(() => {
  (globalThis as ExtractorScope)[EXTRACTOR_GLOBAL] ??= { read };
});
