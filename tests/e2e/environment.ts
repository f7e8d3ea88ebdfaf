import { test as base } from 'playwright/test';
import {
  launchChromiumForExtension,
  type ChromiumForExtension,
  type ExtensionBrowser,
} from '../../scripts/extension-browser';
import { startTestSandbox, type TestSandbox } from './sandbox-control';

export interface ExtensionEnvironment {
  /** One Stardex sandbox per spec file; each test resets it with the people it needs. */
  sandbox: TestSandbox;
  /**
   * The built extension, installed afresh for each test (empty storage, Options opened as on a first install)
   * in the worker's headless Chromium; a test may replace it to simulate a browser restart.
   */
  browser: ExtensionBrowser;
}

/**
 * One headless Chromium per worker, kept from spec file to spec file (starting one costs more than a test's
 * own work); a test that closed it, to restart the browser on its profile, leaves the next test a new one.
 */
export const test = base.extend<object, { workerChromium: () => Promise<ChromiumForExtension> }>({
  workerChromium: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      let chromium: ChromiumForExtension | undefined;
      await use(async () => {
        if (!chromium?.isOpen()) {
          await chromium?.close();
          chromium = await launchChromiumForExtension();
        }
        return chromium;
      });
      await chromium?.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * Registers the hooks every real-browser spec needs and returns the live environment. After each test the
 * extension is uninstalled, its pages closed and the test's routes dropped (installing into a running
 * Chromium costs about half of starting one).
 */
export function useExtensionEnvironment(): ExtensionEnvironment {
  const env = {} as ExtensionEnvironment;
  test.beforeAll(async () => {
    env.sandbox = await startTestSandbox();
  });
  test.afterAll(async () => {
    await env.sandbox.close();
  });
  test.beforeEach(async ({ workerChromium }) => {
    env.browser = await (await workerChromium()).installExtension();
  });
  test.afterEach(async () => {
    await env.browser.close();
  });
  return env;
}
