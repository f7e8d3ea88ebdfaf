import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // The files of a worker share one process: a process per file cost about three times the CPU on two cores
    // (~82 against ~36 CPU-s). tests/unit/setup.ts keeps the files apart: each loads lib/ afresh, gets a
    // fresh fake browser for each test and puts back its methods, and its extension timers end with it.
    isolate: false,
    // npm test runs the unit tests beside the Chromium suite on two cores: parsing a 1.6 MB fixture page can
    // then take several seconds, which is load, not a hang.
    testTimeout: 30_000,
  },
});
