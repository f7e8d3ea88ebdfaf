import { test } from 'playwright/test';
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
   * in one headless Chromium per spec file and worker; a test may replace it to simulate a browser restart.
   */
  browser: ExtensionBrowser;
}

/**
 * Registers the hooks every real-browser spec needs and returns the live environment. After each test the
 * extension is uninstalled, its pages closed and the test's routes dropped (installing into a running
 * Chromium costs about half of starting one); a browser the test restarted is closed, and the next test
 * starts a new Chromium.
 */
export function useExtensionEnvironment(): ExtensionEnvironment {
  const env = {} as ExtensionEnvironment;
  let chromium: ChromiumForExtension | undefined;
  test.beforeAll(async () => {
    env.sandbox = await startTestSandbox();
  });
  test.afterAll(async () => {
    await Promise.all([env.sandbox.close(), chromium?.close()]);
  });
  test.beforeEach(async () => {
    if (!chromium?.isOpen()) chromium = await launchChromiumForExtension();
    env.browser = await chromium.installExtension();
  });
  test.afterEach(async () => {
    await env.browser.close();
  });
  return env;
}
