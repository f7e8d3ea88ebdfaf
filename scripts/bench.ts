/**
 * npm run bench: the bytes of ours loaded on every LinkedIn page view (the manifest's content scripts),
 * the size of the extractor the background runs when a review reads a page,
 * and how long one extractProfile run takes on every fixture page in headless Chromium, next to a
 * naive baseline in the same run; then how long the popup and the side panel take to show a
 * profile's fields, next to their floor (scripts/review-bench.ts); then a list run of 25 people at 60 requests
 * a minute: requests per person, lookups apart, and its time next to the window's floor
 * (scripts/list-run-bench.ts). Writes bench-output/bench.json.
 * Reports only; nothing here fails.
 *
 * `--review-extension DIR` times the review of another production build instead of .output/chrome-mv3
 * (an older one, for before/after figures).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright';
import { BUILT_EXTRACTOR, launchHeadlessChromium } from './headless-chromium';
import { benchListRun, printListRunBench } from './list-run-bench';
import { benchReview, printReviewTable, REVIEW_RUNS } from './review-bench';

const BUILD_DIR = '.output/chrome-mv3';
const FIXTURES_DIR = 'tests/fixtures/linkedin';
const WARMUP_RUNS = 10;
const MEASURED_RUNS = 50;

/** Cross-origin isolation gives performance.now() microsecond resolution instead of 100 µs steps. */
const CROSS_ORIGIN_ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

interface FixtureCase {
  file: string;
  url: string;
}

interface Timing {
  medianMs: number;
  p95Ms: number;
}

interface PageResult {
  file: string;
  pageBytes: number;
  extractProfile: Timing;
  naiveBaseline: Timing;
  /** Baseline median divided by extractProfile median: how many times faster extractProfile is. */
  speedup: number;
}

interface FileSize {
  bytes: number;
  gzipBytes: number;
}

interface Sizes {
  /** Every file the built manifest loads into every LinkedIn page view. */
  everyPageView: FileSize & { files: string[] };
  extractor: FileSize;
}

function sizeOf(files: string[]): FileSize {
  if (files.length === 0) return { bytes: 0, gzipBytes: 0 }; // gzip alone would count its 20-byte header
  const code = Buffer.concat(files.map((file) => readFileSync(file)));
  return { bytes: code.length, gzipBytes: gzipSync(code).length };
}

/** The content scripts' files the built manifest declares (there are none: the extractor runs on demand). */
function contentScriptFiles(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(BUILD_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  return (manifest.content_scripts ?? []).flatMap((entry) =>
    [...(entry.js ?? []), ...(entry.css ?? [])].map((file) => path.join(BUILD_DIR, file)),
  );
}

/**
 * lib/linkedin as an IIFE that puts `extractProfile` on `globalThis.linkedinBench`. Not the built
 * extractor: running it does the whole read, which also waits for the page, and timings need the
 * synchronous extraction alone.
 */
async function bundleExtractor(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { extractProfile } from './lib/linkedin/extract-profile'; globalThis.linkedinBench = { extractProfile };",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}

/** Runs inside the page: times `extractProfile` and the naive approach it replaces. */
function measureInPage({ url, warmup, runs }: { url: string; warmup: number; runs: number }) {
  type Extract = (document: Document, url: string) => unknown;
  const { extractProfile } = (globalThis as unknown as { linkedinBench: { extractProfile: Extract } }).linkedinBench;
  const slug = (/\/in\/([^/?#]+)/.exec(url)?.[1] ?? '').toLowerCase();

  // What extractors without cheap pre-checks do: parse every embedded block, scan every entity, walk the whole DOM.
  const naiveBaseline = () => {
    let owner: unknown = null;
    for (const block of Array.from(document.querySelectorAll('code'))) {
      try {
        const parsed = JSON.parse(block.textContent ?? '') as { included?: { publicIdentifier?: string }[] };
        for (const entity of parsed.included ?? []) if (entity.publicIdentifier?.toLowerCase() === slug) owner = entity;
      } catch {
        // not JSON
      }
    }
    const texts: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      if (element.tagName === 'H1' || element.getAttribute('data-view-name') === 'profile-component-entity') {
        texts.push(element.textContent ?? '');
      }
    }
    return { owner, texts };
  };

  const time = (run: () => unknown) => {
    for (let i = 0; i < warmup; i++) run();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const at = (fraction: number) => samples[Math.min(samples.length - 1, Math.floor(fraction * samples.length))]!;
    return { medianMs: at(0.5), p95Ms: at(0.95) };
  };

  return {
    extractProfile: time(() => extractProfile(document, location.href)),
    naiveBaseline: time(naiveBaseline),
  };
}

async function benchPage(page: Page, extractor: string, fixture: FixtureCase): Promise<PageResult> {
  const file = path.join(FIXTURES_DIR, fixture.file);
  const body = readFileSync(file);
  // As the browser requests it: the hash never reaches the network, and a non-ASCII slug goes percent-encoded.
  const documentUrl = new URL(fixture.url.split('#')[0]!).href;
  await page.unroute('**/*');
  // Only the page itself: LinkedIn's scripts, styles and images would add noise (and need the network).
  await page.route('**/*', (route) =>
    route.request().url() === documentUrl
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: CROSS_ORIGIN_ISOLATED, body })
      : route.fulfill({ status: 204, body: '' }),
  );
  await page.goto(fixture.url, { waitUntil: 'load' });
  await page.evaluate(extractor);
  // tsx compiles this file with esbuild's keepNames, so functions passed to page.evaluate call a __name helper.
  await page.evaluate('globalThis.__name = (fn) => fn');
  const timings = await page.evaluate(measureInPage, { url: fixture.url, warmup: WARMUP_RUNS, runs: MEASURED_RUNS });
  return {
    file: fixture.file,
    pageBytes: statSync(file).size,
    ...timings,
    speedup: timings.naiveBaseline.medianMs / Math.max(timings.extractProfile.medianMs, 0.001),
  };
}

function printSizes(sizes: Sizes): void {
  const line = (label: string, file: string, size: FileSize) =>
    console.log(
      `${label.padEnd(31)} ${String(size.bytes).padStart(6)} bytes  ${String(size.gzipBytes).padStart(5)} gzipped  ${file}`,
    );
  line('Every LinkedIn page view:', sizes.everyPageView.files.join(' ') || '(no content scripts)', sizes.everyPageView);
  line('Extractor (run on review):', BUILT_EXTRACTOR, sizes.extractor);
  console.log();
}

function printTable(results: PageResult[]): void {
  const rows = results.map((r) => [
    r.file,
    `${(r.pageBytes / 1024).toFixed(0)} kB`,
    r.extractProfile.medianMs.toFixed(3),
    r.extractProfile.p95Ms.toFixed(3),
    r.naiveBaseline.medianMs.toFixed(3),
    r.naiveBaseline.p95Ms.toFixed(3),
    `${r.speedup.toFixed(1)}x`,
  ]);
  const header = [
    'page',
    'size',
    'extract median ms',
    'extract p95 ms',
    'naive median ms',
    'naive p95 ms',
    'naive/extract',
  ];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}

async function main(): Promise<void> {
  const everyPageView = contentScriptFiles();
  const sizes: Sizes = {
    everyPageView: { files: everyPageView, ...sizeOf(everyPageView) },
    extractor: sizeOf([BUILT_EXTRACTOR]),
  };
  const extractor = await bundleExtractor();
  const cases = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'cases.json'), 'utf8')) as FixtureCase[];
  const browser = await launchHeadlessChromium();
  try {
    const page = await browser.newPage();
    const results: PageResult[] = [];
    for (const fixture of cases) results.push(await benchPage(page, extractor, fixture));
    printSizes(sizes);
    printTable(results);
    const flag = process.argv.indexOf('--review-extension');
    const review = await benchReview(flag === -1 ? {} : { extensionDir: process.argv[flag + 1] });
    console.log(`\nReview: navigation start to all eight fields filled, median and p95 of ${REVIEW_RUNS} warm runs`);
    printReviewTable(review);
    const listRun = await benchListRun();
    printListRunBench(listRun);
    mkdirSync('bench-output', { recursive: true });
    const output = { ...sizes, warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS, pages: results, review, listRun };
    writeFileSync('bench-output/bench.json', `${JSON.stringify(output, null, 2)}\n`);
    console.log('\nWritten to bench-output/bench.json');
  } finally {
    await browser.close();
  }
}

await main();
