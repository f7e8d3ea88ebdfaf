import { browser } from 'wxt/browser';
import { settingsItem } from '../storage/items';
import { appliedReviewPlace, openSidePanel } from './review-place.background';

const REVIEW_WINDOW = { type: 'popup' as const, width: 480, height: 720 };

/** The review as a small window for a given tab: where the toolbar popup cannot be opened. */
export async function openReviewWindow(tabId: number): Promise<void> {
  await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`), ...REVIEW_WINDOW });
}

/**
 * Opens the review for a tab where the user chose (Options): the side panel, or the toolbar popup
 * when the browser allows it (it reviews the active tab, which is the one just right-clicked);
 * otherwise the same page in a small window.
 */
export async function openReview(tabId: number): Promise<void> {
  // Before any await, so the side panel opens within the right-click's user gesture.
  const known = appliedReviewPlace();
  const panel = known === 'side-panel' ? openSidePanel(tabId) : null;
  const place = known ?? (await settingsItem.getValue()).reviewOpensIn;
  if (place === 'side-panel') {
    try {
      // A worker woken by this very click reads the choice first; the browser may then refuse the panel.
      await (panel ?? openSidePanel(tabId));
      return;
    } catch (error) {
      console.warn('[stardex] the side panel could not be opened, using a window', error);
      return openReviewWindow(tabId);
    }
  }
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id === tabId && typeof browser.action.openPopup === 'function') {
    try {
      await browser.action.openPopup();
      return;
    } catch (error) {
      // Chrome < 127 and some Chromium forks refuse openPopup outside a toolbar click.
      console.warn('[stardex] action.openPopup unavailable, using a window', error);
    }
  }
  await openReviewWindow(tabId);
}
