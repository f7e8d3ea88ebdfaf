import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // npm test runs the unit tests beside the Chromium suite on two cores: parsing a 1.6 MB fixture page can
    // then take several seconds, which is load, not a hang.
    testTimeout: 30_000,
  },
});
