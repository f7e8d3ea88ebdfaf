import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  EXTRACTOR_GLOBAL,
  isContentReadRequest,
  type ContentReadAnswer,
  type ExtractorScope,
} from '@/lib/linkedin/content-messages';

/**
 * Runs on every LinkedIn page, so it only listens. The extraction code lives in
 * entrypoints/linkedin-extractor.ts, which the background injects into this same isolated world
 * the first time a review needs it; until then a read answers `extractor-missing`.
 *
 * No `ctx` (invalidation, location watcher): an orphaned listener never receives messages, and the
 * background learns about in-page navigation from tabs.onUpdated. WXT bundles its
 * ContentScriptContext (~3 kB of the ~3.6 kB) into every defineContentScript regardless.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  // WXT otherwise window.postMessage()s a message carrying the extension id to every LinkedIn page.
  noScriptStartedPostMessage: true,
  main() {
    browser.runtime.onMessage.addListener(
      (message: unknown, _sender: unknown, sendResponse: (answer: ContentReadAnswer) => void) => {
        if (!isContentReadRequest(message)) return false;
        const extractor = (globalThis as ExtractorScope)[EXTRACTOR_GLOBAL];
        if (!extractor) {
          sendResponse({ kind: 'extractor-missing' });
          return false;
        }
        void extractor.read().then(sendResponse);
        return true;
      },
    );
  },
});
