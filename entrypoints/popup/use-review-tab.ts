import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';

/** `popup.html?tabId=N` reviews tab N (context menu window); the toolbar popup reviews the active tab. */
export function useReviewTab() {
  return useQuery({
    queryKey: ['review-tab'],
    queryFn: async (): Promise<number> => {
      const param = new URLSearchParams(location.search).get('tabId');
      if (param !== null) {
        const tabId = Number(param);
        if (!Number.isInteger(tabId) || tabId < 0) throw new Error(`"${param}" is not a tab id.`);
        return tabId;
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('No tab to review: open a LinkedIn profile first.');
      return tab.id;
    },
  });
}
