import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLinkedIn } from '@/lib/sites/linkedin/features';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startLinkedIn(ctx),
});
