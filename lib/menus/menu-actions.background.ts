import { browser, type Browser } from 'wxt/browser';
import { updateDraft } from '../drafts/drafts';
import { canonicalProfileUrl, profileSlug } from '../linkedin/profile-url';
import { addSelectionToDraft, selectionLabel } from '../drafts/selection-draft';
import { toFailure } from '../to-failure.background';
import { jobMenuChoiceOf } from '../placements/job-menu';
import type { SelectionTarget } from '../drafts/selection-draft';
import { MENU_IDS, selectionTargetOf } from './menu-definitions';
import { notificationWords as words, type Notification } from '../ui-words/background';
import { notify } from './notify.background';
import { openReview, openReviewWindow } from '../review/open-review.background';
import { quickAddToJob } from '../placements/quick-add-to-job.background';
import { quickUpdate } from './quick-update.background';
import { readTabProfile } from '../linkedin/read-tab-profile.background';
import type { TabProfile } from '../messaging/protocol';
import { conversationWords } from '../ui-words/conversations';
import { readRecentJobs } from '../placements/recent-jobs-store.background';
import { getStardexClient } from '../settings/stardex-access.background';
import { peopleListWords } from '../ui-words/people-lists';

async function runQuickUpdate(tabId: number): Promise<void> {
  const result = await quickUpdate(await getStardexClient(), tabId, await readTabProfile(tabId));
  if (result.kind === 'needs-review') return openReview(tabId);
  if (result.kind === 'not-a-profile') return show(words.notUpdated(result.reason));
  if (result.kind === 'queued') return show(words.queued(result.attempt));
  await show(words.updated(result.personName, result.fields, result.notice));
}

function show({ title, message }: Notification): Promise<void> {
  return notify(title, message);
}

async function runAddToJob(tabId: number, jobId: string): Promise<void> {
  const job = (await readRecentJobs()).find((recent) => recent.id === jobId);
  // The menu lists recent jobs only; one gone since (saved data cleared) is chosen again in the review.
  if (!job) return openReview(tabId);
  const result = await quickAddToJob(await getStardexClient(), tabId, await readTabProfile(tabId), job);
  if (result.kind === 'needs-review') return openReview(tabId);
  if (result.kind === 'not-a-profile') return show(words.notAddedToJob(result.reason));
  if (result.kind === 'queued') return show(words.queuedForJob(result.attempt));
  if (result.kind === 'already') return show(words.alreadyOnJob(result.personName, result.job.name, result.stageName));
  await show(words.addedToJob(result.personName, result.job.name));
}

function reasonNotAProfile(profile: TabProfile): string | null {
  if (profile.kind === 'profile') return null;
  if (profile.kind === 'list') return peopleListWords.listPage();
  return profile.kind === 'conversation' ? conversationWords.selectionOnConversation() : profile.reason;
}

async function addSelection(tabId: number, target: SelectionTarget, text: string): Promise<void> {
  const profile = await readTabProfile(tabId);
  const slug = profile.kind === 'profile' && profile.fields.url ? profileSlug(profile.fields.url) : null;
  if (!slug) return show(words.notAdded(reasonNotAProfile(profile)));
  // Read and written in one turn: an open review's autosave cannot land in between and lose it.
  const result = await updateDraft(
    slug,
    (draft) => addSelectionToDraft(draft, target, text, Date.now()),
    (added) => (added.ok ? added.draft : undefined),
  );
  if (!result.ok) return show(words.notAdded(result.message));
  await openReview(tabId);
  await show(words.added(result.value, selectionLabel(target)));
}

/** Opens a linked profile in a new tab and, once it has loaded, its review. */
async function openLinkedProfile(linkUrl: string | undefined, openerTab: Browser.tabs.Tab | undefined): Promise<void> {
  const url = linkUrl && canonicalProfileUrl(linkUrl);
  if (!url) return show(words.notAProfileLink(linkUrl));
  const tab = await browser.tabs.create({
    url,
    active: true,
    openerTabId: openerTab?.id,
    index: (openerTab?.index ?? -2) + 1,
  });
  if (tab.id === undefined) return;
  await waitForTabLoaded(tab.id);
  await openReviewWindow(tab.id);
}

const LOAD_TIMEOUT_MS = 20_000;
function waitForTabLoaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    // The review itself waits for the profile to show, so a slow page only delays it.
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    const listener = (updatedId: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (updatedId === tabId && change.status === 'complete') done();
    };
    browser.tabs.onUpdated.addListener(listener);
  });
}

/** What each right-click entry does; registered for `contextMenus.onClicked`. */
export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined) {
  try {
    if (info.menuItemId === MENU_IDS.openLinkReview) return await openLinkedProfile(info.linkUrl, tab);
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_IDS.review) return await openReview(tab.id);
    if (info.menuItemId === MENU_IDS.quickUpdate) return await runQuickUpdate(tab.id);
    const jobChoice = jobMenuChoiceOf(info.menuItemId);
    if (jobChoice) return await (jobChoice.kind === 'job' ? runAddToJob(tab.id, jobChoice.jobId) : openReview(tab.id));
    const target = selectionTargetOf(info.menuItemId);
    if (target) return await addSelection(tab.id, target, info.selectionText ?? '');
  } catch (error) {
    console.error(`[stardex] menu ${String(info.menuItemId)} failed`, error);
    await show(words.failed(toFailure(error)));
  }
}
