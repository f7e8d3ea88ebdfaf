import { defineConfig } from 'playwright/test';

// Two workers, one per core: each test starts its own Chromium (its own temporary profile) with the built
// extension and its own sandbox on a free port, so two tests never share state. Tests of one file stay in
// order on one worker (fullyParallel: false).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
});
