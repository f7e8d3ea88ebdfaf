/** Helpers for reading what a served LinkedIn fixture page shows, the way the popup does. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright/test';
import type { Envelope, TabProfile } from '../../lib/messaging/protocol';
import { blockOtherLinkedinRequests, serveFixture, type ExtensionBrowser } from './harness';

export const linkedinFixturesDir = path.resolve('tests/fixtures/linkedin');

export function readLinkedinFixture(file: string): string {
  return readFileSync(path.join(linkedinFixturesDir, file), 'utf8');
}

/** Serves `file` at `url` (every other LinkedIn request gets an empty answer) and opens it in a tab. */
export async function openLinkedinPage(browser: ExtensionBrowser, url: string, file: string): Promise<Page> {
  // The route registered last wins: the catch-all first, then the page.
  await blockOtherLinkedinRequests(browser.context);
  // The hash never reaches the network, so the route must not name it.
  await serveFixture(browser.context, url.split('#')[0]!, path.join(linkedinFixturesDir, file));
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
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
 * whole product path runs: content script, on-demand extractor injection, answer validation.
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
