import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium. One file at a time: each
// launches its own browser, and CI has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000 } },
  },
});
