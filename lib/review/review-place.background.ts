import { browser } from 'wxt/browser';
import type { ReviewOpensIn } from '../settings/settings';

/** The popup page as the manifest names it (`action.default_popup`, from entrypoints/popup). */
const POPUP_PAGE = 'popup.html';

/** Firefox's sidebar (`sidebar_action`); Chrome's types do not know it. */
interface SidebarAction {
  open(): Promise<void>;
}
const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

/**
 * The user's choice as last applied; null until the worker has read it. Kept in memory because the
 * side panel opens only in the turn of the click that asks for it (a user gesture): reading storage
 * first would lose the gesture.
 */
let applied: ReviewOpensIn | null = null;

export function appliedReviewPlace(): ReviewOpensIn | null {
  return applied;
}

/**
 * Makes the toolbar button open the chosen place. With no popup set, Chrome opens the side panel on
 * a click by itself (panel behavior); Firefox reports the click to `action.onClicked` (openSidePanel).
 */
export async function applyReviewPlace(place: ReviewOpensIn): Promise<void> {
  applied = place;
  await browser.action.setPopup({ popup: place === 'popup' ? POPUP_PAGE : '' });
  if (browser.sidePanel) await browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: place === 'side-panel' });
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) beside the tab. Call it before any `await` in
 * a click handler; later, the browser refuses it for want of a user gesture.
 */
export function openSidePanel(tabId: number): Promise<void> {
  if (browser.sidePanel) return browser.sidePanel.open({ tabId });
  if (sidebarAction) return sidebarAction.open();
  // Its callers log it (and open a window instead): no person reads this sentence.
  return Promise.reject(new Error('This browser has no side panel.'));
}
