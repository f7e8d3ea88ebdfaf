import { readFileSync } from 'node:fs';
import { expect, test } from 'playwright/test';
import type { Page } from 'puppeteer-core';
import { CALLA_FILE, CALLA_ID, callaInStardex } from '../e2e/calla';
import { fixtureUrl, SANDBOX_API_KEY } from '../e2e/extension-setup';
import { linkedinFixturesDir } from '../e2e/linkedin-pages';
import { startTestSandbox, type TestSandbox } from '../e2e/sandbox-control';
import { ADDON_ID, launchFirefoxWithAddon, type FirefoxWithAddon } from './firefox-browser';

// One Firefox for the file: the steps build on each other (key, page, review, save) as a user's would.
test.describe.configure({ mode: 'serial' });

let firefox: FirefoxWithAddon;
let sandbox: TestSandbox;
let options: Page;
let profileTabId: number;
const callaUrl = fixtureUrl(CALLA_FILE);

test.beforeAll(async () => {
  sandbox = await startTestSandbox();
  sandbox.reset([callaInStardex({ current_job_title: 'Recruiter' })]);
  firefox = await launchFirefoxWithAddon();
});
test.afterAll(async () => {
  await firefox?.close();
  await sandbox?.close();
});

/** The form control a label names, as the user finds it. */
async function controlLabelled(page: Page, label: string) {
  const handle = await page.evaluateHandle((text) => {
    const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
    const control = found?.control;
    if (!control) throw new Error(`No control labelled "${text}"`);
    return control as HTMLInputElement;
  }, label);
  return handle;
}
const valueOf = async (page: Page, label: string) =>
  (await controlLabelled(page, label).catch(() => null))?.evaluate((control: HTMLInputElement) => control.value) ??
  null;
const fill = async (page: Page, label: string, value: string) =>
  (await controlLabelled(page, label)).asLocator().fill(value);
/** A button by its text, as the user finds it. */
async function clickButton(page: Page, name: string) {
  const button = await page.evaluateHandle((text) => {
    const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }, name);
  await button.asLocator().click();
}
const statusText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' | '));

test('the add-on installs with its fixed id and its background answers the options page', async () => {
  expect(firefox.addonId).toBe(ADDON_ID);
  options = await firefox.openExtensionPage('options.html');
  expect(await options.title()).toBe('Stardex options');
  const answer = await options.evaluate(() => browser.runtime.sendMessage({ type: 'settings/get' }));
  expect(answer).toMatchObject({ ok: true, data: { hasApiKey: false, baseUrl: 'https://api.stardex.ai' } });
});

test('the key saved in Options is accepted by Stardex and kept out of storage.local', async () => {
  await fill(options, 'API key', SANDBOX_API_KEY);
  await fill(options, 'API base URL', sandbox.url);
  await clickButton(options, 'Save');
  await expect.poll(() => statusText(options)).toContain('Stardex accepted the API key');
  const local = await options.evaluate(() => browser.storage.local.get(null));
  expect(JSON.stringify(local)).not.toContain(SANDBOX_API_KEY);
});

test('a fixture LinkedIn page at its real URL is read into the review, and the badge shows the match', async () => {
  await firefox.openServedPage(callaUrl, readFileSync(`${linkedinFixturesDir}/${CALLA_FILE}`));
  const tabs = await options.evaluate((url) => browser.tabs.query({ url }), callaUrl);
  expect(tabs).toHaveLength(1);
  profileTabId = tabs[0]!.id!;
  await expect.poll(() => options.evaluate((tabId) => browser.action.getBadgeText({ tabId }), profileTabId)).toBe('✓');

  const review = await firefox.openExtensionPage(`popup.html?tabId=${profileTabId}`);
  await expect.poll(() => valueOf(review, 'Full name')).toBe('Calla Northallen');
  expect(await valueOf(review, 'Headline')).toBe('Healthcare AI · Technical Recruiter · Mentor');
  expect(await valueOf(review, 'Job title')).toBe('Technical Recruiter');
  expect(await valueOf(review, 'Company')).toBe('Bluefen Insurance');
  await expect.poll(() => review.evaluate(() => document.body.innerText)).toContain('In Stardex: Calla Northallen');
  await expect.poll(() => statusText(review)).toContain('Ready to update 1 field(s) in Stardex.');

  sandbox.clearLog();
  await clickButton(review, 'Save to Stardex');
  await expect.poll(() => statusText(review)).toContain('Saved to Stardex');
  const patches = sandbox.requests().filter((r) => r.method === 'PATCH');
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${CALLA_ID}`);
  expect(patches[0]!.authorization).toBe(`Bearer …${SANDBOX_API_KEY.slice(-4)}`);
  expect(patches[0]!.body).toEqual({ current_job_title: 'Technical Recruiter' });
});

test('starting, reading and saving: nothing the add-on ran wrote an error or a warning', () => {
  expect(firefox.addonProblems()).toEqual([]);
});

test('a save Stardex rate-limits waits in the outbox, counted on the badge, and the retry delivers it once', async () => {
  sandbox.reset([callaInStardex({ current_job_title: 'Recruiter' })]);
  const review = await firefox.openExtensionPage(`popup.html?tabId=${profileTabId}`);
  await expect.poll(() => statusText(review)).toContain('Ready to update 1 field(s) in Stardex.');
  sandbox.clearLog();
  sandbox.addFaults({ method: 'PATCH', path: `/v1/persons/${CALLA_ID}`, kind: 'status', status: 429, retryAfter: 1 });
  await clickButton(review, 'Save to Stardex');
  await expect.poll(() => statusText(review)).toContain('Kept in the outbox, not yet in Stardex.');
  await expect.poll(() => options.evaluate(() => browser.action.getBadgeText({}))).toBe('1');

  await expect.poll(() => sandbox.person(CALLA_ID)?.current_job_title, { timeout: 20_000 }).toBe('Technical Recruiter');
  expect(
    sandbox
      .requests()
      .filter((r) => r.method === 'PATCH')
      .map((r) => r.status),
  ).toEqual([429, 200]);
  await expect.poll(() => options.evaluate(() => browser.action.getBadgeText({}))).toBe('');
  await expect.poll(() => options.evaluate(async () => (await browser.storage.local.get('outbox')).outbox)).toEqual([]);
  // The refused attempt is logged by kind, status and code (never Stardex's answer body), and nothing else.
  expect(firefox.addonProblems()).toEqual([
    expect.stringMatching(/\[stardex\] save for .* not delivered: rate-limited \(HTTP 429, RATE_LIMIT_EXCEEDED\)/),
  ]);
});

test('the background is an event page: Firefox stops it when idle, and a message starts it again', async () => {
  await expect.poll(() => options.evaluate(() => browser.extension.getBackgroundPage() === null)).toBe(true);
  const answer = await options.evaluate(() => browser.runtime.sendMessage({ type: 'settings/get' }));
  expect(answer).toMatchObject({ ok: true, data: { hasApiKey: true, baseUrl: sandbox.url } });
});
