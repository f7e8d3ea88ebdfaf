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

interface BenchBrowser {
  context: BrowserContext;
  /** The id each loaded extension directory got. */
  extensionIds: Map<string, string>;
  close(): Promise<void>;
}

/** One headless Chromium with the given builds loaded side by side, so every timing shares its load. */
async function launch(extensionDirs: string[]): Promise<BenchBrowser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stardex-bench-'));
  const list = extensionDirs.join(',');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      `--disable-extensions-except=${list}`,
      `--load-extension=${list}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  while (context.serviceWorkers().length < extensionDirs.length) await context.waitForEvent('serviceworker');
  // Which worker is which build: each build's popup.html names its own chunk files.
  const extensionIds = new Map<string, string>();
  for (const worker of context.serviceWorkers()) {
    const popup = await worker.evaluate(async () => (await fetch(chrome.runtime.getURL('/popup.html'))).text());
    const found = extensionDirs.find(
      (extensionDir) => readFileSync(path.join(extensionDir, 'popup.html'), 'utf8') === popup,
    );
    if (found) extensionIds.set(found, new URL(worker.url()).host);
  }
  if (extensionIds.size !== extensionDirs.length) throw new Error(`Could not tell the builds apart: ${list}`);
  // Let the install-time Options tabs open first: they would take over a tab the bench is navigating.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  // tsx compiles this file with esbuild's keepNames: functions handed to the page call a __name helper.
  await context.addInitScript('globalThis.__name = (fn) => fn');
  await context.addInitScript(watchForFilledFields, { fields: FIELDS, mark: MARK });
  // Saved LinkedIn pages load nothing else: every other request gets an empty answer.
  await context.route(/^https:\/\/(?!([a-z0-9-]+\.)*linkedin\.com\/)/, (route) => route.abort());
  await context.route(/^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//, (route) => route.fulfill({ status: 204, body: '' }));
  return {
    context,
    extensionIds,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Loads `page` again (the first time: navigates to `url`); the time from its navigation start to the mark. */
async function timeLoad(page: Page, url: string, first: boolean): Promise<number> {
  // Each run a new document: a goto of the same URL with a hash would only scroll.
  if (first) await page.goto(url);
  else await page.reload();
  const at = await page
    .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MARK, { timeout: 15_000 })
    .catch(async (error: unknown) => {
      const shown = await page.evaluate(() => document.body.innerText.slice(0, 300));
      throw new Error(`${url} never showed all ${FIELDS} fields filled. It showed: ${shown}`, { cause: error });
    });
  return (await at.jsonValue()) as number;
}

/** Runs each of `pages` in turn, `WARMUP_RUNS + REVIEW_RUNS` times, so machine load falls on all alike. */
async function timeInTurn(pages: { name: string; page: Page; url: string }[]): Promise<Map<string, Timing>> {
  const samples = new Map<string, number[]>(pages.map(({ name }) => [name, []]));
  for (let run = 0; run < WARMUP_RUNS + REVIEW_RUNS; run++) {
    for (const { name, page, url } of pages) {
      const ms = await timeLoad(page, url, run === 0);
      if (run >= WARMUP_RUNS) samples.get(name)!.push(ms);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, timing(values)]));
}

interface FixtureCase {
  file: string;
  url: string;
}

async function configure(context: BrowserContext, extensionId: string, sandboxUrl: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('API key').fill(DEMO_API_KEY);
  await options.getByLabel('API base URL').fill(sandboxUrl);
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Stardex accepted the API key').waitFor();
  return options;
}

/**
 * Times the review of `extensionDir` (default: the production build) against the floor of the
 * bench build, both loaded in one browser, run by run in turn. A Stardex sandbox on this machine
 * answers the lookups, with no person in it. The pages are tabs behind the LinkedIn tab: the side
 * panel needs that tab active, and all three are measured alike.
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
  const browser = await launch([extensionDir, benchExtensionDir]);
  try {
    const { context } = browser;
    const reviewId = browser.extensionIds.get(extensionDir)!;
    const floorId = browser.extensionIds.get(benchExtensionDir)!;
    const options = await configure(context, reviewId, sandbox.url);
    const hasSidePanel = (await options.evaluate(() => chrome.runtime.getManifest().side_panel)) !== undefined;
    const results: ReviewPageResult[] = [];
    for (const fixture of fixtures) {
      const body = readFileSync(path.join(FIXTURES_DIR, fixture.file));
      await context.route(fixture.url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      const linkedin = await context.newPage();
      await linkedin.goto(fixture.url);
      const read = (await options.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
        return {
          tabId: tab?.id,
          answer: await chrome.runtime.sendMessage({ type: 'tab/read-profile', tabId: tab?.id }),
        };
      }, fixture.url)) as { tabId: number; answer: { ok: boolean; data?: unknown } };
      if (!read.answer.ok) throw new Error(`Could not read ${fixture.file}: ${JSON.stringify(read.answer)}`);
      // The floor renders the very values the popup reads.
      const floorHash = `#floor=${encodeURIComponent(JSON.stringify(read.answer.data))}`;
      const pages = [
        { name: 'popup', url: `chrome-extension://${reviewId}/popup.html?tabId=${read.tabId}` },
        { name: 'floor', url: `chrome-extension://${floorId}/popup.html${floorHash}` },
        ...(hasSidePanel ? [{ name: 'sidePanel', url: `chrome-extension://${reviewId}/sidepanel.html` }] : []),
      ];
      const opened = [];
      for (const entry of pages) opened.push({ ...entry, page: await context.newPage() });
      await linkedin.bringToFront();
      const timings = await timeInTurn(opened);
      const popup = timings.get('popup')!;
      const floor = timings.get('floor')!;
      results.push({
        file: fixture.file,
        popup,
        sidePanel: timings.get('sidePanel') ?? null,
        floor,
        ratio: popup.medianMs / floor.medianMs,
      });
      for (const { page } of opened) await page.close();
      await linkedin.close();
      await context.unroute(fixture.url);
    }
    return results;
  } finally {
    await browser.close();
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
