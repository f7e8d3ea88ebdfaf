import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { ExperienceNotice } from '@/components/ExperienceNotice';
import { errorStatus, StatusMessage } from '@/components/StatusMessage';
import { draftsItem } from '@/lib/storage/items';
import { canonicalProfileUrl, profileSlug } from '@/lib/linkedin/profile-url';
import type { TabProfile } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { checkReadAgainstPage } from '@/lib/review/followed-page';
import { PeopleListReview } from './PeopleListReview';
import {
  openOptionsWords,
  pageStillLoadingWords,
  profileUrlUnknownWords,
  readingPageWords,
  reviewTitleWords,
} from '@/lib/ui-words/review';
import { PagePersonReview } from './PagePersonReview';
import { ReviewForm } from './ReviewForm';
import { ConversationReview } from './ConversationReview';
import { useReviewTab, type ReviewPlace } from './use-review-tab';
import { addApiKeyWords } from '@/lib/ui-words/failures';

type Profile = Extract<TabProfile, { kind: 'profile' }>;

/** The review of one tab's profile, in the toolbar popup or the side panel (which follows the active tab). */
export function App({ place }: { place: ReviewPlace }) {
  return (
    <main className={place === 'side-panel' ? 'popup popup--panel' : 'popup'}>
      <h1 className="popup__title">{reviewTitleWords()}</h1>
      <Review place={place} />
    </main>
  );
}

function AddApiKey() {
  return (
    <>
      <StatusMessage tone="error" message={addApiKeyWords()} />
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {openOptionsWords()}
      </button>
    </>
  );
}

function Review({ place }: { place: ReviewPlace }): ReactNode {
  // One hook per question the review asks: which tab, what it shows, how the extension is set up, unsaved edits.
  const tab = useReviewTab(place);
  const tabId = tab.data?.tabId ?? null;
  const page = tab.data?.page ?? null;
  const profile = useQuery({
    // Another page in the tab is another query: the review never shows one page's values under another.
    queryKey: ['profile', tabId, page],
    enabled: tabId !== null,
    queryFn: async () =>
      checkReadAgainstPage(await sendToBackground({ type: 'tab/read-profile', tabId: tabId! }), page),
    // The page is mid-navigation: ask again until it shows the profile named by its URL.
    refetchInterval: (query) => (query.state.data?.kind === 'loading' ? 700 : false),
    // A page visited again (side panel) is read again, not shown as it was.
    gcTime: 0,
  });
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => sendToBackground({ type: 'settings/get' }) });
  const url = profile.data?.kind === 'profile' && profile.data.fields.url ? profile.data.fields.url : null;
  const reviewedUrl = url ? canonicalProfileUrl(url) : null;
  const slug = url ? profileSlug(url) : null;
  // Read with the page, not after it: which profile's draft is wanted is only known once the page is read.
  const drafts = useQuery({
    queryKey: ['drafts', tabId, page],
    enabled: tabId !== null,
    queryFn: () => draftsItem.getValue(),
    // Read at every visit: the edits made since the last one (or a right-click addition) are in storage only.
    gcTime: 0,
  });
  const draft = slug && drafts.data ? (drafts.data[slug] ?? null) : null;

  const problem = tab.error ?? profile.error ?? settings.error ?? drafts.error;
  if (problem) return <StatusMessage {...errorStatus(problem)} />;
  if (!profile.data || !settings.data) return <StatusMessage tone="info" message={readingPageWords()} />;
  if (profile.data.kind === 'conversation') {
    if (!settings.data.hasApiKey) return <AddApiKey />;
    return <ConversationReview tabId={tabId} conversation={profile.data} />;
  }
  if (profile.data.kind === 'list') {
    return (
      <PeopleListReview
        // Another read is another list: selection and lookups start afresh.
        key={JSON.stringify(profile.data.people)}
        list={profile.data}
        reading={profile.isFetching}
        onReadAgain={() => void profile.refetch()}
      />
    );
  }
  if (profile.data.kind !== 'profile') {
    const message = profile.data.kind === 'loading' ? pageStillLoadingWords(profile.data.reason) : profile.data.reason;
    return <StatusMessage tone="info" message={message} />;
  }
  // A lead or candidate page without a public URL: reviewed by the page's own id instead.
  const pagePerson = reviewedUrl ? null : (profile.data.pagePerson ?? null);
  if ((!reviewedUrl || !slug) && !pagePerson) return <StatusMessage tone="error" message={profileUrlUnknownWords()} />;
  if (!settings.data.hasApiKey) return <AddApiKey />;
  if (pagePerson)
    return (
      <PagePersonReview
        tabId={tabId}
        person={pagePerson}
        profile={profile.data as Profile}
        onlyFillEmpty={settings.data.onlyFillEmpty}
      />
    );
  if (!reviewedUrl || !slug) return null;
  if (drafts.isPending) return <StatusMessage tone="info" message={readingPageWords()} />;
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
