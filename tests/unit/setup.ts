import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
});

// Unmount what DOM tests rendered, so each test starts from an empty document.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
