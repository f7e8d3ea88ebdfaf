import { QueryClient } from '@tanstack/react-query';
import { DEFAULT_BASE_URL } from '@/lib/settings/settings';
import { canonicalProfileUrl } from '@/lib/linkedin/profile-url';
import { tabProfileSchema, type OutboxView, type SettingsView } from '@/lib/messaging/protocol';

/**
 * The floor of `npm run bench`: this same popup rendering a fixed profile, given in the URL's hash
 * (`#floor=<TabProfile JSON>`), with every answer the review asks for already in the query cache, so
 * nothing is sent to the background and nothing reaches Stardex. The time to its fields is what
 * loading and rendering the page cost alone.
 *
 * Only builds made with `wxt build --mode bench` (the bench's own) contain it: main.tsx calls it
 * behind `import.meta.env.MODE === 'bench'`, a constant the bundler drops in the shipped build.
 * The query keys are those of App.tsx and ReviewForm.tsx; one that drifted would make the floor ask
 * the background, which the bench would show as a floor near the popup's own time.
 */
export function benchFloorClient(hash: string): QueryClient | null {
  if (!hash.startsWith('#floor=')) return null;
  const profile = tabProfileSchema.parse(JSON.parse(decodeURIComponent(hash.slice('#floor='.length))));
  const url = profile.kind === 'profile' ? profile.fields.url : null;
  const reviewedUrl = url ? canonicalProfileUrl(url) : null;
  const settings: SettingsView = {
    hasApiKey: true,
    apiKeyHint: null,
    apiKeyOrigin: null,
    baseUrl: DEFAULT_BASE_URL,
    onlyFillEmpty: false,
    badgeLookup: false,
    reviewOpensIn: 'popup',
    resetSettings: [],
  };
  const outbox: OutboxView = { pending: 0, failed: 0, forProfile: [], setAside: 0 };
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(['review-tab', 'popup'], { tabId: 0, page: null });
  client.setQueryData(['profile', 0, null], profile);
  client.setQueryData(['settings'], settings);
  client.setQueryData(['drafts', 0, null], {});
  client.setQueryData(['match', reviewedUrl], { status: 'none' });
  client.setQueryData(['outbox', reviewedUrl], outbox);
  return client;
}
