import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOutlook } from '@/lib/sites/outlook/features';
import { outlookMatches } from '@/lib/sites/outlook/selectors';

export default defineContentScript({
  matches: outlookMatches,
  runAt: 'document_idle',
  main: (ctx) => startOutlook(ctx),
});
