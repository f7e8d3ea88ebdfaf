import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from 'playwright/test';
import type { Browser } from 'wxt/browser';
import type { ExtensionBrowser } from '../../scripts/extension-browser';
import { configureExtension, openProfile, openReview, SANDBOX_API_KEY } from './extension-setup';
import { useExtensionEnvironment } from './environment';
import { CALLA_FILE, callaInStardex } from './calla';
import { clearSandboxFaults, pendingEntry, PERSON_PATH, statusText } from './fault-helpers';

/**
 * Issue 14: axe finds no violation on any page of the extension, in any state the user can meet, in
 * the light and the dark theme. Pages × states is a table: a page that shows the review (popup,
 * review window, side panel) is one line in REVIEW_PAGES and gets every state in REVIEW_STATES.
 */

const env = useExtensionEnvironment();
test.afterEach(async () => {
  await clearSandboxFaults(env.sandbox);
});

const THEMES = ['light', 'dark'] as const;
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
type Theme = (typeof THEMES)[number];

/** Calla as Stardex has her: an older job title, so the review has a change to offer. */
const callaAsInStardex = callaInStardex({ current_job_title: 'Recruiter' });
const callaTwin = {
  ...callaAsInStardex,
  id: '7d9e2f40-1b3c-4a5d-8e6f-9a0b1c2d3e4f',
  current_company_name: 'Old Agency',
};

interface ReviewPage {
  name: string;
  /** Shows the review of tab `tabId` the way the user gets it. */
  open(browser: ExtensionBrowser, tabId: number): Promise<Page>;
}

/** The toolbar popup's page at the toolbar popup's size: 400 px wide (styles.css), at most 600 px high. */
async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const page = await openReview(browser, tabId);
  await page.setViewportSize({ width: 400, height: 600 });
  return page;
}

/**
 * The review window the background opens where the toolbar popup cannot (lib/background/open-review.ts):
 * "Review and update in Stardex…" on a tab that is not the active one. Playwright lays its own viewport
 * over every page, so the window's size is read back from the browser and given to the page.
 */
async function openReviewWindow(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const url = `chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`;
  const opened = browser.context.waitForEvent('page', (page) => page.url() === url);
  // Another tab in front: the review is then for a tab the toolbar popup would not show.
  const inFront = await browser.context.newPage();
  await browser.serviceWorker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    const clicked = chrome.contextMenus.onClicked as typeof chrome.contextMenus.onClicked & {
      dispatch(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab): void;
    };
    clicked.dispatch({ menuItemId: 'review', editable: false, pageUrl: tab.url }, tab);
  }, tabId);
  const page = await opened;
  await inFront.close();
  const size = await browser.serviceWorker.evaluate(async (windowUrl) => {
    const windows = await chrome.windows.getAll({ populate: true, windowTypes: ['popup'] });
    const review = windows.find((window) => window.tabs?.some((tab) => tab.url === windowUrl));
    if (!review) throw new Error(`No popup window shows ${windowUrl}`);
    return { width: review.width!, height: review.height! };
  }, url);
  await page.setViewportSize(size);
  return page;
}

/**
 * The side panel's page at a narrow panel's width. It reviews its window's active tab, so the
 * LinkedIn tab is brought back in front once the page is open (Playwright cannot open the real panel).
 */
async function openSidePanel(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await browser.openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 360, height: 700 });
  await browser.serviceWorker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
  return panel;
}

const REVIEW_PAGES: ReviewPage[] = [
  { name: 'popup', open: openPopup },
  { name: 'review window', open: openReviewWindow },
  { name: 'side panel', open: openSidePanel },
];

interface StateContext {
  browser: ExtensionBrowser;
  /** Options, kept open from the set-up: it reads storage. */
  options: Page;
  openPage(tabId: number): Promise<Page>;
}

interface ReviewState {
  name: string;
  /** Brings the review page into this state and returns it once it shows it. */
  show(context: StateContext): Promise<Page>;
  /** Undoes what the state left for the next one, once it is checked. */
  cleanUp?(page: Page): Promise<void>;
}

/** Discards the save the state left in the outbox, as the user would. */
async function discardSave(page: Page): Promise<void> {
  // A save being retried just then cannot be discarded (its buttons wait): try again once it is back.
  await expect(async () => {
    if ((await pendingEntry(page).count()) > 0) {
      await pendingEntry(page).getByRole('button', { name: 'Discard' }).click({ timeout: 2_000 });
    }
    await expect(pendingEntry(page)).toHaveCount(0, { timeout: 2_000 });
  }).toPass();
}

async function reviewOf(context: StateContext, file = CALLA_FILE): Promise<Page> {
  const { tabId } = await openProfile(context.browser, file);
  return context.openPage(tabId);
}

async function matchedReview(context: StateContext): Promise<Page> {
  env.sandbox.reset([callaAsInStardex]);
  const page = await reviewOf(context);
  await expect(statusText(page)).toHaveText('Ready to update 1 field(s) in Stardex.');
  return page;
}

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save to Stardex' });

/**
 * In this order, because one browser goes through all of them: a failed or queued save is discarded
 * once checked; the damaged entry stays set aside, so only "saving" after it also mentions it; the
 * save that hangs is the last.
 */
const REVIEW_STATES: ReviewState[] = [
  {
    name: 'reading',
    async show(context) {
      env.sandbox.reset([callaAsInStardex]);
      const { page: linkedin, tabId } = await openProfile(context.browser, CALLA_FILE);
      // LinkedIn's page is busy: its content script cannot answer until the script below ends.
      const busy = linkedin.evaluate(() => {
        const until = Date.now() + 5_000;
        while (Date.now() < until);
      });
      const page = await context.openPage(tabId);
      await expect(statusText(page)).toHaveText('Reading the page…');
      void busy.catch(() => {});
      return page;
    },
  },
  {
    name: 'not a profile',
    async show(context) {
      const page = await reviewOf(context, '10-authwall.html');
      await expect(statusText(page)).toContainText('This is the LinkedIn sign-in page, not a profile.');
      return page;
    },
  },
  {
    name: 'matched',
    show: matchedReview,
  },
  {
    name: 'not in Stardex',
    async show(context) {
      env.sandbox.reset([]);
      const page = await reviewOf(context);
      await expect(statusText(page)).toHaveText('Not in Stardex: no person there has this LinkedIn URL.');
      return page;
    },
  },
  {
    name: 'several matches',
    async show(context) {
      env.sandbox.reset([callaAsInStardex, callaTwin]);
      const page = await reviewOf(context);
      await expect(page.getByRole('radio')).toHaveCount(2);
      return page;
    },
  },
  {
    name: 'failed',
    async show(context) {
      const page = await matchedReview(context);
      env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'status', status: 404, shape: 3 });
      await saveButton(page).click();
      await expect(pendingEntry(page)).toContainText('Not saved');
      return page;
    },
    cleanUp: discardSave,
  },
  {
    name: 'queued',
    async show(context) {
      const page = await matchedReview(context);
      // Offline: a rate-limit pause would hold back the lookups of the states after this one.
      env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'drop', times: 100 });
      await saveButton(page).click();
      await expect(statusText(page)).toContainText('Kept in the outbox, not yet in Stardex.');
      await expect(pendingEntry(page)).toContainText('Waiting to save');
      return page;
    },
    cleanUp: discardSave,
  },
  {
    name: 'damaged data',
    async show(context) {
      env.sandbox.reset([callaAsInStardex]);
      await context.options.evaluate(() =>
        chrome.storage.local.set({ outbox: [{ id: 'x', personId: '', state: 'half-sent', attempts: -1 }] }),
      );
      const page = await reviewOf(context);
      await expect(async () => {
        await page.reload();
        await expect(page.getByText('1 damaged saved item(s) were set aside')).toBeVisible({ timeout: 1_000 });
      }).toPass();
      return page;
    },
  },
  {
    name: 'saving',
    async show(context) {
      const page = await matchedReview(context);
      env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'hang' });
      await saveButton(page).click();
      await expect(statusText(page)).toHaveText('Saving to Stardex…');
      return page;
    },
  },
];

interface OptionsState {
  name: string;
  show(browser: ExtensionBrowser): Promise<Page>;
}

async function optionsPage(browser: ExtensionBrowser): Promise<Page> {
  return browser.openExtensionPage('options.html');
}

async function saveKey(options: Page, apiKey: string): Promise<void> {
  await options.getByLabel('API key').fill(apiKey);
  await options.getByLabel('API base URL').fill(env.sandbox.url);
  await options.getByRole('button', { name: 'Save' }).click();
}

/** In this order: the key saved by one state is the one the next finds. */
const OPTIONS_STATES: OptionsState[] = [
  {
    name: 'first run',
    async show(browser) {
      const options = await optionsPage(browser);
      await expect(options.getByRole('region', { name: 'Getting started' })).toBeVisible();
      return options;
    },
  },
  {
    name: 'key refused',
    async show(browser) {
      const options = await optionsPage(browser);
      await saveKey(options, 'sk_not_a_sandbox_key');
      await expect(options.getByRole('status')).toContainText('Saved, but the check failed');
      return options;
    },
  },
  {
    name: 'key accepted',
    async show(browser) {
      const options = await optionsPage(browser);
      await saveKey(options, SANDBOX_API_KEY);
      await expect(options.getByRole('status')).toContainText('Stardex accepted the API key');
      return options;
    },
  },
  {
    name: 'damaged data, asked to confirm',
    async show(browser) {
      const options = await optionsPage(browser);
      await options.evaluate(() =>
        chrome.storage.local.set({ outbox: [{ id: 'x', personId: '', state: 'half-sent', attempts: -1 }] }),
      );
      await expect(async () => {
        await options.reload();
        await expect(options.getByText('1 damaged stored item(s) were set aside')).toBeVisible({ timeout: 1_000 });
      }).toPass();
      await options.getByText('Remove the API key or all saved data').click();
      await options.getByRole('button', { name: 'Clear saved data' }).click();
      await expect(options.getByRole('alertdialog', { name: 'Clear saved data' })).toBeVisible();
      return options;
    },
  },
  {
    name: 'checking',
    async show(browser) {
      const options = await optionsPage(browser);
      env.sandbox.addFaults({ method: 'POST', path: '/v1/persons/search', kind: 'hang' });
      await options.getByRole('button', { name: 'Test connection' }).click();
      await expect(options.getByRole('status')).toHaveText('Checking with Stardex…');
      return options;
    },
  },
];

/** What axe finds on the page as it is now, per theme. */
async function violationsByTheme(page: Page): Promise<Record<Theme, string[]>> {
  const found = {} as Record<Theme, string[]>;
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    // The theme really changed: the dark run checks light text on a dark page.
    const lightness = await page.evaluate(() => {
      const [red, green, blue] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
      return (0.2126 * red! + 0.7152 * green! + 0.0722 * blue!) / 255;
    });
    if (theme === 'dark') expect(lightness, 'a dark page').toBeLessThan(0.2);
    else expect(lightness, 'a light page').toBeGreaterThan(0.9);
    // The themes differ only in colours, so the dark run checks only the rules that read colours.
    // Legacy mode runs axe in the page alone: its default opens a blank tab to gather results, which
    // becomes the active tab and sends the side panel (which follows the active tab) to another page.
    const axe = new AxeBuilder({ page }).setLegacyMode(true);
    const { violations } = await (theme === 'light' ? axe : axe.withRules(COLOUR_RULES)).analyze();
    found[theme] = violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`),
    );
  }
  return found;
}

interface Row {
  page: string;
  state: string;
  light: number;
  dark: number;
}
const table: Row[] = [];
test.afterAll(() => {
  if (table.length === 0) return;
  console.log('axe violations (elements) per page, state and theme (light: every rule; dark: the colour rules)');
  console.table(table);
});

/** Checks every state of one page; the violations of all states are reported together. */
async function checkStates<C>(
  pageName: string,
  states: { name: string; show(context: C): Promise<Page>; cleanUp?(page: Page): Promise<void> }[],
  context: C,
) {
  const found: string[] = [];
  for (const state of states) {
    const page = await state.show(context);
    const byTheme = await violationsByTheme(page);
    table.push({ page: pageName, state: state.name, light: byTheme.light.length, dark: byTheme.dark.length });
    for (const theme of THEMES)
      found.push(...byTheme[theme].map((v) => `${pageName} / ${state.name} / ${theme}: ${v}`));
    await state.cleanUp?.(page);
    await page.close();
  }
  expect(found).toEqual([]);
}

test('axe: Options in every state, light and dark', async () => {
  test.setTimeout(120_000);
  env.sandbox.reset([]);
  await checkStates('options', OPTIONS_STATES, env.browser);
});

for (const reviewPage of REVIEW_PAGES) {
  test(`axe: the ${reviewPage.name} in every state, light and dark`, async () => {
    test.setTimeout(150_000);
    env.sandbox.reset([callaAsInStardex]);
    const options = await configureExtension(env.browser, env.sandbox.url);
    await checkStates(reviewPage.name, REVIEW_STATES, {
      browser: env.browser,
      options,
      openPage: (tabId: number) => reviewPage.open(env.browser, tabId),
    });
  });
}
