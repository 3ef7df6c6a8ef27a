import { defineConfig } from 'vitest/config';

// End-to-end tests: the built Firefox extension in real Firefox ESR (scripts/support/firefox.ts).
// One file at a time, each with its own browser; timeouts sized for a loaded 2-core CI
// machine, where Firefox alone takes 5–15 s to start.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    expect: { poll: { timeout: 15_000 } },
  },
});
