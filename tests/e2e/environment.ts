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
  test.beforeAll(async () => {
    env.sandbox = await startTestSandbox();
  });
  test.afterAll(async () => {
    await env.sandbox.close();
  });
  test.beforeEach(async () => {
    env.browser = await launchExtensionBrowser();
  });
  test.afterEach(async () => {
    await env.browser.close();
  });
  return env;
}
