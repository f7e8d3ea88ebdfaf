import { browser } from 'wxt/browser';
import { tabProfileSchema, type TabProfile } from '../messaging/protocol';
import type { ContentReadRequest } from '../linkedin/content-messages';

const CONTENT_SCRIPT_FILE = '/content-scripts/linkedin.js';
const notLinkedin: TabProfile = {
  kind: 'not-a-profile',
  reason: 'Open a LinkedIn profile (linkedin.com/in/…) in this tab, then open the review again.',
};

function isLinkedinPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com'));
  } catch {
    return false;
  }
}

/** Asks the tab's content script what the page shows; injects the script into tabs opened before install. */
export async function readTabProfile(tabId: number): Promise<TabProfile> {
  const tab = await browser.tabs.get(tabId);
  if (!isLinkedinPage(tab.url)) return notLinkedin;
  const request: ContentReadRequest = { type: 'profile/read' };
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, request);
  } catch {
    // No content script answers in tabs that were open before the extension was installed or updated.
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    answer = await browser.tabs.sendMessage(tabId, request);
  }
  const parsed = tabProfileSchema.safeParse(answer);
  if (!parsed.success) throw new Error(`The LinkedIn page answered something unexpected: ${parsed.error.message}`);
  return parsed.data;
}

/** The tab's current URL, to check that it still shows the profile a save was reviewed for. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}
