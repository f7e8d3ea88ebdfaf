/**
 * npm run scrape -- <saved-page.html> [--url <profile url>]
 *
 * Reads a saved LinkedIn page exactly as the extension does, so its answer equals the popup's:
 * headless Chromium loads the page at its LinkedIn URL (nothing else reaches the network), and the
 * BUILT extractor bundle (`npm run build` writes it) runs in an isolated world of that page, as the
 * background injects it into a tab, and answers its `read()`.
 * Exit codes: 0 read (a profile or "not a profile"), 2 bad input or a page that could not be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright';
import type { ContentReadResponse } from '../lib/linkedin/content-messages';
import { readInIsolatedWorld, urlsNamedByPage } from './scrape-in-chromium';

const EXTRACTOR_BUNDLE = process.env.SCRAPE_EXTRACTOR ?? '.output/chrome-mv3/linkedin-extractor.js';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

class BadInput extends Error {}

function absoluteUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'https://www.linkedin.com/').href;
  } catch {
    return null;
  }
}

function readArguments(): { file: string; url: string | undefined } {
  const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new BadInput('usage: npm run scrape -- <saved-page.html> [--url <profile url>]');
  if (values.url !== undefined && (absoluteUrl(values.url) === null || !/^https?:\/\//i.test(values.url))) {
    throw new BadInput(
      `--url ${JSON.stringify(values.url)} is not an absolute URL (expected e.g. https://www.linkedin.com/in/jane-doe/)`,
    );
  }
  return { file, url: values.url };
}

/** Where the page says it lives: its canonical link, og:url, or the browser's "saved from" comment. */
async function urlFromPage(browser: Browser, html: string): Promise<{ url: string; from: string } | null> {
  const named = await urlsNamedByPage(browser, html);
  const candidates: [string, string | null][] = [
    ['canonical link', absoluteUrl(named.canonical)],
    ['og:url', absoluteUrl(named.ogUrl)],
    ['"saved from" comment', absoluteUrl(/<!-- saved from url=\(\d+\)(\S+) -->/.exec(html)?.[1])],
  ];
  for (const [from, url] of candidates) if (url) return { url, from };
  return null;
}

function printAnswer(answer: ContentReadResponse, url: string): void {
  if (answer.kind === 'loading') {
    throw new BadInput(`the page does not show the profile at ${url} (${answer.reason}) Check --url.`);
  }
  const output =
    answer.kind === 'profile'
      ? { ...answer.fields, sources: answer.sources, missing: answer.missing }
      : { notAProfile: true, reason: answer.reason };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { file, url: givenUrl } = readArguments();
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BadInput(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (!existsSync(EXTRACTOR_BUNDLE)) {
    throw new BadInput(`no built extractor at ${EXTRACTOR_BUNDLE}: run "npm run build" first`);
  }
  const bundle = readFileSync(EXTRACTOR_BUNDLE, 'utf8');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    let url = givenUrl;
    if (url === undefined) {
      const fromPage = await urlFromPage(browser, html);
      if (!fromPage) {
        throw new BadInput(
          `${file} does not say which URL it was saved from (no canonical link, og:url or "saved from" comment): pass --url <profile url>`,
        );
      }
      process.stderr.write(`scrape: URL taken from the page's ${fromPage.from}: ${fromPage.url}\n`);
      url = fromPage.url;
    }
    printAnswer(await readInIsolatedWorld(browser, { html, url, bundle }), url);
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  // Bad input and failed reads alike: one line for the user, no stack trace.
  const message = error instanceof BadInput ? error.message : `could not read the page: ${firstLine(error)}`;
  process.stderr.write(`scrape: ${message}\n`);
  process.exitCode = 2;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
