/**
 * npm run scrape -- <saved-page.html> [--url <profile url>]
 *
 * Runs the content script's extractProfile on a saved LinkedIn page and prints the result as JSON.
 * Exit codes: 0 read (a profile or "not a profile"), 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { extractProfile } from '../lib/linkedin/extract-profile';

function fail(message: string): never {
  process.stderr.write(`scrape: ${message}\n`);
  process.exit(2);
}

/** Saved pages embed iframes; happy-dom does not load them and would log an error for each. */
const quietConsole = { ...console, error: () => undefined };

function parseHtml(html: string): Document {
  const window = new Window({ url: 'https://www.linkedin.com/', console: quietConsole });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function absoluteUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'https://www.linkedin.com/').href;
  } catch {
    return null;
  }
}

/** Where the page says it lives: its canonical link, og:url, or the browser's "saved from" comment. */
function urlFromPage(html: string, document: Document): { url: string; from: string } | null {
  const candidates: [string, string | null][] = [
    ['canonical link', absoluteUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))],
    ['og:url', absoluteUrl(document.querySelector('meta[property="og:url"]')?.getAttribute('content'))],
    ['"saved from" comment', absoluteUrl(/<!-- saved from url=\(\d+\)(\S+) -->/.exec(html)?.[1])],
  ];
  for (const [from, url] of candidates) if (url) return { url, from };
  return null;
}

const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
const [file, ...extra] = positionals;
if (!file || extra.length > 0) fail('usage: npm run scrape -- <saved-page.html> [--url <profile url>]');

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

const document = parseHtml(html);
let url: string;
if (values.url !== undefined) {
  if (absoluteUrl(values.url) === null || !/^https?:\/\//i.test(values.url)) {
    fail(
      `--url ${JSON.stringify(values.url)} is not an absolute URL (expected e.g. https://www.linkedin.com/in/jane-doe/)`,
    );
  }
  url = values.url;
} else {
  const fromPage = urlFromPage(html, document);
  if (!fromPage) {
    fail(
      `${file} does not say which URL it was saved from (no canonical link, og:url or "saved from" comment): pass --url <profile url>`,
    );
  }
  process.stderr.write(`scrape: URL taken from the page's ${fromPage.from}: ${fromPage.url}\n`);
  url = fromPage.url;
}

const result = extractProfile(document, url);
const output =
  result.kind === 'profile'
    ? { ...result.fields, sources: result.sources, missing: result.missing }
    : { notAProfile: true, reason: result.reason };
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
