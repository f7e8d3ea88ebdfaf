import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { launch, type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { BROWSERS } from '../../scripts/setup/prepare.mjs';

export const firefoxExtensionDir = path.resolve('.output/firefox-mv3');
export const firefoxPath = BROWSERS.firefox.path;
/** The add-on id of the Firefox build (wxt.config.ts). */
export const ADDON_ID = 'linkedin@stardex.ai';

export interface FirefoxWithAddon {
  browser: Browser;
  addonId: string;
  /** moz-extension://<uuid>: fixed before install through Firefox's own preference, so it is known. */
  extensionOrigin: string;
  /** Opens an extension page such as `popup.html?tabId=3` in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** Serves `html` at `url` in a new tab; every other request of that tab gets an empty answer or fails. */
  openServedPage(url: string, html: string | Buffer): Promise<Page>;
  /** What the add-on (background, pages, content script) wrote as an error or a warning. */
  addonProblems(): string[];
  close(): Promise<void>;
}

/**
 * Waits for `page` to show `url` fully loaded. Asking while Firefox swaps the document fails at the
 * protocol level (the old realm is gone), which only means "not yet": it asks again.
 */
async function untilShown(page: Page, url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false);
    if (shown) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Debian's Firefox ESR over WebDriver BiDi, with the built add-on installed as a temporary add-on.
 * `--remote-allow-system-access` lets BiDi navigate to moz-extension:// pages, which it refuses
 * otherwise; it changes what the test driver may do, nothing in the add-on.
 */
export async function launchFirefoxWithAddon(): Promise<FirefoxWithAddon> {
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const browser = await launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // Console messages of the background and the add-on's pages go to Firefox's output, read below.
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      // Firefox stops an idle event page after 30 s; after 2 s here, so the tests see it stopped and restarted.
      'extensions.background.idle.timeout': 2000,
      // The password manager would look at the Options form and log about it.
      'signon.rememberSignons': false,
    },
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n'));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  const addonId = await browser.installExtension(firefoxExtensionDir);

  return {
    browser,
    addonId,
    extensionOrigin,
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${pathAndQuery}`;
      // Firefox loads extension pages in another process: BiDi's navigation never reports the load
      // to puppeteer, so the page's own address is awaited instead.
      page.goto(url).catch(() => undefined);
      await untilShown(page, url);
      return page;
    },
    async openServedPage(url, html) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        if (request.url() === url)
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        else if (/^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//.test(request.url()))
          void request.respond({ status: 204, body: '' });
        // LinkedIn's CDNs: offline they would only delay the page's load.
        else void request.abort();
      });
      await page.goto(url);
      return page;
    },
    addonProblems() {
      return output.filter(
        // The add-on's own files are under `${extensionOrigin}/`; Firefox's own messages may name the origin alone.
        (line) => line.includes('[stardex]') || (line.includes(`${extensionOrigin}/`) && /error|warn/i.test(line)),
      );
    },
    close: () => browser.close(),
  };
}
