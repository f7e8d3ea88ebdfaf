import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { useReviewTab } from './use-review-tab';
import { ReviewForm } from './ReviewForm';
import { StatusMessage } from '@/components/StatusMessage';
import { sendToBackground, BackgroundError } from '@/lib/messaging/send-to-background';
import type { TabProfile } from '@/lib/messaging/protocol';

function failureOf(error: unknown) {
  return {
    message: error instanceof Error ? error.message : String(error),
    detail: error instanceof BackgroundError ? error.detail : undefined,
  };
}

export function App() {
  // One hook per question the popup asks: which tab, what it shows, how the extension is set up.
  const tab = useReviewTab();
  const tabId = tab.data ?? null;
  const profile = useQuery({
    queryKey: ['profile', tabId],
    enabled: tabId !== null,
    queryFn: () => sendToBackground({ type: 'tab/read-profile', tabId: tabId! }),
    // The page is mid-navigation: ask again until it shows the profile named by its URL.
    refetchInterval: (query) => (query.state.data?.kind === 'loading' ? 700 : false),
  });
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => sendToBackground({ type: 'settings/get' }) });

  const problem = tab.error ?? profile.error ?? settings.error;
  if (problem)
    return (
      <Shell>
        <StatusMessage tone="error" {...failureOf(problem)} />
      </Shell>
    );
  if (!profile.data || !settings.data)
    return (
      <Shell>
        <StatusMessage tone="info" message="Reading the page…" />
      </Shell>
    );
  if (profile.data.kind !== 'profile') {
    const message =
      profile.data.kind === 'loading' ? `Page still loading: ${profile.data.reason}` : profile.data.reason;
    return (
      <Shell>
        <StatusMessage tone="info" message={message} />
      </Shell>
    );
  }
  if (!settings.data.hasApiKey) {
    return (
      <Shell>
        <StatusMessage tone="error" message="Add your Stardex API key in Options first." />
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open Options
        </button>
      </Shell>
    );
  }
  return (
    <Shell>
      <ReviewForm
        key={profile.data.fields.url ?? 'unknown'}
        tabId={tabId}
        profile={profile.data as Extract<TabProfile, { kind: 'profile' }>}
        onlyFillEmpty={settings.data.onlyFillEmpty}
      />
    </Shell>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <main className="popup">
      <h1 className="popup__title">Stardex review</h1>
      {children}
    </main>
  );
}
