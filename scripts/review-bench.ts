/**
 * Part of `npm run bench`: how long the review takes to show a profile's eight fields, measured
 * inside the page as the time from the page's navigation start to the moment all eight fields hold
 * values (a performance mark set by a watcher the bench adds to the page). Measured on a warm
 * browser (the first runs are thrown away) for the popup, the side panel and, as the floor, the same
 * popup page rendering a fixed profile with no messaging (entrypoints/popup/bench-floor.ts, only in
 * the bench's own `wxt build --mode bench`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright';
import { chromiumPath } from './headless-chromium';
import { DEMO_API_KEY, startSandbox } from './stardex-sandbox/server';

const FIXTURES_DIR = 'tests/fixtures/linkedin';
/** Three layouts whose pages show all eight fields: 2025 top card, 2025 fragment page, 2026 server-driven page. */
export const REVIEW_BENCH_PAGES = ['01-layout2025-full.html', '02-layout2025-fragment.html', '60-sdui-en-single.html'];
const WARMUP_RUNS = 5;
export const REVIEW_RUNS = 30;
const FIELDS = 8;
const MARK = 'bench:fields-filled';

export interface Timing {
  medianMs: number;
  p95Ms: number;
}

export interface ReviewPageResult {
  file: string;
  popup: Timing;
  /** Null for a build without a side panel (a build from before it existed). */
  sidePanel: Timing | null;
  floor: Timing;
  /** Popup median divided by floor median. */
  ratio: number;
}

/** Added to every bench page before its own scripts: marks the moment all eight fields hold values. */
function watchForFilledFields({ fields, mark }: { fields: number; mark: string }) {
  const filled = () => {
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('.review__input'));
    return inputs.length === fields && inputs.every((input) => input.value !== '');
  };
  const observer = new MutationObserver(() => {
    if (!filled()) return;
    performance.mark(mark);
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

async function launch(
  extensionDir: string,
): Promise<{ context: BrowserContext; extensionId: string; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stardex-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // tsx compiles this file with esbuild's keepNames: functions handed to the page call a __name helper.
  await context.addInitScript('globalThis.__name = (fn) => fn');
  await context.addInitScript(watchForFilledFields, { fields: FIELDS, mark: MARK });
  // Saved LinkedIn pages load nothing else: every other request gets an empty answer.
  await context.route(/^https:\/\/(?!([a-z0-9-]+\.)*linkedin\.com\/)/, (route) => route.abort());
  await context.route(/^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//, (route) => route.fulfill({ status: 204, body: '' }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Navigates `page` to `url` `WARMUP_RUNS + REVIEW_RUNS` times; the time to the mark of each measured run. */
async function timeLoads(page: Page, url: string): Promise<Timing> {
  const samples: number[] = [];
  for (let run = 0; run < WARMUP_RUNS + REVIEW_RUNS; run++) {
    // Each run a new document: a goto of the same URL with a hash would only scroll.
    if (run === 0) await page.goto(url);
    else await page.reload();
    const at = await page
      .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MARK, { timeout: 15_000 })
      .catch(async (error: unknown) => {
        const shown = await page.evaluate(() => document.body.innerText.slice(0, 300));
        throw new Error(`${url} never showed all ${FIELDS} fields filled. It showed: ${shown}`, { cause: error });
      });
    if (run >= WARMUP_RUNS) samples.push((await at.jsonValue()) as number);
  }
  return timing(samples);
}

interface FixtureCase {
  file: string;
  url: string;
}

/** The popup and side panel of `extensionDir` (a production build) on each bench page. */
async function timeReview(extensionDir: string, sandboxUrl: string, fixtures: FixtureCase[]) {
  const browser = await launch(extensionDir);
  try {
    const { context, extensionId } = browser;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('API key').fill(DEMO_API_KEY);
    await options.getByLabel('API base URL').fill(sandboxUrl);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Stardex accepted the API key').waitFor();
    const hasSidePanel = (await options.evaluate(() => chrome.runtime.getManifest().side_panel)) !== undefined;

    const results = new Map<string, { popup: Timing; sidePanel: Timing | null }>();
    for (const fixture of fixtures) {
      const body = readFileSync(path.join(FIXTURES_DIR, fixture.file));
      await context.route(fixture.url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      const linkedin = await context.newPage();
      await linkedin.goto(fixture.url);
      const tabId = await options.evaluate(
        async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
        fixture.url,
      );
      const review = await context.newPage();
      const popup = await timeLoads(review, `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      let sidePanel: Timing | null = null;
      if (hasSidePanel) {
        // The panel reviews its window's active tab: the LinkedIn page, brought back to the front.
        await linkedin.bringToFront();
        sidePanel = await timeLoads(review, `chrome-extension://${extensionId}/sidepanel.html`);
      }
      results.set(fixture.file, { popup, sidePanel });
      await review.close();
      await linkedin.close();
      await context.unroute(fixture.url);
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The floor: the bench build's popup rendering each page's profile as the popup read it, sending nothing. */
async function timeFloor(benchExtensionDir: string, profiles: Map<string, unknown>): Promise<Map<string, Timing>> {
  const browser = await launch(benchExtensionDir);
  try {
    const page = await browser.context.newPage();
    const results = new Map<string, Timing>();
    for (const [file, profile] of profiles) {
      const hash = `#floor=${encodeURIComponent(JSON.stringify(profile))}`;
      results.set(file, await timeLoads(page, `chrome-extension://${browser.extensionId}/popup.html${hash}`));
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** Each bench page's profile as the extension reads it, to render the very same values in the floor. */
async function readProfiles(extensionDir: string, fixtures: FixtureCase[]): Promise<Map<string, unknown>> {
  const browser = await launch(extensionDir);
  try {
    const { context, extensionId } = browser;
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    const profiles = new Map<string, unknown>();
    for (const fixture of fixtures) {
      const body = readFileSync(path.join(FIXTURES_DIR, fixture.file));
      await context.route(fixture.url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      const linkedin = await context.newPage();
      await linkedin.goto(fixture.url);
      const envelope = (await extensionPage.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
        return chrome.runtime.sendMessage({ type: 'tab/read-profile', tabId: tab?.id });
      }, fixture.url)) as { ok: boolean; data?: unknown };
      if (!envelope.ok) throw new Error(`Could not read ${fixture.file}: ${JSON.stringify(envelope)}`);
      profiles.set(fixture.file, envelope.data);
      await linkedin.close();
    }
    return profiles;
  } finally {
    await browser.close();
  }
}

/**
 * Times the review of `extensionDir` (default: the production build) against the floor of the
 * bench build. A Stardex sandbox on this machine answers the lookups, with no person in it.
 */
export async function benchReview({
  extensionDir = '.output/chrome-mv3',
  benchExtensionDir = '.output/chrome-mv3-bench',
} = {}): Promise<ReviewPageResult[]> {
  const cases = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'cases.json'), 'utf8')) as FixtureCase[];
  const fixtures = REVIEW_BENCH_PAGES.map((file) => {
    const found = cases.find((c) => c.file === file);
    if (!found) throw new Error(`${file} is not listed in ${FIXTURES_DIR}/cases.json`);
    return found;
  });
  // The lookups of every run would soon meet the sandbox's default rate limit; timings need none.
  const sandbox = await startSandbox({ port: 0, seed: [], rateLimitPerMinute: 100_000 });
  try {
    const review = await timeReview(extensionDir, sandbox.url, fixtures);
    const floor = await timeFloor(benchExtensionDir, await readProfiles(benchExtensionDir, fixtures));
    return fixtures.map(({ file }) => {
      const { popup, sidePanel } = review.get(file)!;
      const floorTiming = floor.get(file)!;
      return { file, popup, sidePanel, floor: floorTiming, ratio: popup.medianMs / floorTiming.medianMs };
    });
  } finally {
    await sandbox.close();
  }
}

export function printReviewTable(results: ReviewPageResult[]): void {
  const ms = (value: number) => value.toFixed(1);
  const rows = results.map((r) => [
    r.file,
    ms(r.popup.medianMs),
    ms(r.popup.p95Ms),
    r.sidePanel ? ms(r.sidePanel.medianMs) : '—',
    r.sidePanel ? ms(r.sidePanel.p95Ms) : '—',
    ms(r.floor.medianMs),
    ms(r.floor.p95Ms),
    `${r.ratio.toFixed(2)}x`,
    r.sidePanel ? `${(r.sidePanel.medianMs / r.floor.medianMs).toFixed(2)}x` : '—',
  ]);
  const header = [
    'page',
    'popup median ms',
    'popup p95 ms',
    'panel median ms',
    'panel p95 ms',
    'floor median ms',
    'floor p95 ms',
    'popup/floor',
    'panel/floor',
  ];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}
