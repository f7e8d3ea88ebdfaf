import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright';
import { chromiumPath } from './headless-chromium';

export const extensionDir = path.resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  serviceWorker: Worker;
  /** The address of an extension page such as `popup.html?tabId=3`. */
  pageUrl(pathAndQuery: string): string;
  /** Opens an extension page such as `popup.html?tabId=3`. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Headless Chromium with no traffic or first-run pages of its own. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium with the built extension. Pass the same `userDataDir` again to
 * simulate a browser restart on the same profile.
 */
export async function launchExtensionBrowser(
  userDataDir?: string,
  options: { headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  const dir = userDataDir ?? mkdtempSync(path.join(tmpdir(), 'stardex-ext-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return withExtension(context, dir, serviceWorker);
}

/** A headless Chromium that can install the built extension, and uninstall it, while it runs. */
export interface ChromiumForExtension {
  context: BrowserContext;
  /** Installs the built extension fresh (its storage empty, Options opened as on a first install). */
  installExtension(): Promise<ExtensionBrowser>;
  isOpen(): boolean;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium without the extension; `installExtension` then installs the built extension
 * into the running browser (CDP's Extensions.loadUnpacked). Closing that ExtensionBrowser uninstalls the
 * extension, closes its pages and drops the test's routes, so the next install starts as on a new
 * profile without the second or two a new Chromium takes.
 */
export async function launchChromiumForExtension(): Promise<ChromiumForExtension> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stardex-ext-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    // Playwright switches extensions off unless it loads them itself; loadUnpacked needs the second flag.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--enable-unsafe-extension-debugging', ...CHROMIUM_ARGS],
  });
  let open = true;
  context.on('close', () => (open = false));
  const session = await context.browser()!.newBrowserCDPSession();
  return {
    context,
    isOpen: () => open,
    async installExtension() {
      const started = context.waitForEvent('serviceworker', {
        predicate: (worker) => worker.url().startsWith('chrome-extension://'),
      });
      const { id } = await session.send('Extensions.loadUnpacked', { path: extensionDir });
      const isOurs = (worker: Worker) => new URL(worker.url()).host === id;
      let serviceWorker = await started;
      if (!isOurs(serviceWorker)) {
        serviceWorker = await context.waitForEvent('serviceworker', { predicate: isOurs });
      }
      const browser = await withExtension(context, dir, serviceWorker);
      return {
        ...browser,
        async close(options) {
          if (options?.keepProfile || !open) return browser.close(options);
          try {
            await context.unrouteAll({ behavior: 'ignoreErrors' });
            await Promise.all(context.pages().map((page) => page.close()));
            await session.send('Extensions.uninstall', { id });
          } catch (error) {
            // A browser that cannot be reset is not reused: the next install starts a new one.
            await context.close();
            throw error;
          }
        },
      };
    },
    async close() {
      if (open) await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts headless Chromium without the extension, lets `beforeInstall` open pages, then installs
 * the built extension into the running browser, as a user does with LinkedIn tabs already open.
 */
export async function launchThenInstallExtension(
  beforeInstall: (context: BrowserContext) => Promise<void>,
): Promise<ExtensionBrowser> {
  const chromiumForExtension = await launchChromiumForExtension();
  await beforeInstall(chromiumForExtension.context);
  const browser = await chromiumForExtension.installExtension();
  return { ...browser, close: () => chromiumForExtension.close() };
}

async function withExtension(context: BrowserContext, dir: string, serviceWorker: Worker): Promise<ExtensionBrowser> {
  const extensionId = new URL(serviceWorker.url()).host;
  const pageUrl = (pathAndQuery: string) => `chrome-extension://${extensionId}/${pathAndQuery}`;
  await waitForWelcomeOptions(context, pageUrl('options.html'));
  return {
    context,
    extensionId,
    userDataDir: dir,
    serviceWorker,
    pageUrl,
    async openExtensionPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(pageUrl(pathAndQuery));
      return page;
    },
    async close(options) {
      await context.close();
      if (!options?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * On install the worker opens Options (lib/background/first-run.ts); Chromium counts an extension
 * loaded with --load-extension as installed at every start. While `runtime.openOptionsPage` runs it
 * may take over a tab a test is just navigating to options.html, so the tests start once that tab
 * is open and loaded. Where no such tab comes (a start that is not an install), they start anyway.
 */
async function waitForWelcomeOptions(context: BrowserContext, optionsUrl: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const welcome = context.pages().find((page) => page.url() === optionsUrl);
    if (welcome) {
      await welcome.waitForLoadState('load');
      return;
    }
    if (Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Serves a saved page file whenever the browser asks for `url`, so the tab shows it at its real address. */
export async function serveFixture(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = readFileSync(file);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/**
 * Answers every other LinkedIn request with an empty page and refuses every other https request, so
 * nothing reaches the network. Saved pages load scripts and images from LinkedIn's CDNs and from
 * trackers; offline, each of those would hold the page's load event until a DNS lookup times out.
 */
export async function blockOtherLinkedinRequests(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/(?!([a-z0-9-]+\.)*linkedin\.com\/)/, (route) => route.abort());
  await context.route(/^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//, (route) => route.fulfill({ status: 204, body: '' }));
}
