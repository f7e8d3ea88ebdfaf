/**
 * Part of `npm run bench`: a list run (issue 21) of 25 people not in Stardex (create + job + list)
 * through the built extension in headless Chromium, against the local sandbox enforcing Stardex's
 * 60 requests a minute. Reports the requests per person (the review's lookups counted apart) and
 * the time from "Add 25 people to Stardex" to "25 of 25 done", next to its floor: the earliest the
 * 60-a-minute window lets that many requests go, given the requests already sent in it (the
 * lookups, the Options check, the pickers' searches).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { blockOtherLinkedinRequests, launchExtensionBrowser, serveFixture } from './extension-browser';
import { seedJobs, seedLists } from './stardex-sandbox/placement-store';
import { DEMO_API_KEY, startSandbox, type LoggedRequest } from './stardex-sandbox/server';

const LISTS_DIR = 'tests/fixtures/linkedin/lists';
const PAGE_FILE = '86-search-sdui-25.html';
const PEOPLE = 25;
const RATE_LIMIT = 60;
const WINDOW_MS = 60_000;
const RUN_TIMEOUT_MS = 5 * 60_000;

export interface ListRunBench {
  people: number;
  /** Requests of the run itself (creates' searches, creates with job_id, the one list request). */
  runRequests: number;
  runRequestsPerPerson: number;
  /** The review's lookups, one per row, sent before the run. */
  lookups: number;
  lookupsPerPerson: number;
  listRequests: number;
  /** The run's requests by method and path (ids as `{id}`), so the count can be read. */
  byKind: Record<string, number>;
  /** 429 answers during the run: the extension paces itself, so none are expected. */
  refused: number;
  runMs: number;
  /** The earliest the run's requests could all have been sent within the window. */
  floorMs: number;
}

/**
 * When the last of `count` requests could go at the earliest, from `startMs`, in a sliding window
 * of RATE_LIMIT requests per WINDOW_MS that already holds the requests sent at `sentMs`.
 */
export function windowFloorMs(sentMs: readonly number[], startMs: number, count: number): number {
  const slots = [...sentMs].sort((a, b) => a - b);
  let last = startMs;
  for (let i = 0; i < count; i++) {
    const blocking = slots.length >= RATE_LIMIT ? slots[slots.length - RATE_LIMIT]! + WINDOW_MS : startMs;
    last = Math.max(startMs, blocking);
    slots.push(last);
  }
  return last - startMs;
}

async function configure(page: Page, baseUrl: string): Promise<void> {
  await page.getByLabel('API key').fill(DEMO_API_KEY);
  await page.getByLabel('API base URL').fill(baseUrl);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Checking'));
}

async function pick(popup: Page, box: string, typed: string, option: string): Promise<void> {
  await popup.getByRole('combobox', { name: box }).fill(typed);
  await popup.getByRole('option', { name: new RegExp(`^${option}`) }).click();
}

const isLookup = (request: LoggedRequest) =>
  request.path === '/v1/persons/search' && JSON.stringify(request.body).includes('linkedin_url');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function countByKind(requests: readonly LoggedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) {
    const kind = `${request.method} ${request.path.replace(UUID, '{id}')}`;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

export async function benchListRun(): Promise<ListRunBench> {
  const sandbox = await startSandbox({ port: 0, seed: [], rateLimitPerMinute: RATE_LIMIT });
  const browser = await launchExtensionBrowser();
  try {
    await configure(await browser.openExtensionPage('options.html'), sandbox.url);
    const cases = JSON.parse(readFileSync(path.join(LISTS_DIR, 'cases.json'), 'utf8')) as {
      file: string;
      url: string;
    }[];
    const url = cases.find((entry) => entry.file === PAGE_FILE)!.url;
    await blockOtherLinkedinRequests(browser.context);
    await serveFixture(browser.context, url, path.join(LISTS_DIR, PAGE_FILE));
    await (await browser.context.newPage()).goto(url);
    const [tabId] = await browser.serviceWorker.evaluate(async () =>
      (await chrome.tabs.query({ url: 'https://*.linkedin.com/*' })).map((tab) => tab.id),
    );
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForFunction(
      (count) =>
        Array.from(document.querySelectorAll('table td')).filter((cell) => cell.textContent?.includes('not in Stardex'))
          .length === count,
      PEOPLE,
      { timeout: RUN_TIMEOUT_MS },
    );
    await popup.getByRole('button', { name: 'Select all' }).click();
    await pick(popup, 'Add to job', 'talent', seedJobs[0]!.name);
    // The job's stages are read when it is picked: wait, so that read is not counted as the run's.
    await popup.getByLabel('Pipeline stage').locator('option').nth(1).waitFor({ state: 'attached' });
    await pick(popup, 'Add to list', 'health', seedLists[0]!.name);

    const before = sandbox.requests().length;
    const startMs = Date.now();
    await popup.getByRole('button', { name: `Add ${PEOPLE} people to Stardex` }).click();
    await popup.getByRole('progressbar', { name: `${PEOPLE} of ${PEOPLE} done` }).waitFor({ timeout: RUN_TIMEOUT_MS });
    const runMs = Date.now() - startMs;

    const all = sandbox.requests();
    const earlier = all.slice(0, before);
    const run = all.slice(before);
    const sent = run.filter((request) => request.status !== 429);
    return {
      people: PEOPLE,
      runRequests: sent.length,
      runRequestsPerPerson: sent.length / PEOPLE,
      lookups: earlier.filter(isLookup).length,
      lookupsPerPerson: earlier.filter(isLookup).length / PEOPLE,
      byKind: countByKind(sent),
      listRequests: run.filter((request) => /^\/v1\/lists\/[^/]+\/items$/.test(request.path)).length,
      refused: run.length - sent.length,
      runMs,
      floorMs: windowFloorMs(
        earlier.filter((request) => request.status !== 429).map((request) => Date.parse(request.time)),
        startMs,
        sent.length,
      ),
    };
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

export function printListRunBench(result: ListRunBench): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `\nList run: ${result.people} people not in Stardex, create + job + list, at ${RATE_LIMIT} requests a minute`,
  );
  console.log(
    `Requests per person: ${result.runRequestsPerPerson.toFixed(2)} (${result.runRequests} for the run, ${result.listRequests} of them the list request); lookups apart: ${result.lookupsPerPerson.toFixed(2)} (${result.lookups})`,
  );
  console.log(
    `The run's requests: ${Object.entries(result.byKind)
      .map(([kind, count]) => `${count} × ${kind}`)
      .join(', ')}`,
  );
  console.log(`Refused with 429 during the run: ${result.refused}`);
  console.log(
    `Time for ${result.people} people: ${seconds(result.runMs)}; floor of the 60-a-minute window for those ${result.runRequests} requests after the lookups: ${seconds(result.floorMs)} (+${seconds(result.runMs - result.floorMs)})`,
  );
}
