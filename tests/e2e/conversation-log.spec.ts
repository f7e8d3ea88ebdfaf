import path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, type Page } from 'playwright/test';
import { blockOtherLinkedinRequests, serveFixture } from '../../scripts/extension-browser';
import { readProfileFromTab } from './linkedin-pages';
import { openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import type { SeedPerson } from '../../scripts/stardex-sandbox/server';

/**
 * Issue 24: a LinkedIn conversation logged to the other person in Stardex, each message its own
 * activity, exactly once, through the outbox.
 */
const THREAD_FILE = '90-messaging-2025-en.html';
const LATER_FILE = '95-messaging-2025-en-later.html';
const OTHER_THREAD_FILE = '93-messaging-sdui-en.html';
const GROUP_FILE = '92-messaging-2025-group.html';
const MARISOL_ID = '6d2f8a41-3b7c-4e9d-a5f0-1c8e2b7d9a34';
const MARISOL_SLUG = 'marisol-quenby-7f3a21';

const marisolInStardex: SeedPerson = {
  id: MARISOL_ID,
  name: 'Marisol Quenby',
  first_name: 'Marisol',
  last_name: 'Quenby',
  linkedin_public_id: MARISOL_SLUG,
  linkedin_url: `https://www.linkedin.com/in/${MARISOL_SLUG}/`,
  current_job_title: 'Head of Data Engineering',
  current_company_name: 'Larkspur Analytics',
};

const cases = JSON.parse(readFileSync(path.resolve('tests/fixtures/linkedin/conversation-cases.json'), 'utf8')) as {
  file: string;
  url: string;
  expected: unknown;
}[];
const urlOf = (file: string) => cases.find((c) => c.file === file)!.url;

const env = useExtensionEnvironment();

const activityPosts = () =>
  env.sandbox.requests().filter((request) => request.method === 'POST' && request.path === '/v1/person-activities');
const logged = () => env.sandbox.person(MARISOL_ID)?.activities ?? [];

async function reviewThread(file = THREAD_FILE): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await openProfile(env.browser, file, urlOf(file));
  const popup = await openReview(env.browser, tabId);
  return { page, popup };
}

async function reviewMarisol() {
  env.sandbox.reset([marisolInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const opened = await reviewThread();
  await expect(opened.popup.getByText('In Stardex: Marisol Quenby')).toBeVisible();
  await expect(
    opened.popup.getByText('4 messages on the page; scroll up in LinkedIn to include older ones'),
  ).toBeVisible();
  env.sandbox.clearLog();
  return opened;
}

test('a thread is logged once: one activity per message, of the right type, oldest first', async () => {
  const { popup } = await reviewMarisol();
  await popup.getByRole('button', { name: 'Log 4 messages to Stardex' }).click();
  await expect(popup.getByRole('status')).toHaveText('Logged 4 messages to Stardex.');

  expect(activityPosts()).toHaveLength(4);
  expect(logged().map((activity) => activity.activity_type)).toEqual([
    'linkedin_message',
    'linkedin_message_response',
    'linkedin_message_response',
    'linkedin_message',
  ]);
  expect(logged()[0]!.activity_content).toBe(
    'LinkedIn message from me to Marisol Quenby · 2025-02-27 09:14\nHi Marisol, I lead data hiring at Fernhill Search. Would you be open to a short call about a Staff Data Engineer role?',
  );
  expect(logged()[1]!.activity_content).toContain('from Marisol Quenby to me · 2025-03-03 18:02');
  await expect(popup.getByText('already logged')).toHaveCount(4);
  await expect(popup.getByRole('button', { name: 'Nothing new to log' })).toBeDisabled();

  await popup.setViewportSize({ width: 420, height: 1000 });
  await popup
    .locator('.popup')
    .screenshot({ path: path.resolve('docs/screenshots/conversation.png'), animations: 'disabled', caret: 'hide' });
});

test('logging the thread again after two new messages logs those two, none twice', async () => {
  const { page, popup } = await reviewMarisol();
  await popup.getByRole('button', { name: 'Log 4 messages to Stardex' }).click();
  await expect(popup.getByRole('status')).toHaveText('Logged 4 messages to Stardex.');
  await popup.close();

  await serveFixture(env.browser.context, urlOf(LATER_FILE), path.resolve('tests/fixtures/linkedin', LATER_FILE));
  await page.reload();
  await expect(page.getByText('Quick question: is the role remote-friendly?')).toBeVisible();
  env.sandbox.clearLog();
  const again = await openReview(env.browser, await tabIdOf(page));
  await expect(again.getByText('already logged')).toHaveCount(4);
  await again.getByRole('button', { name: 'Log 2 messages to Stardex' }).click();
  await expect(again.getByRole('status')).toHaveText('Logged 2 messages to Stardex.');

  expect(activityPosts()).toHaveLength(2);
  expect(logged()).toHaveLength(6);
  expect(new Set(logged().map((activity) => activity.activity_content)).size).toBe(6);
  expect(
    logged()
      .slice(4)
      .map((activity) => activity.activity_type),
  ).toEqual(['linkedin_message_response', 'linkedin_message']);
});

test('a 503 in the middle of a log is retried and posts nothing twice', async () => {
  const { popup } = await reviewMarisol();
  // The first post goes through; the second is stored and then answered 503, as a lost answer.
  env.sandbox.addFaults([
    { method: 'POST', path: '/v1/person-activities', kind: 'delay', delayMs: 0 },
    { method: 'POST', path: '/v1/person-activities', kind: 'status', status: 503, apply: true },
  ]);
  await popup.getByRole('button', { name: 'Log 4 messages to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Kept in the outbox, not yet in Stardex.');

  await expect.poll(() => logged().length, { timeout: 30_000 }).toBe(4);
  await expect.poll(() => activityPosts().filter((post) => post.status === 200).length, { timeout: 10_000 }).toBe(3);
  expect(activityPosts()).toHaveLength(4);
  expect(new Set(logged().map((activity) => activity.activity_content)).size).toBe(4);
  expect(logged().map((activity) => activity.activity_type)).toEqual([
    'linkedin_message',
    'linkedin_message_response',
    'linkedin_message_response',
    'linkedin_message',
  ]);
});

test('a group conversation is refused with the reason and nothing is sent', async () => {
  env.sandbox.reset([marisolInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  env.sandbox.clearLog();
  const { popup } = await reviewThread(GROUP_FILE);
  await expect(popup.getByRole('status')).toContainText(
    'This is a group conversation (Halvard Brisk, Oona Tessaly). Only a conversation with one other person can be logged',
  );
  await expect(popup.getByRole('button', { name: /^Log / })).toHaveCount(0);
  expect(env.sandbox.requests()).toEqual([]);
});

test('the tab moving to another conversation before the click sends nothing', async () => {
  const { page, popup } = await reviewMarisol();
  await expect(popup.getByRole('button', { name: 'Log 4 messages to Stardex' })).toBeEnabled();
  const other = urlOf(OTHER_THREAD_FILE);
  await serveFixture(env.browser.context, other, path.resolve('tests/fixtures/linkedin', OTHER_THREAD_FILE));
  await page.goto(other);
  await expect(page.getByRole('heading', { name: 'Ines Calderwood' })).toBeVisible();

  await popup.getByRole('button', { name: 'Log 4 messages to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('The tab shows another conversation');
  await expect(popup.getByRole('status')).toContainText('nothing was sent');
  expect(activityPosts()).toEqual([]);
  expect(logged()).toEqual([]);
});

test('the built extractor reads every conversation fixture in the browser as the cases say', async () => {
  await blockOtherLinkedinRequests(env.browser.context);
  const extensionPage = await env.browser.openExtensionPage('options.html');
  for (const { file, url, expected } of cases) {
    await serveFixture(env.browser.context, url, path.resolve('tests/fixtures/linkedin', file));
    const page = await env.browser.context.newPage();
    await page.goto(url);
    expect(await readProfileFromTab(extensionPage, await tabIdOf(page)), file).toEqual(expected);
    await page.close();
  }
});

async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const id = await env.browser.serviceWorker.evaluate(
    async (tabUrl) => (await chrome.tabs.query({})).find((tab) => tab.url === tabUrl)?.id ?? null,
    url,
  );
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}
