/**
 * The side panel: the popup's review beside the page, following the window's active tab and LinkedIn's
 * in-page navigation. Playwright cannot open the browser's side panel, so the panel's page is opened
 * in a tab of the same window and the LinkedIn tab is brought to the front: the panel then sees what
 * it sees in the real side panel (the window's active tab, its URL changes, tab switches).
 */
import { expect, type Page } from 'playwright/test';
import type { Browser } from 'wxt/browser';
import { configureExtension, fixtureUrl, openProfile, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_FILE, CALLA_ID, CALLA_PAGE, callaInStardex } from './calla';
import { readLinkedinFixture } from './linkedin-pages';
import { MENU_IDS } from '../../lib/menus/menu-definitions';

const env = useExtensionEnvironment();

const KATRIN_SLUG = 'katrin-quennerby-ea93508d';
const KATRIN_URL = `https://www.linkedin.com/in/${KATRIN_SLUG}/`;
const KATRIN_ID = '5c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f';
const katrinInStardex = {
  id: KATRIN_ID,
  name: 'Katrin Quennerby',
  linkedin_public_id: KATRIN_SLUG,
  linkedin_url: KATRIN_URL,
  current_job_title: 'QA Engineer',
  current_company_name: 'Nettlebrook Pharma',
};

/** The side panel's page, opened beside `linkedin`, which is then the window's active tab again. */
async function openSidePanel(linkedin: Page): Promise<Page> {
  const panel = await env.browser.openExtensionPage('sidepanel.html');
  await linkedin.bringToFront();
  return panel;
}

/**
 * What LinkedIn does on a click to another profile: the URL changes at once, the profile's part of
 * the page is replaced a moment later.
 */
async function navigateInPage(linkedin: Page, url: string, mainHtml: string): Promise<void> {
  await linkedin.evaluate(
    ({ url, mainHtml }) => {
      history.pushState({}, '', url);
      setTimeout(() => {
        document.querySelector('main')!.outerHTML = mainHtml;
      }, 400);
    },
    { url, mainHtml },
  );
}

/** Starts writing down every name and status line the panel shows (a hidden tab runs no animation frames). */
async function recordPanel(panel: Page): Promise<() => Promise<{ name: string | null; status: string }[]>> {
  await panel.evaluate(() => {
    const seen: { name: string | null; status: string }[] = [];
    const look = () => {
      const name = document.querySelector<HTMLInputElement>('#field-name')?.value ?? null;
      const status = document.querySelector('[role=status]')?.textContent ?? '';
      const last = seen.at(-1);
      if (last?.name !== name || last.status !== status) seen.push({ name, status });
    };
    look();
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
    Object.assign(globalThis, { seenInPanel: seen });
  });
  return () => panel.evaluate(() => (globalThis as unknown as { seenInPanel: [] }).seenInPanel);
}

const patches = () => env.sandbox.requests().filter((request) => request.method === 'PATCH');

test('the side panel follows two in-page navigations, keeps each profile’s edits, and saves', async () => {
  env.sandbox.reset([callaInStardex({ current_job_title: 'Recruiter' }), katrinInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const calla = await openProfile(env.browser, CALLA_FILE);
  const callaMain = await calla.page.locator('main').evaluate((main) => main.outerHTML);
  const panel = await openSidePanel(calla.page);

  await expect(panel.getByLabel('Full name', { exact: true })).toHaveValue('Calla Northallen');
  await expect(panel.getByText('In Stardex: Calla Northallen')).toBeVisible();
  await panel.getByLabel('Headline', { exact: true }).fill('Technical Recruiter for healthcare AI teams');

  // First navigation: Calla → Katrin. The panel never shows Calla's values under Katrin's URL.
  const seen = await recordPanel(panel);
  await navigateInPage(calla.page, KATRIN_URL, readLinkedinFixture('40-spa-b-main.html'));
  await expect(panel.getByLabel('Full name', { exact: true })).toHaveValue('Katrin Quennerby');
  await expect(panel.getByLabel('Company', { exact: true })).toHaveValue('Nettlebrook Pharma');
  await expect(panel.getByText('In Stardex: Katrin Quennerby')).toBeVisible();
  const duringFirst = await seen();
  expect(duringFirst.some((state) => state.name === null && /Reading|loading/.test(state.status))).toBe(true);
  expect(duringFirst.slice(duringFirst.findIndex((state) => state.name === null))).not.toContainEqual(
    expect.objectContaining({ name: 'Calla Northallen' }),
  );
  await panel.getByLabel('Location', { exact: true }).fill('Stockholm, Sweden');

  // Second navigation: back to Calla. Her edit is there again, Katrin's is kept as her draft.
  await navigateInPage(calla.page, fixtureUrl(CALLA_FILE), callaMain);
  await expect(panel.getByLabel('Full name', { exact: true })).toHaveValue('Calla Northallen');
  await expect(panel.getByLabel('Headline', { exact: true })).toHaveValue(
    'Technical Recruiter for healthcare AI teams',
  );
  await expect(panel.getByLabel('Location', { exact: true })).toHaveValue(CALLA_PAGE.location);

  env.sandbox.clearLog();
  await panel.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved to Stardex');
  expect(patches().map((patch) => [patch.path, patch.body])).toEqual([
    [
      `/v1/persons/${CALLA_ID}`,
      { linkedin_headline: 'Technical Recruiter for healthcare AI teams', current_job_title: CALLA_PAGE.title },
    ],
  ]);
  // The saved profile's draft is removed just after the status says so (a write of its own): wait for it.
  const drafts = () => panel.evaluate(async () => (await chrome.storage.local.get('drafts')).drafts);
  await expect
    .poll(drafts)
    .toEqual({ [KATRIN_SLUG]: expect.objectContaining({ values: { location: 'Stockholm, Sweden' } }) });
});

test('the side panel follows the active tab', async () => {
  env.sandbox.reset([callaInStardex(), katrinInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const calla = await openProfile(env.browser, CALLA_FILE);
  const katrin = await openProfile(env.browser, '02-layout2025-fragment.html');
  const panel = await openSidePanel(calla.page);
  await expect(panel.getByLabel('Full name', { exact: true })).toHaveValue('Calla Northallen');

  await katrin.page.bringToFront();
  await expect(panel.getByLabel('Full name', { exact: true })).toHaveValue('Katrin Quennerby');
  await calla.page.bringToFront();
  await expect(panel.getByLabel('Full name', { exact: true })).toHaveValue('Calla Northallen');
});

/**
 * Right-clicks tab `tabId` and picks "Review and update in Stardex…": the worker's own listener runs.
 * With `recordSidePanel`, `sidePanel.open` only records its calls, and the calls made before the
 * listener's first await are returned: the browser opens the panel only in the click's own turn.
 */
async function clickReviewMenu(tabId: number, { recordSidePanel = false } = {}): Promise<unknown[]> {
  return env.browser.serviceWorker.evaluate(
    async ({ tabId, menuItemId, recordSidePanel }) => {
      const tab = await chrome.tabs.get(tabId);
      const event = chrome.contextMenus.onClicked as typeof chrome.contextMenus.onClicked & {
        dispatch(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab): void;
      };
      const calls: unknown[] = [];
      const open = chrome.sidePanel.open.bind(chrome.sidePanel);
      if (recordSidePanel) Object.assign(chrome.sidePanel, { open: (options: unknown) => calls.push(options) });
      event.dispatch({ editable: false, pageUrl: tab.url, menuItemId }, tab);
      Object.assign(chrome.sidePanel, { open });
      return calls;
    },
    { tabId, menuItemId: MENU_IDS.review, recordSidePanel },
  );
}

/** What the toolbar button opens now: its popup page, and whether a click opens the side panel. */
function toolbarButton() {
  return env.browser.serviceWorker.evaluate(async () => ({
    popup: new URL((await chrome.action.getPopup({})) || 'about:blank').pathname,
    opensSidePanel: (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick ?? false,
  }));
}

/** Which extension pages are open, by kind (side panel, popup, tab or window). */
function openContexts() {
  return env.browser.serviceWorker.evaluate(async () =>
    (await chrome.runtime.getContexts({})).map((context) => `${context.contextType} ${context.documentUrl ?? ''}`),
  );
}

async function chooseInOptions(options: Page, choice: RegExp): Promise<void> {
  await options.getByRole('radio', { name: choice }).check();
  await options.getByRole('button', { name: 'Save' }).click();
}

test('Options: the toolbar button and the review menu open the popup or the side panel, as chosen', async () => {
  env.sandbox.reset([callaInStardex()]);
  const options = await configureExtension(env.browser, env.sandbox.url);
  const { tabId, page } = await openProfile(env.browser, CALLA_FILE);
  expect(await toolbarButton()).toEqual({ popup: '/popup.html', opensSidePanel: false });

  await chooseInOptions(options, /side panel/);
  await expect.poll(toolbarButton).toEqual({ popup: 'blank', opensSidePanel: true });
  await page.bringToFront();
  expect(await clickReviewMenu(tabId, { recordSidePanel: true })).toEqual([{ tabId }]);
  // Where the browser refuses the panel (no user gesture here), the review opens in a window instead.
  expect(await clickReviewMenu(tabId)).toEqual([]);
  await expect.poll(openContexts).toContain(`TAB ${env.browser.pageUrl(`popup.html?tabId=${tabId}`)}`);
  expect((await openContexts()).filter((context) => context.includes('popup.html'))).toHaveLength(1);

  await chooseInOptions(options, /popup/);
  await expect.poll(toolbarButton).toEqual({ popup: '/popup.html', opensSidePanel: false });
  expect(await clickReviewMenu(tabId, { recordSidePanel: true })).toEqual([]);
});
