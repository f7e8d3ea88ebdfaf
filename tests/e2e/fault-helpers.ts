import type { Failure } from '../../lib/failure';
import { expect, type Page } from 'playwright/test';
import type { ExtensionBrowser } from '../../scripts/extension-browser';
import { openProfile, openReview, SANDBOX_API_KEY, saveSettingsByMessage } from './extension-setup';
import type { TestSandbox } from './sandbox-control';
import { CALLA_ID, CALLA_PAGE, callaInStardex } from './calla';

export { CALLA_ID };

const CALLA_PROFILE = '01-layout2025-full.html';
export const PERSON_PATH = `/v1/persons/${CALLA_ID}`;
/** Calla as Stardex has her: all as on her page but an older job title. */
export const callaAsInStardex = callaInStardex({ current_job_title: 'Recruiter' });
export const OLD_HEADLINE = CALLA_PAGE.headline;
export const NEW_HEADLINE = 'Technical Recruiter for healthcare AI teams';
/** What the review sends for Calla after the headline edit: the edit plus the title that differs from Stardex. */
export const EXPECTED_PATCH = { linkedin_headline: NEW_HEADLINE, current_job_title: 'Technical Recruiter' };

export interface ReviewSession {
  popup: Page;
  /** An extension page kept open to read storage and the badge, also while the worker is stopped. */
  extensionPage: Page;
  tabId: number;
}

/**
 * Seeds Calla, configures the key, opens her profile and its review, edits the headline and clears
 * the request log: the next click on "Save to Stardex" is the save under test.
 */
export async function reviewWithEditedHeadline(
  browser: ExtensionBrowser,
  sandbox: TestSandbox,
  apiKey = SANDBOX_API_KEY,
): Promise<ReviewSession> {
  sandbox.reset([callaAsInStardex]);
  const extensionPage = await saveSettingsByMessage(browser, sandbox.url, apiKey);
  const { tabId } = await openProfile(browser, CALLA_PROFILE);
  const popup = await openReview(browser, tabId);
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();
  await popup.getByLabel('Headline', { exact: true }).fill(NEW_HEADLINE);
  await expect(popup.getByRole('button', { name: 'Save to Stardex' })).toBeEnabled();
  sandbox.clearLog();
  return { popup, extensionPage, tabId };
}

export function clickSave(popup: Page): Promise<void> {
  return popup.getByRole('button', { name: 'Save to Stardex' }).click();
}

/** The popup's one live region, without its "Details" disclosure. */
export function statusText(popup: Page) {
  return popup.getByRole('status').locator('> span');
}

export function patchesOf(sandbox: TestSandbox) {
  return sandbox.requests().filter((r) => r.method === 'PATCH' && r.path === PERSON_PATH);
}

/** PATCHes Stardex answered 2xx (200, or 204 without a body), i.e. applied unless a fault says otherwise. */
export function appliedPatches(sandbox: TestSandbox) {
  return patchesOf(sandbox).filter((r) => r.status !== null && r.status >= 200 && r.status < 300);
}

/** Waits until the PATCH went through, then checks it went through once, with the reviewed values. */
export async function expectAppliedExactlyOnce(sandbox: TestSandbox, timeout = 30_000): Promise<void> {
  await expect
    .poll(() => sandbox.person(CALLA_ID)?.linkedin_headline, { timeout, message: 'the save reaches Stardex' })
    .toBe(NEW_HEADLINE);
  const applied = appliedPatches(sandbox);
  expect(applied).toHaveLength(1);
  expect(applied[0]!.body).toEqual(EXPECTED_PATCH);
  expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Technical Recruiter');
}

/** The record in Stardex still has its old values (the log's status alone cannot tell: a malformed 200 changes nothing). */
export function expectNotApplied(sandbox: TestSandbox): void {
  expect(sandbox.person(CALLA_ID)?.linkedin_headline).toBe(OLD_HEADLINE);
  expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Recruiter');
}

export interface StoredEntry {
  state: 'pending' | 'sending' | 'failed';
  personId: string;
  attempts: number;
  /** The failure record (lib/failure.ts): data, not words. */
  lastError: Failure | null;
}

/** The outbox exactly as stored in chrome.storage.local. */
export async function storedOutbox(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(async () => {
    const { outbox } = await chrome.storage.local.get('outbox');
    return (outbox ?? []) as StoredEntry[];
  });
}

/** The toolbar badge's global text: the count of pending and failed saves, '' when none. */
export function globalBadge(page: Page): Promise<string> {
  return page.evaluate(() => chrome.action.getBadgeText({}));
}

/** Faults left over from a test would hit the next one's requests. */
export async function clearSandboxFaults(sandbox: TestSandbox): Promise<void> {
  const response = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  expect(response.ok).toBe(true);
}

/** The failed or waiting entry the popup lists for this profile. */
export function pendingEntry(popup: Page) {
  return popup.getByRole('region', { name: 'Saves not yet in Stardex' }).locator('.pending__entry');
}

export interface WorkerControl {
  /** Stops the extension's service worker (as Chrome does when idle) and resolves once it has stopped. */
  stop(): Promise<void>;
  /** Every running status reported since `watchServiceWorker`, e.g. running, stopping, stopped, starting, running. */
  statuses: string[];
}

/**
 * Watches the service worker through DevTools. Playwright's own Worker object only notices a stop
 * much later, so the test follows DevTools' running status instead.
 */
export async function watchServiceWorker(browser: ExtensionBrowser, page: Page): Promise<WorkerControl> {
  const cdp = await browser.context.newCDPSession(page);
  const statuses: string[] = [];
  const listeners: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(browser.pageUrl(''))) continue;
      if (statuses.at(-1) !== version.runningStatus) statuses.push(version.runningStatus);
    }
    for (const listener of listeners) listener();
  });
  await cdp.send('ServiceWorker.enable');
  return {
    statuses,
    async stop() {
      const stopped = new Promise<void>((resolve) => {
        const since = statuses.length;
        listeners.push(() => {
          if (statuses.slice(since).includes('stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
  };
}
