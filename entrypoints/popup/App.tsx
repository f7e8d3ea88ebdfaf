import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { ExperienceNotice } from '@/components/ExperienceNotice';
import { errorStatus, StatusMessage } from '@/components/StatusMessage';
import { readDraft } from '@/lib/drafts';
import { canonicalProfileUrl, profileSlug } from '@/lib/linkedin/profile-url';
import type { TabProfile } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { i18n } from '#i18n';
import { ReviewForm } from './ReviewForm';
import { useReviewTab } from './use-review-tab';

type Profile = Extract<TabProfile, { kind: 'profile' }>;

export function App() {
  // One hook per question the popup asks: which tab, what it shows, how the extension is set up, unsaved edits.
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
  const url = profile.data?.kind === 'profile' && profile.data.fields.url ? profile.data.fields.url : null;
  const reviewedUrl = url ? canonicalProfileUrl(url) : null;
  const slug = url ? profileSlug(url) : null;
  const draft = useQuery({ queryKey: ['draft', slug], enabled: slug !== null, queryFn: () => readDraft(slug!) });

  const problem = tab.error ?? profile.error ?? settings.error ?? draft.error;
  if (problem)
    return (
      <Shell>
        <StatusMessage {...errorStatus(problem)} />
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
  if (!reviewedUrl || !slug) {
    return (
      <Shell>
        <StatusMessage
          tone="error"
          message="The LinkedIn URL of this profile is unknown, so it cannot be matched in Stardex."
        />
      </Shell>
    );
  }
  if (!settings.data.hasApiKey) {
    return (
      <Shell>
        <StatusMessage tone="error" message={i18n.t('failure.addApiKey')} />
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open Options
        </button>
      </Shell>
    );
  }
  if (draft.isPending)
    return (
      <Shell>
        <StatusMessage tone="info" message="Reading the page…" />
      </Shell>
    );
  return (
    <Shell>
      {profile.data.experience === 'not-on-page' ? (
        <ExperienceNotice reading={profile.isFetching} onReadAgain={() => void profile.refetch()} />
      ) : null}
      <ReviewForm
        // A read again that finds other values (Experience rendered meanwhile) starts the review afresh.
        key={`${reviewedUrl} ${JSON.stringify(profile.data.fields)}`}
        tabId={tabId}
        profile={profile.data as Profile}
        reviewedUrl={reviewedUrl}
        slug={slug}
        draft={draft.data ?? null}
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
