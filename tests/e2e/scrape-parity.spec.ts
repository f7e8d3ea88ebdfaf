/**
 * `npm run scrape` and the built extension give the same answer on every page of the fixture
 * corpus, and that answer is the one cases.json expects, field by field.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'playwright/test';
import type { TabProfile } from '../../lib/messaging/protocol';
import { BUILT_EXTRACTOR } from '../../scripts/headless-chromium';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import { linkedinFixturesDir, linkedinTabId, openLinkedinPage, readProfileFromTab } from './linkedin-pages';
import { peopleListLayout } from '../../lib/people-lists/list-page';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

interface FixtureCase {
  file: string;
  url: string;
  expected?: Record<string, string | null>;
  companyLinkedinUrl?: string | null;
  notAProfile?: true;
  reasonKeyword?: string;
}

const cases = JSON.parse(readFileSync(path.join(linkedinFixturesDir, 'cases.json'), 'utf8')) as FixtureCase[];

/**
 * The CLI's printed JSON for every page of the corpus, each shown at its case's URL, by file.
 * One run for the whole corpus: the CLI reads each page in a fresh context of one Chromium.
 */
async function scrapeCorpus(): Promise<Map<string, unknown>> {
  const args = cases.flatMap((fixture) => [path.join(linkedinFixturesDir, fixture.file), '--url', fixture.url]);
  const { stdout } = await run(TSX, ['scripts/scrape.ts', ...args], { maxBuffer: 16 * 1024 * 1024 });
  const printed = new Map<string, unknown>();
  for (const line of stdout.trimEnd().split('\n')) {
    const { file, url, read } = JSON.parse(line) as { file: string; url: string; read: unknown };
    printed.set(path.basename(file), { url, read });
  }
  return printed;
}

/** The extension's answer in the CLI's output shape. */
function asScrapeOutput(answer: TabProfile): unknown {
  if (answer.kind === 'profile') {
    const { fields, sources, missing, companyLinkedinUrl } = answer;
    return { ...fields, sources, missing, companyLinkedinUrl };
  }
  if (answer.kind === 'not-a-profile') return { notAProfile: true, reason: answer.reason };
  if (answer.kind === 'list') return { kind: 'list', people: answer.people, notYetShown: answer.notYetShown };
  return answer;
}

let browser: ExtensionBrowser;
let printedPages: Map<string, unknown>;

// One browser and one CLI run for the whole corpus, so its tests stay together on one worker; each page
// gets its own tab, closed after its read.
test.describe.configure({ mode: 'default' });
test.beforeAll(async () => {
  // One CLI run reads the whole corpus, about a second a page on a busy 2-core machine: it gets the
  // time of a few tests. The extension's browser starts meanwhile.
  test.setTimeout(180_000);
  const launching = launchExtensionBrowser();
  try {
    printedPages = await scrapeCorpus();
  } finally {
    browser = await launching;
  }
});

test.afterAll(async () => {
  await browser.close();
});

for (const fixture of cases) {
  test(`${fixture.file}: the CLI prints what the extension reads`, async () => {
    const tab = await openLinkedinPage(browser, fixture.url, fixture.file);
    const extensionPage = await browser.openExtensionPage('popup.html');
    const answer = await readProfileFromTab(extensionPage, await linkedinTabId(browser));
    await extensionPage.close();
    await tab.close();
    await browser.context.unrouteAll();

    const printed = printedPages.get(fixture.file);
    expect(printed).toEqual({ url: fixture.url, read: asScrapeOutput(answer) });

    if (peopleListLayout(fixture.url)) {
      // A search page is read as a list (tests/e2e/people-list-reading.spec.ts checks its rows).
      expect(answer.kind).toBe('list');
    } else if (fixture.notAProfile) {
      expect(answer).toEqual({ kind: 'not-a-profile', reason: expect.stringContaining(fixture.reasonKeyword!) });
    } else {
      expect(answer.kind).toBe('profile');
      expect(answer.kind === 'profile' && answer.fields).toEqual(fixture.expected);
      expect(answer.kind === 'profile' && answer.companyLinkedinUrl).toBe(fixture.companyLinkedinUrl);
    }
  });
}

test.describe('scrape failures', () => {
  async function scrapeFailure(args: string[], env: NodeJS.ProcessEnv = {}) {
    try {
      await run(TSX, ['scripts/scrape.ts', ...args], { env: { ...process.env, ...env } });
    } catch (error) {
      return error as { code: number; stderr: string; stdout: string };
    }
    throw new Error(`scrape ${args.join(' ')} succeeded`);
  }

  test('an extraction error exits 2 with one line and no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scrape-'));
    const brokenBundle = path.join(dir, 'linkedin-extractor.js');
    // The built extractor in a world where reading the DOM throws, as a bug in lib/linkedin would make it.
    writeFileSync(
      brokenBundle,
      "Document.prototype.querySelector = Document.prototype.querySelectorAll = () => { throw new Error('no top card handler'); };\n" +
        readFileSync(BUILT_EXTRACTOR, 'utf8'),
    );
    try {
      const failure = await scrapeFailure(
        [
          path.join(linkedinFixturesDir, '60-sdui-en-single.html'),
          '--url',
          'https://www.linkedin.com/in/oriel-tanswick-4b1a9c/',
        ],
        { SCRAPE_EXTRACTOR: brokenBundle },
      );
      expect(failure.code).toBe(2);
      expect(failure.stdout).toBe('');
      expect(failure.stderr).toBe('scrape: could not read the page: no top card handler\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a URL the page does not show exits 2 and says so', async () => {
    const failure = await scrapeFailure([
      path.join(linkedinFixturesDir, '60-sdui-en-single.html'),
      '--url',
      'https://www.linkedin.com/in/someone-else-123/',
    ]);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(
      /^scrape: the page does not show the profile at https:\/\/www\.linkedin\.com\/in\/someone-else-123\//,
    );
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });

  test('several pages: one that cannot be read exits 2 naming it, and nothing is printed', async () => {
    const failure = await scrapeFailure([
      path.join(linkedinFixturesDir, '60-sdui-en-single.html'),
      '--url',
      'https://www.linkedin.com/in/oriel-tanswick-4b1a9c/',
      path.join(linkedinFixturesDir, '60-sdui-en-single.html'),
      '--url',
      'https://www.linkedin.com/in/someone-else-123/',
    ]);
    expect(failure.code).toBe(2);
    expect(failure.stdout).toBe('');
    expect(failure.stderr).toMatch(
      /^scrape: \S+60-sdui-en-single\.html: the page does not show the profile at https:\/\/www\.linkedin\.com\/in\/someone-else-123\/.*\n$/,
    );
  });

  test('several pages with fewer --url than pages exit 2 with the usage line', async () => {
    const page = path.join(linkedinFixturesDir, '60-sdui-en-single.html');
    const failure = await scrapeFailure([page, page, '--url', 'https://www.linkedin.com/in/oriel-tanswick-4b1a9c/']);
    expect(failure.code).toBe(2);
    expect(failure.stdout).toBe('');
    expect(failure.stderr).toMatch(/^scrape: usage: npm run scrape -- <saved-page\.html> .*\n$/);
  });
});
