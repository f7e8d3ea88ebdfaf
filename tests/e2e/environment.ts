import { test } from 'playwright/test';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import { startTestSandbox, type TestSandbox } from './sandbox-control';

export interface ExtensionEnvironment {
  /** One Stardex sandbox per spec file; each test resets it with the people it needs. */
  sandbox: TestSandbox;
  /** A fresh Chromium with the built extension per test; a test may replace it to simulate a restart. */
  browser: ExtensionBrowser;
}

/**
 * Registers the hooks every real-browser spec needs and returns the live environment. The browser
 * closed after each test is whichever one the test left in `browser`, so restarts are cleaned up too.
 */
export function useExtensionEnvironment(): ExtensionEnvironment {
  const env = {} as ExtensionEnvironment;
  const browsers = new BrowserLaunchedAhead();
  test.beforeAll(async () => {
    env.sandbox = await startTestSandbox();
  });
  test.afterAll(async () => {
    await Promise.all([env.sandbox.close(), browsers.closeSpare()]);
  });
  test.beforeEach(async () => {
    env.browser = await browsers.take();
  });
  test.afterEach(async () => {
    await env.browser.close();
  });
  return env;
}

/**
 * Every test still gets its own new Chromium profile with a just-installed extension; the next one is
 * started while the current test runs, so the two seconds Chromium takes to start and open the welcome
 * page are not spent between tests.
 */
class BrowserLaunchedAhead {
  private spare: Promise<ExtensionBrowser> | undefined;

  async take(): Promise<ExtensionBrowser> {
    const next = this.spare ?? launchExtensionBrowser();
    this.spare = launchExtensionBrowser();
    // A failed launch ahead is reported by the test that takes it, not as an unhandled rejection now.
    this.spare.catch(() => undefined);
    const browser = await next;
    if (browser.context.serviceWorkers().includes(browser.serviceWorker)) return browser;
    // Chromium stopped the idle spare's worker while a long test ran: the test needs a live handle.
    await browser.close();
    return launchExtensionBrowser();
  }

  async closeSpare(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    if (spare) await (await spare).close();
  }
}
