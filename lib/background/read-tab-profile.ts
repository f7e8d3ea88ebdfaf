import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { classifyLinkedinUrl } from '../linkedin/profile-url';
import { tabProfileSchema, type TabProfile } from '../messaging/protocol';
import { EXTRACTOR_FILE, type ContentReadRequest, type ExtractorMissing } from '../linkedin/content-messages';

const CONTENT_SCRIPT_FILE = '/content-scripts/linkedin.js';
const notLinkedin: TabProfile = {
  kind: 'not-a-profile',
  reason: 'Open a LinkedIn profile (linkedin.com/in/…) in this tab, then open the review again.',
};

/** The content script only runs on https LinkedIn pages. */
function isLinkedinPage(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('https:') && classifyLinkedinUrl(url) !== 'not-linkedin';
}

function inject(tabId: number, files: ScriptPublicPath[]): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId }, files });
}

/** Unknown until tabProfileSchema has checked it: the answer comes from inside LinkedIn's page. */
function ask(tabId: number): Promise<unknown> {
  const request: ContentReadRequest = { type: 'profile/read' };
  return browser.tabs.sendMessage(tabId, request);
}

function isExtractorMissing(answer: unknown): boolean {
  const missing: ExtractorMissing['kind'] = 'extractor-missing';
  return typeof answer === 'object' && answer !== null && (answer as { kind?: unknown }).kind === missing;
}

/**
 * Asks the tab's content script what the page shows. The extraction code is injected on demand:
 * ask first, and inject only when the content script answers `extractor-missing`. That is one
 * round trip for every read after the first on a page (the extractor stays until the page
 * reloads), where injecting before every read would always cost two.
 */
async function askWithExtractor(tabId: number): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await ask(tabId);
  } catch {
    // No content script answers in tabs that were open before the extension was installed or updated.
    await inject(tabId, [CONTENT_SCRIPT_FILE, EXTRACTOR_FILE]);
    return ask(tabId);
  }
  if (!isExtractorMissing(answer)) return answer;
  await inject(tabId, [EXTRACTOR_FILE]);
  return ask(tabId);
}

/** What the tab's LinkedIn page shows, as the popup reviews it. */
export async function readTabProfile(tabId: number): Promise<TabProfile> {
  const tab = await browser.tabs.get(tabId);
  if (!isLinkedinPage(tab.url)) return notLinkedin;
  // `extractor-missing` after injecting is not a TabProfile, so it fails here and never reaches a page.
  const parsed = tabProfileSchema.safeParse(await askWithExtractor(tabId));
  if (!parsed.success) throw new Error(`The LinkedIn page answered something unexpected: ${parsed.error.message}`);
  return parsed.data;
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
