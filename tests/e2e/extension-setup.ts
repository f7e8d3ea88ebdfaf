import path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, type Page } from 'playwright/test';
import { blockOtherLinkedinRequests, serveFixture, type ExtensionBrowser } from '../../scripts/extension-browser';
import type { RequestOf } from '../../lib/messaging/protocol';

export const SANDBOX_API_KEY = 'sk_sandbox_demo';
const fixturesDir = path.resolve('tests/fixtures/linkedin');

interface FixtureCase {
  file: string;
  url: string;
}

/** The URL a fixture page is served at, from the corpus index. */
export function fixtureUrl(file: string): string {
  const cases = JSON.parse(readFileSync(path.join(fixturesDir, 'cases.json'), 'utf8')) as FixtureCase[];
  const found = cases.find((c) => c.file === file);
  if (!found) throw new Error(`${file} is not listed in tests/fixtures/linkedin/cases.json`);
  return found.url;
}

/**
 * Saves the key and base URL through the options page, as a user would: in the Options tab the install
 * opened, where there is one (it is already rendered, so no second page has to start), else in a new one.
 * For the tests about Options and what it shows; the others use `saveSettingsByMessage`.
 */
export async function configureExtension(browser: ExtensionBrowser, sandboxUrl: string, apiKey = SANDBOX_API_KEY) {
  const options = await optionsPage(browser);
  await options.getByLabel('API key').fill(apiKey);
  await options.getByLabel('API base URL').fill(sandboxUrl);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).not.toHaveText(/Checking/);
  return options;
}

/**
 * Saves the key and base URL with the message the Options form sends on Save (`settings/save`), from the
 * Options tab: the background checks and stores them as after a click on Save. Typing into the form costs
 * a test more CPU than most of its own steps (Playwright's first locator in a page), and only the tests
 * about Options need it. The form still shows what it loaded before: a test that goes on in it reloads it.
 */
export async function saveSettingsByMessage(browser: ExtensionBrowser, sandboxUrl: string, apiKey = SANDBOX_API_KEY) {
  const options = await optionsPage(browser);
  const request: RequestOf<'settings/save'> = { type: 'settings/save', apiKey, baseUrl: sandboxUrl };
  const answer: unknown = await options.evaluate((message) => chrome.runtime.sendMessage(message), request);
  expect(answer, 'the background answers settings/save').toMatchObject({ ok: true });
  return options;
}

async function optionsPage(browser: ExtensionBrowser): Promise<Page> {
  const optionsUrl = browser.pageUrl('options.html');
  return (
    browser.context.pages().find((page) => page.url() === optionsUrl) ??
    (await browser.openExtensionPage('options.html'))
  );
}

/** Opens a fixture profile at its real LinkedIn URL and returns the tab and its id. */
export async function openProfile(browser: ExtensionBrowser, file: string, url = fixtureUrl(file)) {
  await blockOtherLinkedinRequests(browser.context);
  await serveFixture(browser.context, url, path.join(fixturesDir, file));
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser, url);
  return { page, tabId, url };
}

async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const worker = browser.serviceWorker;
  const tabId = await worker.evaluate(async (tabUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === tabUrl)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error(`No tab shows ${url}`);
  return tabId;
}

export async function openReview(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  return browser.openExtensionPage(`popup.html?tabId=${tabId}`);
}
