import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { EXTRACTOR_FILE, extractorAnswer } from './extractor-answer';
import { classifyLinkedinUrl } from './profile-url';
import { tabProfileSchema, type TabProfile } from '../messaging/protocol';
import { pagePersonOf, type PagePerson } from '../persons/page-person';
import { openAProfileWords, pageAnsweredUnexpectedlyWords } from '../ui-words/review';

const notLinkedin = (): TabProfile => ({ kind: 'not-a-profile', reason: openAProfileWords() });

/** The host permission, and so the extractor, covers https LinkedIn pages only. */
function isLinkedinPage(url: string | undefined): url is string {
  return url !== undefined && url.startsWith('https:') && classifyLinkedinUrl(url) !== 'not-linkedin';
}

/**
 * Runs the extractor in the tab's main frame and returns its answer. Every read runs it afresh: it
 * keeps no state in the page between reads (it sets no global), and a tab opened before the
 * extension was installed or updated is read like any other.
 */
async function runExtractor(tabId: number): Promise<unknown> {
  // Typed as a built script, so a renamed or missing extractor fails the typecheck.
  const files: ScriptPublicPath[] = [EXTRACTOR_FILE];
  const [mainFrame] = await browser.scripting.executeScript({ target: { tabId }, files });
  return extractorAnswer(mainFrame?.result);
}

/** What the tab's LinkedIn page shows, as the popup reviews it. */
export async function readTabProfile(tabId: number): Promise<TabProfile> {
  const { url } = await browser.tabs.get(tabId);
  if (!isLinkedinPage(url)) return notLinkedin();
  const parsed = tabProfileSchema.safeParse(await runExtractor(tabId));
  if (!parsed.success) throw new Error(pageAnsweredUnexpectedlyWords(parsed.error.message));
  // The page's own id, from the URL the tab shows: the extractor never reads it (lead pages carry no slug).
  if (parsed.data.kind !== 'profile') return parsed.data;
  const pagePerson = pagePersonOf(url);
  return pagePerson ? { ...parsed.data, pagePerson } : parsed.data;
}

/** The tab's current URL, or null when the tab is gone. */
async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/**
 * The profile URL the tab shows now, to check that it still shows the profile a save was reviewed
 * for; null when it shows none. On `/in/` pages that is the tab's URL. Sales Navigator and Recruiter
 * URLs carry only opaque ids, so there the page is read again for its link to the public profile:
 * another lead names another profile, and a page whose link is gone names none.
 */
export async function profileShownInTab(tabId: number): Promise<string | null> {
  const url = await tabUrl(tabId);
  if (url === null) return null;
  const kind = classifyLinkedinUrl(url);
  if (kind !== 'sales-navigator-lead' && kind !== 'recruiter-profile') return url;
  try {
    const shown = await readTabProfile(tabId);
    return shown.kind === 'profile' ? shown.fields.url : null;
  } catch (error) {
    // Unreadable counts as "not the reviewed profile": the guard then refuses and says so.
    console.warn('[stardex] could not read the tab again to check its profile', error);
    return null;
  }
}

/**
 * The lead or candidate the tab shows now, by the id its URL names (read again at each save, as
 * profileShownInTab reads the slug); null when the tab is gone or shows no such page.
 */
export async function pagePersonShownInTab(tabId: number): Promise<PagePerson | null> {
  const url = await tabUrl(tabId);
  return url === null ? null : pagePersonOf(url);
}
