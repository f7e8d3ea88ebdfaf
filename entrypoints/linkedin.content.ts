import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  isContentReadRequest,
  type ContentLocationChanged,
  type ContentReadResponse,
} from '@/lib/linkedin/content-messages';
import { extractProfile } from '@/lib/linkedin/extract-profile';
import { isReadyToRead, waitUntil } from '@/lib/linkedin/wait-for-profile';

/** How long a read waits for LinkedIn to show the URL's profile after an in-page navigation. */
const DISPLAY_TIMEOUT_MS = 3000;

async function readProfile(): Promise<ContentReadResponse> {
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

// Does nothing until asked: no DOM work on load, no observer outside a pending read.
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  main(ctx) {
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: ContentReadResponse) => void) => {
      if (!isContentReadRequest(message)) return false;
      void readProfile().then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      const message: ContentLocationChanged = { type: 'profile/location-changed', url: newUrl.href };
      // Nobody may be listening (background asleep, extension reloading): the badge just stays as it was.
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
  },
});
