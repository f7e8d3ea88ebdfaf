import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from 'playwright/test';
import type { ExtensionBrowser } from '../../scripts/extension-browser';
import type { SeedPerson } from '../../scripts/stardex-sandbox/server';
import { configureExtension, openProfile, openReview, SANDBOX_API_KEY } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_FILE, callaInStardex } from './calla';
import { anselInStardex, MIXED_SEARCH } from './ansel';
import { MARTA_LEAD_FILE, martaAtJodlowa } from './marta';
import { clearSandboxFaults, pendingEntry, PERSON_PATH, statusText } from './fault-helpers';
import { linkedinTabId, openLinkedinPage } from './linkedin-pages';

/**
 * Issue 14: axe finds no violation on any page of the extension, in any state the user can meet that
 * looks different, in the light and the dark theme. One test per state, each in its own browser, so the
 * states spread over both workers: the review's states (a profile, a conversation, a lead, a list page and
 * its run) and Options' states.
 */

const env = useExtensionEnvironment();
test.afterEach(async () => {
  await clearSandboxFaults(env.sandbox);
});

const THEMES = ['light', 'dark'] as const;
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Calla as Stardex has her: an older job title, so the review has a change to offer. */
const callaAsInStardex = callaInStardex({ current_job_title: 'Recruiter' });
const callaTwin = {
  ...callaAsInStardex,
  id: '7d9e2f40-1b3c-4a5d-8e6f-9a0b1c2d3e4f',
  current_company_name: 'Old Agency',
};

/**
 * The review at the side panel's width, the narrowest it is shown at. The toolbar popup, the review window
 * ("Review and update in Stardex…" on a tab not in front) and the side panel all render this page
 * (entrypoints/popup/App.tsx, the same markup and styles) and differ only in size, so axe checks it once
 * per state; their sizes and keyboard use are tests/e2e/keyboard-and-layout.spec.ts's.
 */
async function openReviewPage(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const page = await openReview(browser, tabId);
  await page.setViewportSize({ width: 360, height: 700 });
  return page;
}

interface ReviewState {
  name: string;
  /** Brings the review page into this state and returns it once it shows it. */
  show(): Promise<Page>;
}

async function reviewOf(file = CALLA_FILE, url?: string): Promise<Page> {
  const { tabId } = await openProfile(env.browser, file, url);
  return openReviewPage(env.browser, tabId);
}

async function matchedReview(): Promise<Page> {
  env.sandbox.reset([callaAsInStardex]);
  const page = await reviewOf();
  await expect(statusText(page)).toHaveText('Ready to update 1 field(s) in Stardex.');
  return page;
}

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save to Stardex' });
const damagedOutbox = { outbox: [{ id: 'x', personId: '', state: 'half-sent', attempts: -1 }] };

/** The conversation of tests/e2e/conversation-log.spec.ts, with its other person in Stardex. */
const THREAD_FILE = '90-messaging-2025-en.html';
const threadUrl = (
  JSON.parse(readFileSync(path.resolve('tests/fixtures/linkedin/conversation-cases.json'), 'utf8')) as {
    file: string;
    url: string;
  }[]
).find((c) => c.file === THREAD_FILE)!.url;
const marisol: SeedPerson = {
  id: '6d2f8a41-3b7c-4e9d-a5f0-1c8e2b7d9a34',
  name: 'Marisol Quenby',
  linkedin_public_id: 'marisol-quenby-7f3a21',
  linkedin_url: 'https://www.linkedin.com/in/marisol-quenby-7f3a21/',
};

/** The people search with people in Stardex, not in it, and one without a public URL. */
async function listReview(): Promise<Page> {
  env.sandbox.reset([anselInStardex()]);
  await openLinkedinPage(env.browser, MIXED_SEARCH.url, path.join('lists', MIXED_SEARCH.file));
  const page = await openReviewPage(env.browser, await linkedinTabId(env.browser));
  const table = page.getByRole('table', { name: 'People on this page' });
  await expect(table.getByText('✓ in Stardex as Ansel Brightwater')).toBeVisible();
  await expect(table.getByText('still looking')).toHaveCount(0);
  return page;
}

const REVIEW_STATES: ReviewState[] = [
  {
    name: 'reading',
    async show() {
      env.sandbox.reset([callaAsInStardex]);
      const { page: linkedin, tabId } = await openProfile(env.browser, CALLA_FILE);
      // LinkedIn's page is busy: its content script cannot answer until the script below ends.
      const busy = linkedin.evaluate(() => {
        const until = Date.now() + 5_000;
        while (Date.now() < until);
      });
      const page = await openReviewPage(env.browser, tabId);
      await expect(statusText(page)).toHaveText('Reading the page…');
      void busy.catch(() => {});
      return page;
    },
  },
  {
    name: 'not a profile',
    async show() {
      const page = await reviewOf('10-authwall.html');
      await expect(statusText(page)).toContainText('This is the LinkedIn sign-in page, not a profile.');
      return page;
    },
  },
  { name: 'matched', show: matchedReview },
  {
    name: 'not in Stardex',
    async show() {
      env.sandbox.reset([]);
      const page = await reviewOf();
      await expect(statusText(page)).toHaveText('Not in Stardex: no person there has this LinkedIn URL.');
      return page;
    },
  },
  {
    name: 'several matches',
    async show() {
      env.sandbox.reset([callaAsInStardex, callaTwin]);
      const page = await reviewOf();
      await expect(page.getByRole('radio')).toHaveCount(2);
      return page;
    },
  },
  {
    name: 'failed',
    async show() {
      const page = await matchedReview();
      env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'status', status: 404, shape: 3 });
      await saveButton(page).click();
      await expect(pendingEntry(page)).toContainText('Not saved');
      return page;
    },
  },
  {
    name: 'queued',
    async show() {
      const page = await matchedReview();
      env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'drop', times: 100 });
      await saveButton(page).click();
      await expect(statusText(page)).toContainText('Kept in the outbox, not yet in Stardex.');
      await expect(pendingEntry(page)).toContainText('Waiting to save');
      return page;
    },
  },
  {
    name: 'damaged data',
    async show() {
      const page = await matchedReview();
      await page.evaluate((items) => chrome.storage.local.set(items), damagedOutbox);
      await expect(async () => {
        await page.reload();
        await expect(page.getByText('1 damaged saved item(s) were set aside')).toBeVisible({ timeout: 1_000 });
      }).toPass();
      return page;
    },
  },
  {
    name: 'saving',
    async show() {
      const page = await matchedReview();
      env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'hang' });
      await saveButton(page).click();
      await expect(statusText(page)).toHaveText('Saving to Stardex…');
      return page;
    },
  },
  {
    name: 'a conversation to log',
    async show() {
      env.sandbox.reset([marisol]);
      const page = await reviewOf(THREAD_FILE, threadUrl);
      await expect(page.getByRole('button', { name: 'Log 4 messages to Stardex' })).toBeEnabled();
      return page;
    },
  },
  {
    name: 'a lead page, its person confirmed, to save',
    async show() {
      env.sandbox.reset([martaAtJodlowa]);
      const page = await reviewOf(MARTA_LEAD_FILE);
      await page.getByRole('radio', { name: /Head of Talent at Jodłowa Energia/ }).check();
      await page.getByRole('button', { name: 'This is them' }).click();
      await fieldRowInput(page, 'title').fill('VP Talent');
      await expect(saveButton(page)).toBeEnabled();
      return page;
    },
  },
  { name: 'a list page', show: listReview },
  {
    name: 'a list run under way',
    async show() {
      const page = await listReview();
      // The first create hangs: the run shows its progress and its rows waiting.
      env.sandbox.addFaults({ method: 'POST', path: '/v1/persons', kind: 'hang' });
      await page.getByRole('button', { name: 'Select all' }).click();
      await page.getByRole('button', { name: /^Add \d+ people to Stardex$/ }).click();
      await expect(page.getByRole('progressbar')).toBeVisible();
      return page;
    },
  },
];

const fieldRowInput = (page: Page, field: string) => page.locator(`[data-field="${field}"]`).getByRole('textbox');

interface OptionsState {
  name: string;
  show(): Promise<Page>;
}

async function optionsPage(): Promise<Page> {
  return env.browser.openExtensionPage('options.html');
}

async function saveKey(options: Page, apiKey: string): Promise<void> {
  await options.getByLabel('API key').fill(apiKey);
  await options.getByLabel('API base URL').fill(env.sandbox.url);
  await options.getByRole('button', { name: 'Save' }).click();
}

const OPTIONS_STATES: OptionsState[] = [
  {
    name: 'first run',
    async show() {
      const options = await optionsPage();
      await expect(options.getByRole('region', { name: 'Getting started' })).toBeVisible();
      return options;
    },
  },
  {
    name: 'key refused',
    async show() {
      const options = await optionsPage();
      await saveKey(options, 'sk_not_a_sandbox_key');
      await expect(options.getByRole('status')).toContainText('Saved, but the check failed');
      return options;
    },
  },
  {
    name: 'key accepted',
    async show() {
      const options = await optionsPage();
      await saveKey(options, SANDBOX_API_KEY);
      await expect(options.getByRole('status')).toContainText('Stardex accepted the API key');
      return options;
    },
  },
  {
    name: 'damaged data, asked to confirm',
    async show() {
      const options = await optionsPage();
      await options.evaluate((items) => chrome.storage.local.set(items), damagedOutbox);
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
    async show() {
      const options = await configureExtension(env.browser, env.sandbox.url);
      env.sandbox.addFaults({ method: 'POST', path: '/v1/persons/search', kind: 'hang' });
      await options.getByRole('button', { name: 'Test connection' }).click();
      await expect(options.getByRole('status')).toHaveText('Checking with Stardex…');
      return options;
    },
  },
];

/** What axe finds on the page as it is now, in each theme. */
async function violationsByTheme(page: Page): Promise<string[]> {
  const found: string[] = [];
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
    // becomes the active tab and sends a review that follows the active tab to another page.
    const axe = new AxeBuilder({ page }).setLegacyMode(true);
    const { violations } = await (theme === 'light' ? axe : axe.withRules(COLOUR_RULES)).analyze();
    found.push(
      ...violations.flatMap((violation) =>
        violation.nodes.map(
          (node) => `${theme}: ${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`,
        ),
      ),
    );
  }
  return found;
}

for (const state of REVIEW_STATES) {
  test(`axe: the review, ${state.name}, light and dark`, async () => {
    env.sandbox.reset([callaAsInStardex]);
    await configureExtension(env.browser, env.sandbox.url);
    const page = await state.show();
    expect(await violationsByTheme(page)).toEqual([]);
  });
}

for (const state of OPTIONS_STATES) {
  test(`axe: Options, ${state.name}, light and dark`, async () => {
    env.sandbox.reset([]);
    const page = await state.show();
    expect(await violationsByTheme(page)).toEqual([]);
  });
}
