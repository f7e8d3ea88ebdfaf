import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { ExperienceNotice } from '@/components/ExperienceNotice';
import { errorStatus, StatusMessage } from '@/components/StatusMessage';
import { canonicalProfileUrl, profileSlug } from '@/lib/linkedin/profile-url';
import type { TabProfile } from '@/lib/messaging/protocol';
import { ReviewForm } from './ReviewForm';
import { draftsQuery, profileQuery, settingsQuery } from './review-queries';
import { useReviewTab, type ReviewPlace } from './use-review-tab';

type Profile = Extract<TabProfile, { kind: 'profile' }>;

/** The review of one tab's profile, in the toolbar popup or the side panel (which follows the active tab). */
export function App({ place }: { place: ReviewPlace }) {
  return (
    <main className={place === 'side-panel' ? 'popup popup--panel' : 'popup'}>
      <h1 className="popup__title">Stardex review</h1>
      <Review place={place} />
    </main>
  );
}

function Review({ place }: { place: ReviewPlace }): ReactNode {
  // One hook per question the review asks: which tab, what it shows, how the extension is set up, unsaved edits.
  const tab = useReviewTab(place);
  const tabId = tab.data?.tabId ?? null;
  const page = tab.data?.page ?? null;
  const profile = useQuery(profileQuery(tabId, page));
  const settings = useQuery(settingsQuery);
  const url = profile.data?.kind === 'profile' && profile.data.fields.url ? profile.data.fields.url : null;
  const reviewedUrl = url ? canonicalProfileUrl(url) : null;
  const slug = url ? profileSlug(url) : null;
  const drafts = useQuery(draftsQuery(tabId, page));
  const draft = slug && drafts.data ? (drafts.data[slug] ?? null) : null;

  const problem = tab.error ?? profile.error ?? settings.error ?? drafts.error;
  if (problem) return <StatusMessage {...errorStatus(problem)} />;
  if (!profile.data || !settings.data) return <StatusMessage tone="info" message="Reading the page…" />;
  if (profile.data.kind !== 'profile') {
    const message =
      profile.data.kind === 'loading' ? `Page still loading: ${profile.data.reason}` : profile.data.reason;
    return <StatusMessage tone="info" message={message} />;
  }
  if (!reviewedUrl || !slug)
    return (
      <StatusMessage
        tone="error"
        message="The LinkedIn URL of this profile is unknown, so it cannot be matched in Stardex."
      />
    );
  if (!settings.data.hasApiKey)
    return (
      <>
        <StatusMessage tone="error" message="Add your Stardex API key in Options first." />
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open Options
        </button>
      </>
    );
  if (drafts.isPending) return <StatusMessage tone="info" message="Reading the page…" />;
  return (
    <>
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
        draft={draft}
        onlyFillEmpty={settings.data.onlyFillEmpty}
      />
    </>
  );
}
