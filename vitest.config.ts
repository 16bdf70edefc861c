import { defineConfig } from 'vitest/config';

// Two projects: fast Node unit tests, and browser tests that drive Debian's Chromium against `vite preview`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some property and brute-force checks take seconds on a busy 2-core machine; they assert results, not speed.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One shared preview server and one browser: files run one after another.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
