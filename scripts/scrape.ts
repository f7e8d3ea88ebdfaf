/**
 * npm run scrape -- <saved-page.html> [--url <profile url>]
 * npm run scrape -- <page.html> <page.html>... [--url <profile url> for each page, in order]
 *
 * Reads a saved LinkedIn page exactly as the extension does, so its answer equals the popup's:
 * headless Chromium loads the page at its LinkedIn URL (nothing else reaches the network), and the
 * BUILT extractor bundle (`npm run build` writes it) runs in an isolated world of that page, as the
 * background runs it in a tab, and its completion value is the answer.
 * Several pages share one Chromium (starting it costs more than reading a page), each in its own
 * fresh browser context; they print one JSON line each, `{"file","url","read"}`, in the order given,
 * and only once every page was read.
 * A list page (people search, Sales Navigator lead search or list) prints `{"kind": "list", "people": [...], "notYetShown"}`.
 * Exit codes: 0 read (a profile, a list or "not a profile"), 2 bad input or a page that could not be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright';
import type { ExtractorAnswer } from '../lib/linkedin/extractor-answer';
import { BUILT_EXTRACTOR, launchHeadlessChromium } from './headless-chromium';
import { readInIsolatedWorld, urlsNamedByPage } from './scrape-in-chromium';

const EXTRACTOR_BUNDLE = process.env.SCRAPE_EXTRACTOR ?? BUILT_EXTRACTOR;
const USAGE =
  'usage: npm run scrape -- <saved-page.html> [--url <profile url>] (several pages: one --url for each, in order, or none)';

class BadInput extends Error {}

/** A page that names no URL for itself; the message names the file already. */
class NoUrlOnPage extends BadInput {}

/** A failure on one of several pages, reported with the file's name in front. */
class PageFailure extends Error {
  constructor(
    readonly file: string,
    readonly failure: unknown,
  ) {
    super(file);
  }
}

interface PageToRead {
  file: string;
  html: string;
  /** The URL given with --url; without one, the page's own. */
  givenUrl: string | undefined;
}

type ScrapeOutput = Record<string, unknown>;

function absoluteUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'https://www.linkedin.com/').href;
  } catch {
    return null;
  }
}

function readArguments(): { file: string; url: string | undefined }[] {
  const { values, positionals: files } = parseArgs({
    options: { url: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  const urls = values.url ?? [];
  if (files.length === 0 || (urls.length > 0 && urls.length !== files.length)) throw new BadInput(USAGE);
  for (const url of urls) {
    if (absoluteUrl(url) === null || !/^https?:\/\//i.test(url)) {
      throw new BadInput(
        `--url ${JSON.stringify(url)} is not an absolute URL (expected e.g. https://www.linkedin.com/in/jane-doe/)`,
      );
    }
  }
  return files.map((file, index) => ({ file, url: urls[index] }));
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

function asOutput(answer: ExtractorAnswer, url: string): ScrapeOutput {
  if (answer.kind === 'loading') {
    throw new BadInput(`the page does not show the profile at ${url} (${answer.reason}) Check --url.`);
  }
  if (answer.kind === 'conversation') return { ...answer };
  if (answer.kind === 'list') return { kind: 'list', people: answer.people, notYetShown: answer.notYetShown };
  return answer.kind === 'profile'
    ? {
        ...answer.fields,
        sources: answer.sources,
        missing: answer.missing,
        // Issue 23: what the company is looked up by, so real pages can be checked for it too.
        companyLinkedinUrl: answer.companyLinkedinUrl,
      }
    : { notAProfile: true, reason: answer.reason };
}

/** Reads one page; `note` tells the user which URL was taken from the page. */
async function readPage(
  browser: Browser,
  bundle: string,
  page: PageToRead,
  note: (line: string) => void,
): Promise<{ url: string; output: ScrapeOutput }> {
  let url = page.givenUrl;
  if (url === undefined) {
    const fromPage = await urlFromPage(browser, page.html);
    if (!fromPage) {
      throw new NoUrlOnPage(
        `${page.file} does not say which URL it was saved from (no canonical link, og:url or "saved from" comment): pass --url <profile url>`,
      );
    }
    note(`URL taken from the page's ${fromPage.from}: ${fromPage.url}`);
    url = fromPage.url;
  }
  return { url, output: asOutput(await readInIsolatedWorld(browser, { html: page.html, url, bundle }), url) };
}

async function main(): Promise<void> {
  const pages: PageToRead[] = readArguments().map(({ file, url }) => {
    try {
      return { file, html: readFileSync(file, 'utf8'), givenUrl: url };
    } catch (error) {
      throw new BadInput(`cannot read ${file}: ${(error as Error).message}`);
    }
  });
  if (!existsSync(EXTRACTOR_BUNDLE)) {
    throw new BadInput(`no built extractor at ${EXTRACTOR_BUNDLE}: run "npm run build" first`);
  }
  const bundle = readFileSync(EXTRACTOR_BUNDLE, 'utf8');
  const browser = await launchHeadlessChromium();
  try {
    if (pages.length === 1) {
      const { output } = await readPage(browser, bundle, pages[0]!, (line) =>
        process.stderr.write(`scrape: ${line}\n`),
      );
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      return;
    }
    const lines: string[] = [];
    for (const page of pages) {
      try {
        const { url, output } = await readPage(browser, bundle, page, (line) =>
          process.stderr.write(`scrape: ${page.file}: ${line}\n`),
        );
        lines.push(JSON.stringify({ file: page.file, url, read: output }));
      } catch (error) {
        throw error instanceof NoUrlOnPage ? error : new PageFailure(page.file, error);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  // Bad input and failed reads alike: one line for the user, no stack trace.
  const [prefix, cause] = error instanceof PageFailure ? [`${error.file}: `, error.failure] : ['', error];
  const message = cause instanceof BadInput ? cause.message : `could not read the page: ${firstLine(cause)}`;
  process.stderr.write(`scrape: ${prefix}${message}\n`);
  process.exitCode = 2;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
