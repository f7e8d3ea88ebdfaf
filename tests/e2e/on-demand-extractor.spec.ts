/**
 * Nothing of ours runs on a LinkedIn page until a review reads it: no content script is declared or
 * registered, a page view that is never reviewed parses no script of ours and hears nothing from us,
 * and a review runs the extractor alone, also after in-page navigation and in a tab opened before
 * the extension was installed.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from 'playwright/test';
import { BUILT_EXTRACTOR } from '../../scripts/headless-chromium';
import { CALLA_FILE, CALLA_SLUG } from './calla';
import {
  launchExtensionBrowser,
  launchThenInstallExtension,
  type ExtensionBrowser,
} from '../../scripts/extension-browser';
import {
  linkedinTabId,
  openLinkedinPage,
  openLinkedinPageIn,
  readLinkedinFixture,
  readProfileFromTab,
  serveLinkedinPage,
} from './linkedin-pages';

const CALLA_URL = `https://www.linkedin.com/in/${CALLA_SLUG}/`;
const KATRIN_URL = 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/';

interface PageWatch {
  page: Page;
  /** Every script of the extension's origin the page's renderer parsed, in any world, with its length. */
  ourScripts: { url: string; length: number }[];
  /** Every JavaScript world of the extension's origin created in the page (a content script's isolated world). */
  ourWorlds: string[];
  /** What the page's own scripts received from us: window messages and events named with our id. */
  heardByPage(): Promise<string[]>;
}

/**
 * A new tab watched from before its first navigation. The renderer reports every script it parses
 * (Debugger.scriptParsed) and every world it creates (Runtime.executionContextCreated), the isolated
 * worlds of content scripts included, so this sees any code of ours however it got there.
 */
async function watchNewPage(browser: ExtensionBrowser): Promise<PageWatch> {
  const ourOrigin = `chrome-extension://${browser.extensionId}`;
  const page = await browser.context.newPage();
  const watch: PageWatch = {
    page,
    ourScripts: [],
    ourWorlds: [],
    heardByPage: () => page.evaluate(() => (window as unknown as { heardFromExtension: string[] }).heardFromExtension),
  };
  const session = await browser.context.newCDPSession(page);
  session.on('Debugger.scriptParsed', ({ url, length }) => {
    if (url.startsWith(`${ourOrigin}/`)) watch.ourScripts.push({ url, length: length ?? -1 });
  });
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === ourOrigin) watch.ourWorlds.push(context.name);
  });
  await session.send('Runtime.enable');
  await session.send('Debugger.enable');
  // In the page's own world, before its scripts: what LinkedIn's scripts could listen for. WXT's
  // content-script wrapper announces itself with an event named `<extension id>:<script>:wxt:…`.
  await page.addInitScript((extensionId) => {
    const heard: string[] = [];
    (window as unknown as { heardFromExtension: string[] }).heardFromExtension = heard;
    window.addEventListener('message', (event) => heard.push(`message ${JSON.stringify(event.data)}`));
    for (const script of ['linkedin', 'linkedin-extractor']) {
      const type = `${extensionId}:${script}:wxt:content-script-started`;
      document.addEventListener(type, () => heard.push(`event ${type}`));
    }
  }, browser.extensionId);
  return watch;
}

/** Content scripts run at document_idle, at the latest just after `load`; a later timer is after that. */
async function pageSettled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
}

test.describe('with the extension installed', () => {
  // One browser for these reads, so they stay together on one worker.
  test.describe.configure({ mode: 'default' });
  let browser: ExtensionBrowser;

  test.beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });

  test.afterAll(async () => {
    await browser.close();
  });

  test.afterEach(async () => {
    for (const page of browser.context.pages()) if (page.url().includes('linkedin.com')) await page.close();
    await browser.context.unrouteAll();
  });

  test('the built manifest declares no content script, and none is registered at run time', async () => {
    const scripts = await browser.serviceWorker.evaluate(async () => ({
      declared: chrome.runtime.getManifest().content_scripts ?? 'none',
      registered: await chrome.scripting.getRegisteredContentScripts(),
    }));

    expect(scripts).toEqual({ declared: 'none', registered: [] });
  });

  test('a LinkedIn page view never reviewed runs no code of ours; a review runs the extractor alone, silently', async () => {
    const watch = await watchNewPage(browser);
    await serveLinkedinPage(browser.context, CALLA_URL, CALLA_FILE);
    await watch.page.goto(CALLA_URL);
    await pageSettled(watch.page);

    expect(watch.ourScripts).toEqual([]);
    expect(watch.ourWorlds).toEqual([]);
    expect(await watch.heardByPage()).toEqual([]);

    const extensionPage = await browser.openExtensionPage('popup.html');
    const answer = await readProfileFromTab(extensionPage, await linkedinTabId(browser));
    await extensionPage.close();

    expect(answer).toMatchObject({ kind: 'profile', fields: { url: CALLA_URL, name: 'Calla Northallen' } });
    // The watch sees our code once it runs: exactly the built extractor, once, in one world of ours. The
    // debugger's events come on their own session, so they may arrive after the answer on a busy machine.
    const extractor = readFileSync(BUILT_EXTRACTOR, 'utf8');
    await expect
      .poll(() => watch.ourScripts)
      .toEqual([{ url: browser.pageUrl('linkedin-extractor.js'), length: extractor.length }]);
    await expect.poll(() => watch.ourWorlds).toHaveLength(1);
    expect(await watch.heardByPage()).toEqual([]);
    expect(extractor).not.toMatch(/dispatchEvent|postMessage/);
  });

  test('after in-page navigation from one profile to another, a review reads the second', async () => {
    const page = await openLinkedinPage(browser, CALLA_URL, CALLA_FILE);
    const extensionPage = await browser.openExtensionPage('popup.html');
    const tabId = await linkedinTabId(browser);
    expect(await readProfileFromTab(extensionPage, tabId)).toMatchObject({ fields: { name: 'Calla Northallen' } });

    // What LinkedIn does: the URL changes at once, the DOM is replaced later; the embedded JSON stays Calla's.
    await page.evaluate(
      ({ url, mainHtml }) => {
        history.pushState({}, '', url);
        setTimeout(() => {
          document.querySelector('main')!.outerHTML = mainHtml;
        }, 300);
      },
      { url: KATRIN_URL, mainHtml: readLinkedinFixture('40-spa-b-main.html') },
    );
    await expect(page.locator('main h1')).toHaveText('Katrin Quennerby');
    const answer = await readProfileFromTab(extensionPage, tabId);

    expect(answer).toMatchObject({
      kind: 'profile',
      fields: { url: KATRIN_URL, name: 'Katrin Quennerby', title: 'QA Engineer', company: 'Nettlebrook Pharma' },
    });
    expect(JSON.stringify(answer)).not.toMatch(/Calla|Northallen|Bluefen/);
    await extensionPage.close();
  });
});

test('a LinkedIn tab opened before the extension was installed is reviewed', async () => {
  const browser = await launchThenInstallExtension(async (context) => {
    await openLinkedinPageIn(context, CALLA_URL, CALLA_FILE);
  });
  try {
    const extensionPage = await browser.openExtensionPage('popup.html');
    const answer = await readProfileFromTab(extensionPage, await linkedinTabId(browser));

    expect(answer).toMatchObject({ kind: 'profile', fields: { url: CALLA_URL, name: 'Calla Northallen' } });
  } finally {
    await browser.close();
  }
});
