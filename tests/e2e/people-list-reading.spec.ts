/**
 * List pages read by the built extension in a real tab, as the review reads them, and by
 * `npm run scrape`: both give the rows of tests/fixtures/linkedin/lists/cases.json, and the review
 * shows them in "People on this page".
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'playwright/test';
import { listFixtureCases } from '../unit/people-lists/list-fixtures';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import { linkedinFixturesDir, linkedinTabId, openLinkedinPage, readProfileFromTab } from './linkedin-pages';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

// One browser for the file's reads, so its tests stay together on one worker.
test.describe.configure({ mode: 'default' });
let browser: ExtensionBrowser;

test.beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

test.afterAll(async () => {
  await browser.close();
});

test.afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
  await browser.context.unrouteAll();
});

for (const fixture of listFixtureCases) {
  test(`${fixture.file}: the extension reads the rows of the list`, async () => {
    await openLinkedinPage(browser, fixture.url, path.join('lists', fixture.file));
    const extensionPage = await browser.openExtensionPage('popup.html');
    expect(await readProfileFromTab(extensionPage, await linkedinTabId(browser))).toEqual(fixture.expected);
  });
}

test('npm run scrape prints { kind: "list", people } with the rows the extension reads', async () => {
  const fixture = listFixtureCases.find((candidate) => candidate.file === '81-search-sdui-2026.html')!;
  const file = path.join(linkedinFixturesDir, 'lists', fixture.file);
  const { stdout } = await run(TSX, ['scripts/scrape.ts', file, '--url', fixture.url]);
  expect(JSON.parse(stdout)).toEqual({
    kind: 'list',
    people: fixture.expected.people,
    notYetShown: fixture.expected.notYetShown,
  });
});

test('the review shows "People on this page", counts the rows not rendered yet and reads again', async () => {
  const fixture = listFixtureCases.find((candidate) => candidate.file === '82-search-sdui-lazy.html')!;
  const tab = await openLinkedinPage(browser, fixture.url, path.join('lists', fixture.file));
  const popup = await browser.openExtensionPage(`popup.html?tabId=${await linkedinTabId(browser)}`);
  const table = popup.getByRole('table', { name: 'People on this page' });
  await expect(table.getByRole('row')).toHaveCount(1 + 3);
  await expect(table.getByRole('rowheader', { name: 'Opal Quarry' })).toBeVisible();
  await expect(popup.getByText('People read from this page: 3.')).toBeVisible();
  await expect(popup.getByText('LinkedIn has not shown 7 more rows yet')).toBeVisible();

  // LinkedIn renders a placeholder row once scrolled to: read again shows it.
  await tab.evaluate(() => {
    const placeholder = document.querySelector('[role="listitem"][componentkey="entity-collection-item-3"]')!;
    placeholder.innerHTML =
      '<a href="https://www.linkedin.com/in/pim-rendered-late-9/">Pim Rendered</a><p>Motion Designer</p><p>Delft, Netherlands</p>';
  });
  await popup.getByRole('button', { name: 'Read again' }).click();
  await expect(table.getByRole('rowheader', { name: 'Pim Rendered' })).toBeVisible();
  await expect(popup.getByText('LinkedIn has not shown 6 more rows yet')).toBeVisible();
});
