import { defineConfig } from 'playwright/test';

// Specs that spend minutes waiting on Stardex's 60-requests-a-minute window, not on the CPU: started first, one
// at a time, so they wait on one worker beside the other tests and npm test's checks instead of holding both
// workers at the start or stretching the end of the run. (A third worker for them was slower: three busy
// Chromiums on two cores.)
const longWaits = ['**/people-list-run.spec.ts', '**/rate-limit.spec.ts'];

// Two workers, one per core: each worker runs one headless Chromium for all its spec files, into which the built
// extension is installed afresh for each test and uninstalled after it (tests/e2e/environment.ts), and its own
// sandbox on a free port, so two tests never share state. Tests of one file spread over both workers
// (fullyParallel), so a long file does not leave one worker idle at the end; files whose tests share one
// browser keep them together.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  projects: [
    { name: 'long waits', testMatch: longWaits, workers: 1 },
    { name: 'chromium', testIgnore: longWaits },
  ],
});
