import type { browser } from 'wxt/browser';

// Code passed to page.evaluate() runs in our extension's pages, where `chrome` exists.
declare global {
  const chrome: typeof browser;
}
export {};
