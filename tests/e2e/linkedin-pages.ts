/** Helpers for reading what a served LinkedIn fixture page shows, the way the popup does. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright/test';
import type { Envelope, TabProfile } from '../../lib/messaging/protocol';
import { blockOtherLinkedinRequests, serveFixture, type ExtensionBrowser } from '../../scripts/extension-browser';

export const linkedinFixturesDir = path.resolve('tests/fixtures/linkedin');

export function readLinkedinFixture(file: string): string {
  return readFileSync(path.join(linkedinFixturesDir, file), 'utf8');
}

/** Serves `file` at `url` (every other LinkedIn request gets an empty answer) and opens it in a tab. */
export function openLinkedinPage(browser: ExtensionBrowser, url: string, file: string): Promise<Page> {
  return openLinkedinPageIn(browser.context, url, file);
}

/** `openLinkedinPage` in any browser context, also one without the extension (yet). */
export async function openLinkedinPageIn(context: BrowserContext, url: string, file: string): Promise<Page> {
  await serveLinkedinPage(context, url, file);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Serves `file` at `url`; every other LinkedIn request gets an empty answer. */
export async function serveLinkedinPage(context: BrowserContext, url: string, file: string): Promise<void> {
  // The route registered last wins: the catch-all first, then the page.
  await blockOtherLinkedinRequests(context);
  // The hash never reaches the network, so the route must not name it.
  await serveFixture(context, url.split('#')[0]!, path.join(linkedinFixturesDir, file));
}

/** The id of the one open LinkedIn tab. */
export async function linkedinTabId(browser: ExtensionBrowser): Promise<number> {
  const ids = await browser.serviceWorker.evaluate(async () =>
    (await chrome.tabs.query({ url: 'https://*.linkedin.com/*' })).map((tab) => tab.id),
  );
  if (ids.length !== 1 || ids[0] === undefined) throw new Error(`Expected one LinkedIn tab, found ${ids.length}`);
  return ids[0];
}

/**
 * Asks the background for the tab's profile from an extension page, as the popup does, so the
 * whole product path runs: the extractor run in the tab on demand, answer validation.
 */
export async function readProfileFromTab(extensionPage: Page, tabId: number): Promise<TabProfile> {
  const envelope = (await extensionPage.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'tab/read-profile', tabId: id }),
    tabId,
  )) as Envelope;
  if (!envelope.ok) {
    throw new Error(`tab/read-profile failed: ${JSON.stringify(envelope.error)}`);
  }
  return envelope.data as TabProfile;
}
