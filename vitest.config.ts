import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic in Node, DOM code under happy-dom (per file, via a docblock),
// browser APIs through WXT's fakeBrowser and IndexedDB through fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Sized for a loaded 2-core CI machine: a test that starts a process (the CLI tests) or
    // parses a big fixture can take several seconds there; 5 s (the default) flaked.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
