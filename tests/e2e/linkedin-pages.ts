/** Helpers for asking the LinkedIn content script what a served fixture page shows. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright/test';
import type { ContentReadResponse } from '../../lib/linkedin/content-messages';
import { blockOtherLinkedinRequests, serveFixture, type ExtensionBrowser } from './harness';

export const linkedinFixturesDir = path.resolve('tests/fixtures/linkedin');

export function readLinkedinFixture(file: string): string {
  return readFileSync(path.join(linkedinFixturesDir, file), 'utf8');
}

/** The part of the extension API these helpers call inside extension pages and the service worker. */
interface ChromeTabsApi {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Serves `file` at `url` (every other LinkedIn request gets an empty answer) and opens it in a tab. */
export async function openLinkedinPage(browser: ExtensionBrowser, url: string, file: string): Promise<Page> {
  // The route registered last wins: the catch-all first, then the page.
  await blockOtherLinkedinRequests(browser.context);
  await serveFixture(browser.context, url, path.join(linkedinFixturesDir, file));
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

/** The id of the one open LinkedIn tab. */
export async function linkedinTabId(browser: ExtensionBrowser): Promise<number> {
  const ids = await browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabsApi };
    return (await chrome.tabs.query({ url: 'https://*.linkedin.com/*' })).map((tab) => tab.id);
  });
  if (ids.length !== 1 || ids[0] === undefined) throw new Error(`Expected one LinkedIn tab, found ${ids.length}`);
  return ids[0];
}

/** Sends `{type: 'profile/read'}` to the tab from an extension page, as the popup and background do. */
export async function readProfileFromTab(extensionPage: Page, tabId: number): Promise<ContentReadResponse> {
  return (await extensionPage.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabsApi };
    return chrome.tabs.sendMessage(id, { type: 'profile/read' });
  }, tabId)) as ContentReadResponse;
}
