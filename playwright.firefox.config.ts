import { defineConfig } from 'playwright/test';

// The Firefox build in Debian's Firefox ESR (tests/firefox/): Playwright runs the tests, puppeteer-core drives Firefox.
export default defineConfig({
  testDir: 'tests/firefox',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/firefox/global-setup.ts',
});
