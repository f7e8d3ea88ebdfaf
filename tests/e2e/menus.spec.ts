import { expect, type Page } from 'playwright/test';
import { MENU_IDS, SELECTION_TARGETS, selectionMenuId } from '../../lib/menus/menu-definitions';
import { fixtureUrl, openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_FILE, CALLA_ID, CALLA_SLUG, callaInStardex } from './calla';
import { menuHelpers } from './menu-helpers';

/**
 * Playwright cannot click browser menus, so these tests fire the real `contextMenus.onClicked`
 * event inside the service worker (`dispatch`, which this Chromium exposes on extension events):
 * the extension's own listener runs exactly as after a right-click, with no test-only code in it.
 */

/** Calla as Stardex has her: everything as on the page except the job title and company. */
const callaAsInStardex = callaInStardex({ current_job_title: 'Recruiter', current_company_name: 'Old Agency' });
/** Calla exactly as on the page: a review of her has nothing to send but what the user adds. */
const callaUpToDate = callaInStardex();
const KATRIN_FILE = '02-layout2025-fragment.html';

const env = useExtensionEnvironment();
const { clickMenu, recordNotifications, menuExists } = menuHelpers(env);

function badgeText(tabId: number): Promise<string> {
  return env.browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The review pages open now: the toolbar popup (`action.openPopup`) or review windows for `tabId`. */
async function openReviews(tabId: number): Promise<{ toolbarPopups: number; windows: Page[] }> {
  const toolbarPopups = await env.browser.serviceWorker.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.POPUP] })).filter((context) =>
        context.documentUrl?.endsWith('/popup.html'),
      ).length,
  );
  const windows = env.browser.context.pages().filter((page) => page.url().endsWith(`/popup.html?tabId=${tabId}`));
  return { toolbarPopups, windows };
}

/**
 * Waits for the review a menu opens for `tabId` and returns a page showing it. The product opens the
 * toolbar popup when the browser allows (it does here), else a window with `popup.html?tabId=`.
 * Playwright cannot drive the toolbar popup, so then the same review is opened as a tab.
 */
async function reviewOpenedFor(tabId: number): Promise<Page> {
  await expect
    .poll(async () => {
      const { toolbarPopups, windows } = await openReviews(tabId);
      return toolbarPopups + windows.length;
    })
    .toBe(1);
  const { windows } = await openReviews(tabId);
  return windows[0] ?? openReview(env.browser, tabId);
}

async function storedDrafts(): Promise<Record<string, unknown>> {
  return env.browser.serviceWorker.evaluate(
    async () => ((await chrome.storage.local.get('drafts')).drafts ?? {}) as Record<string, unknown>,
  );
}

const patches = () => env.sandbox.requests().filter((request) => request.method === 'PATCH');

test('every menu exists after install', async () => {
  // Every id of lib/menus/menu-definitions.ts (its titles come from the extension's locale, not at hand here).
  const ids = [...Object.values(MENU_IDS), ...SELECTION_TARGETS.map(({ target }) => selectionMenuId(target))];
  await expect.poll(() => menuExists('review')).toBe(true);
  for (const id of ids) expect([id, await menuExists(id)]).toEqual([id, true]);
  expect(await menuExists('no-such-menu')).toBe(false);
});

test('"Update in Stardex now" on a matched profile sends the changed values in one PATCH and says so', async () => {
  env.sandbox.reset([callaAsInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  await expect.poll(() => badgeText(tabId)).toBe('✓');
  const notifications = await recordNotifications();
  env.sandbox.clearLog();

  await clickMenu(tabId, { menuItemId: 'quick-update' });

  await expect
    .poll(notifications)
    .toEqual([{ title: 'Updated in Stardex', message: 'Updated Calla Northallen: current_job_title, company_name.' }]);
  expect(patches()).toHaveLength(1);
  expect(patches()[0]!.path).toBe(`/v1/persons/${CALLA_ID}`);
  expect(patches()[0]!.body).toEqual({ current_job_title: 'Technical Recruiter', company_name: 'Bluefen Insurance' });
  expect(env.sandbox.person(CALLA_ID)).toMatchObject({
    current_job_title: 'Technical Recruiter',
    current_company_name: 'Bluefen Insurance',
  });
  // Nothing waits in the outbox, so the badge still shows the match, not a count.
  expect(await badgeText(tabId)).toBe('✓');
  expect(await openReviews(tabId)).toEqual({ toolbarPopups: 0, windows: [] });
});

test('"Update in Stardex now" on a profile not in Stardex sends nothing and opens the review', async () => {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  await expect.poll(() => badgeText(tabId)).toBe('+');
  env.sandbox.clearLog();

  expect(await openReviews(tabId)).toEqual({ toolbarPopups: 0, windows: [] });
  await clickMenu(tabId, { menuItemId: 'quick-update' });
  const popup = await reviewOpenedFor(tabId);

  await expect(popup.getByRole('status')).toContainText('Not in Stardex');
  await expect(popup.getByLabel('Full name', { exact: true })).toHaveValue('Calla Northallen');
  // Lookups only: the person's search and the company's (issue 23); nothing written.
  expect(env.sandbox.requests().filter((r) => r.method !== 'POST' || !r.path.endsWith('/search'))).toEqual([]);
});

test('a selected email goes into the review as Work email and is saved from there', async () => {
  env.sandbox.reset([callaUpToDate]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);

  expect(await openReviews(tabId)).toEqual({ toolbarPopups: 0, windows: [] });
  await clickMenu(tabId, { menuItemId: 'add-as:workEmail', selectionText: ' jane.doe@example.com ' });
  const popup = await reviewOpenedFor(tabId);

  await expect(popup.getByLabel('Work email')).toHaveValue('jane.doe@example.com');
  await expect(popup.getByLabel('Work email')).toBeVisible();
  expect(await storedDrafts()).toMatchObject({ [CALLA_SLUG]: { values: { workEmail: 'jane.doe@example.com' } } });
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  expect(patches().map((p) => [p.path, p.body])).toEqual([
    [`/v1/persons/${CALLA_ID}`, { work_email: 'jane.doe@example.com' }],
  ]);
  await expect.poll(storedDrafts).toEqual({});
});

test('a selection that is not an email writes no draft, opens nothing and says why', async () => {
  env.sandbox.reset([callaUpToDate]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const notifications = await recordNotifications();
  env.sandbox.clearLog();

  await clickMenu(tabId, { menuItemId: 'add-as:workEmail', selectionText: 'not an email' });

  await expect
    .poll(notifications)
    .toEqual([
      { title: 'Not added', message: 'Nothing was added as work email: Enter an email address like name@company.com.' },
    ]);
  expect(await storedDrafts()).toEqual({});
  expect(await openReviews(tabId)).toEqual({ toolbarPopups: 0, windows: [] });
  expect(patches()).toEqual([]);
});

test('the badge shows ✓ on a matched profile, + on one not in Stardex, and follows in-page navigation', async () => {
  env.sandbox.reset([callaAsInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const calla = await openProfile(env.browser, CALLA_FILE);
  await expect.poll(() => badgeText(calla.tabId)).toBe('✓');
  const katrin = await openProfile(env.browser, KATRIN_FILE);
  await expect.poll(() => badgeText(katrin.tabId)).toBe('+');
  expect(await badgeText(calla.tabId)).toBe('✓');

  // LinkedIn's in-page navigation: only the URL changes (tabs.onUpdated reports the new URL).
  await calla.page.evaluate((url) => history.pushState({}, '', url), fixtureUrl(KATRIN_FILE));
  await expect.poll(() => badgeText(calla.tabId)).toBe('+');
  await calla.page.evaluate((url) => history.pushState({}, '', url), fixtureUrl(CALLA_FILE));
  await expect.poll(() => badgeText(calla.tabId)).toBe('✓');
  await calla.page.evaluate(() => history.pushState({}, '', '/feed/'));
  await expect.poll(() => badgeText(calla.tabId)).toBe('');
});

test('Ctrl+Enter in the review saves once', async () => {
  env.sandbox.reset([callaAsInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('button', { name: 'Save to Stardex' })).toBeEnabled();
  env.sandbox.clearLog();

  await popup.getByLabel('Headline', { exact: true }).press('Control+Enter');

  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  expect(patches().map((p) => [p.path, p.body])).toEqual([
    [`/v1/persons/${CALLA_ID}`, { current_job_title: 'Technical Recruiter', company_name: 'Bluefen Insurance' }],
  ]);
});
