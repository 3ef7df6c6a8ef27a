import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '../../../content/watch';
import { type LinkedInPage, normaliseProfileUrl, readPage } from '../read';
import { createJobFeature } from './job';
import { createProfileFeature } from './profile';
import { createWritingFeature } from './writing';

/** The pages Afterview works on; any other LinkedIn page (the feed…) is fine and left alone. */
const OURS = /^\/(in|jobs|messaging)\//;

/**
 * Afterview on LinkedIn: follow the single-page navigation (lib/content/watch.ts) and run
 * the features of the page shown: profiles, jobs, and the writing surfaces anywhere.
 */
export function startLinkedIn(ctx: ContentScriptContext): void {
  const locale = navigator.language || 'en-US';
  const profile = createProfileFeature({ locale });
  const job = createJobFeature();
  let currentProfileUrl: string | null = null;
  const writing = createWritingFeature({ locale, profileUrl: () => currentProfileUrl });

  watchPage<Exclude<LinkedInPage, { kind: 'unknown' }> | { kind: 'other' }>(ctx, {
    site: 'linkedin',
    label: 'LinkedIn',
    read: () => (OURS.test(location.pathname) ? readPage(document, location.href) : { kind: 'other' }),
    apply: (page) => {
      currentProfileUrl =
        page.kind === 'profile' ? page.profile.profileUrl : normaliseProfileUrl(location.href);
      if (page.kind === 'profile') profile.update(page.profile);
      else profile.stop();
      if (page.kind === 'job') job.update(page.job);
      else job.stop();
      writing.update();
    },
    pause: () => {
      profile.stop();
      job.stop();
      writing.stop();
    },
  });
}
