import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { draftsItem } from '@/lib/drafts';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { checkReadAgainstPage } from '@/lib/review/followed-page';
import { reviewTabQuery } from './use-review-tab';

/** The review's first questions, asked by App and, before React has rendered, by prefetchReview. */
export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: () => sendToBackground({ type: 'settings/get' }),
});

/** What tab `tabId` shows (asked once the tab is known); `page` (side panel) makes another page another query. */
export function profileQuery(tabId: number | null, page: string | null) {
  return queryOptions({
    enabled: tabId !== null,
    // Another page in the tab is another query: the review never shows one page's values under another.
    queryKey: ['profile', tabId, page],
    queryFn: async () =>
      checkReadAgainstPage(await sendToBackground({ type: 'tab/read-profile', tabId: tabId! }), page),
    // The page is mid-navigation: ask again until it shows the profile named by its URL.
    refetchInterval: (query) => (query.state.data?.kind === 'loading' ? 700 : false),
    // A page visited again (side panel) is read again, not shown as it was.
    gcTime: 0,
  });
}

/** All drafts, read with the page rather than after it: which one is wanted is known once the page is read. */
export function draftsQuery(tabId: number | null, page: string | null) {
  return queryOptions({
    enabled: tabId !== null,
    queryKey: ['drafts', tabId, page],
    queryFn: () => draftsItem.getValue(),
    // Read at every visit: the edits made since the last one (or a right-click addition) are in storage only.
    gcTime: 0,
  });
}

/**
 * Asks the popup's first questions while React is still loading and rendering, so the background reads
 * the tab meanwhile; App then finds the answers in the cache (or the questions under way).
 */
export async function prefetchReview(client: QueryClient): Promise<void> {
  void client.prefetchQuery(settingsQuery);
  const { tabId, page } = await client.fetchQuery(reviewTabQuery('popup'));
  await Promise.all([client.prefetchQuery(profileQuery(tabId, page)), client.prefetchQuery(draftsQuery(tabId, page))]);
}
