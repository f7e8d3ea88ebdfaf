/**
 * The list review in a real browser against the sandbox (60 requests a minute, as Stardex): one
 * row per person with whether they are in Stardex, and selection.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'playwright/test';
import { listFixtureCases } from '../unit/people-lists/list-fixtures';
import { test, useExtensionEnvironment } from './environment';
import { anselInStardex, MIXED_SEARCH } from './ansel';
import { saveSettingsByMessage } from './extension-setup';
import { linkedinTabId, openLinkedinPage } from './linkedin-pages';

const env = useExtensionEnvironment();
const page25 = listFixtureCases.find((fixture) => fixture.file === '86-search-sdui-25.html')!;

async function openListReview(fixture: (typeof listFixtureCases)[number]) {
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  await openLinkedinPage(env.browser, fixture.url, path.join('lists', fixture.file));
  return env.browser.openExtensionPage(`popup.html?tabId=${await linkedinTabId(env.browser)}`);
}

/** Searches by LinkedIn URL (the Options page's connection check is a search without one). */
function lookupsSent() {
  return env.sandbox
    .requests()
    .filter(
      (request) => request.path === '/v1/persons/search' && JSON.stringify(request.body).includes('linkedin_url'),
    );
}

function row(popup: Awaited<ReturnType<typeof openListReview>>, name: string) {
  return popup.getByRole('table', { name: 'People on this page' }).getByRole('row').filter({ hasText: name });
}

test('each row says whether the person is in Stardex: ✓ in Stardex, + not, ? without a public URL', async () => {
  env.sandbox.reset([anselInStardex()]);
  const popup = await openListReview(MIXED_SEARCH);
  await expect(row(popup, 'Ansel Brightwater')).toContainText('✓ in Stardex as Ansel Brightwater');
  await expect(row(popup, 'Belén Ostrava')).toContainText('+ not in Stardex');
  await expect(row(popup, 'LinkedIn Member (name hidden)')).toContainText('? the page shows no public LinkedIn URL');
  await expect(row(popup, 'Fenna Örtl')).toContainText('+ not in Stardex');
  // One lookup per row with a URL, none for the anonymised row.
  expect(lookupsSent()).toHaveLength(4);
});

test('a page of 25: one lookup each, none refused by the rate limit, every row ends known', async () => {
  env.sandbox.reset([]);
  const popup = await openListReview(page25);
  const table = popup.getByRole('table', { name: 'People on this page' });
  await expect(table.getByText('+ not in Stardex')).toHaveCount(25, { timeout: 30_000 });
  expect(lookupsSent()).toHaveLength(25);
  expect(env.sandbox.requests().filter((request) => request.status === 429)).toEqual([]);
});

test('select all, select none and single rows', async () => {
  env.sandbox.reset([]);
  const popup = await openListReview(page25);
  await expect(popup.getByText('Selected: 0 of 25.')).toBeVisible();
  await popup.getByRole('button', { name: 'Select all' }).click();
  await expect(popup.getByText('Selected: 25 of 25.')).toBeVisible();
  await popup.getByRole('checkbox', { name: 'Select Abel Ashgrove' }).uncheck();
  await expect(popup.getByText('Selected: 24 of 25.')).toBeVisible();
  await popup.getByRole('button', { name: 'Select none' }).click();
  await expect(popup.getByText('Selected: 0 of 25.')).toBeVisible();
  await popup.getByRole('checkbox', { name: 'Select Yorick Zellerby' }).check();
  await expect(popup.getByText('Selected: 1 of 25.')).toBeVisible();
});

test('README picture: the list review of a people search, some people checked', async () => {
  env.sandbox.reset([anselInStardex()]);
  const popup = await openListReview(MIXED_SEARCH);
  await popup.setViewportSize({ width: 900, height: 700 });
  await expect(row(popup, 'Fenna Örtl')).toContainText('+ not in Stardex');
  await popup.getByRole('checkbox', { name: 'Select Ansel Brightwater' }).check();
  await popup.getByRole('checkbox', { name: 'Select Belén Ostrava' }).check();
  // Written on every run, as the README's other pictures (tests/e2e/store-screenshots.spec.ts): it always shows the current review.
  const picture = await popup.locator('.popup').screenshot({ animations: 'disabled', caret: 'hide' });
  writeFileSync(path.resolve('docs/screenshots/people-list.png'), picture);
});

test('a person whose company is a client is marked off-limits on their row; "Select all" leaves them out, a tick by hand adds them', async () => {
  env.sandbox.reset([anselInStardex({ current_company_name: 'Nettlebrook Pharma' })]);
  const popup = await openListReview(MIXED_SEARCH);
  await expect(row(popup, 'Ansel Brightwater')).toContainText('Off-limits: Nettlebrook Pharma is a client (Active)');
  await expect(row(popup, 'Fenna Örtl')).toContainText('+ not in Stardex');
  await expect(row(popup, 'Belén Ostrava')).not.toContainText('Off-limits');

  await popup.getByRole('button', { name: 'Select all' }).click();
  await expect(popup.getByText('Selected: 4 of 5.')).toBeVisible();
  await expect(popup.getByRole('checkbox', { name: 'Select Ansel Brightwater' })).not.toBeChecked();
  await expect(popup.getByRole('checkbox', { name: 'Select Belén Ostrava' })).toBeChecked();
  await popup.getByRole('checkbox', { name: 'Select Ansel Brightwater' }).check();
  await expect(popup.getByText('Selected: 5 of 5.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Add 5 people to Stardex' })).toBeEnabled();
});
