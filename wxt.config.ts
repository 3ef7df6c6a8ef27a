import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

import { outlookMatches } from './lib/sites/outlook/selectors';

// Host access is limited to the sites Afterview layers onto, and nothing else: Gmail, Outlook
// on the web's mail (personal, then work and school accounts) and LinkedIn.
export const hostPermissions = ['https://mail.google.com/*', ...outlookMatches, 'https://www.linkedin.com/*'];

export default defineConfig({
  // AFTERVIEW_OUT_DIR builds elsewhere, so two builds (two people, or CI and a bench) never
  // write into each other's output; the e2e support reads the same variable.
  outDir: process.env.AFTERVIEW_OUT_DIR || '.output',
  // MV3 for Firefox too (WXT's default there is MV2): our code calls `browser.action` and
  // expects a background that may stop, which only MV3 gives in Firefox (README, "Firefox").
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        // zod's sources carry /*@__PURE__*/ notes Rollup cannot place; harmless noise.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Afterview',
    // The browser's i18n catalogue (public/_locales, written by `npm run messages`).
    default_locale: 'en',
    description:
      'Keep the door open after an interview: follow-ups for Gmail, Outlook and LinkedIn, private and on your device.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: hostPermissions,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'afterview@afterview.dev',
              strict_min_version: '142.0',
              // Afterview collects nothing; Firefox asks add-ons to declare it.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
