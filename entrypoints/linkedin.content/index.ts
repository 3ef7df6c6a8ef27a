import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountPresence } from '@/lib/content/presence';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    mountPresence(ctx, 'linkedin');
  },
});
