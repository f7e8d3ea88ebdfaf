import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractorFailure, type ExtractorAnswer, type ExtractorCompletion } from '@/lib/linkedin/extractor-answer';
import { extractProfile } from '@/lib/linkedin/extract-profile';
import { isMessagingUrl } from '@/lib/linkedin/profile-url';
import { extractConversation } from '@/lib/conversations/read-conversation';
import { isReadyToRead, waitUntil } from '@/lib/linkedin/wait-for-profile';
import { readPeopleList } from '@/lib/people-lists/read-people-list';

/** How long a read waits for LinkedIn to show the URL's profile after an in-page navigation. */
const DISPLAY_TIMEOUT_MS = 3000;

async function read(): Promise<ExtractorAnswer> {
  // A conversation names its people in the thread, not in the URL: there is no profile to wait for.
  if (isMessagingUrl(location.href)) return extractConversation(document, location.href);
  // A list page shows whatever rows it has rendered: there is no one person to wait for.
  const list = readPeopleList(document, location.href);
  if (list) return list;
  // location.href is re-read on every check: the user may navigate again while we wait.
  const ready = await waitUntil(() => isReadyToRead(document, location.href), document, DISPLAY_TIMEOUT_MS);
  if (!ready) {
    return {
      kind: 'loading',
      // This script also runs outside the extension (npm run scrape), where browser.i18n does not exist.
      // eslint-disable-next-line no-restricted-syntax -- see above; lib/conversations/read-conversation.ts alike
      reason: 'LinkedIn is still showing the previous page. Try again in a moment.',
    };
  }
  return extractProfile(document, location.href);
}

/**
 * Run by the background in a LinkedIn tab's isolated world each time a review reads the page
 * (lib/background/read-tab-profile.ts), and nowhere else: no content script is declared, so LinkedIn
 * page views without a review run no code of ours. WXT's unlisted-script wrapper makes `main`'s
 * return value the file's completion value, which executeScript returns; unlike its content-script
 * wrapper it dispatches no event and posts no message on the page, and each run leaves no global.
 */
// WXT types `main` as returning void, but its value is the file's completion value, which
// executeScript awaits and returns: returning the promise is the point.
// eslint-disable-next-line @typescript-eslint/no-misused-promises
export default defineUnlistedScript((): Promise<ExtractorCompletion> =>
  read().catch((error: unknown) => extractorFailure(error)),
);
