import { defineConfig } from 'playwright/test';
import chromiumSuite from './playwright.config';

// The Firefox build in Debian's Firefox ESR (tests/firefox/): Playwright runs the tests, puppeteer-core
// drives Firefox. Same runner settings as the Chromium suite (one worker, timeouts, reporter).
export default defineConfig({
  ...chromiumSuite,
  testDir: 'tests/firefox',
  globalSetup: './tests/firefox/global-setup.ts',
});
