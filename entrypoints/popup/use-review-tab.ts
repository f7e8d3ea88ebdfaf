import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { canonicalProfileUrl } from '@/lib/linkedin/profile-url';
import { reviewFormWords } from '@/lib/ui-words/review';

/** Where the review page is shown: the toolbar popup (or its window), or the side panel. */
export type ReviewPlace = 'popup' | 'side-panel';

export interface ReviewTab {
  tabId: number;
  /**
   * What the tab shows, in the side panel only: the profile's canonical URL (or the raw URL off
   * profiles; null where the extension may not see it). A new value means another page, read afresh.
   */
  page: string | null;
}

const FOLLOWED_TAB_KEY = ['review-tab', 'followed'];

/** `popup.html?tabId=N` reviews tab N (context menu window); the toolbar popup reviews the active tab. */
async function popupTab(): Promise<ReviewTab> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) {
    const tabId = Number(param);
    if (!Number.isInteger(tabId) || tabId < 0) throw new Error(reviewFormWords.notATabId(param));
    return { tabId, page: null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(reviewFormWords.noTab());
  return { tabId: tab.id, page: null };
}

/** The side panel belongs to one window (its "current window") and reviews whatever tab is active in it. */
async function activeTabOfThisWindow(): Promise<ReviewTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(reviewFormWords.noTab());
  const page = tab.url ? (canonicalProfileUrl(tab.url) ?? tab.url) : null;
  return { tabId: tab.id, page };
}

/**
 * The tab the review is about. In the side panel it follows the window's active tab: switching tabs
 * and LinkedIn's in-page navigation (which changes the URL without loading a page) both give a new
 * ReviewTab, so the review reads the page again instead of showing the previous person.
 */
export function useReviewTab(place: ReviewPlace) {
  const queryClient = useQueryClient();
  const follows = place === 'side-panel';
  useEffect(() => {
    if (!follows) return;
    // Cheap to ask again; an unchanged answer keeps the same data, so nothing re-renders.
    const lookAgain = () => void queryClient.invalidateQueries({ queryKey: FOLLOWED_TAB_KEY });
    // `url` is reported for LinkedIn tabs (host permission) on loads and on history.pushState alike.
    const onUpdated = (_tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (change.url !== undefined) lookAgain();
    };
    browser.tabs.onActivated.addListener(lookAgain);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(lookAgain);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [follows, queryClient]);
  return useQuery({
    queryKey: follows ? FOLLOWED_TAB_KEY : ['review-tab', 'popup'],
    queryFn: follows ? activeTabOfThisWindow : popupTab,
  });
}
