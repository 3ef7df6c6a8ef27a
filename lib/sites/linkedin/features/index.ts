import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startSite } from '../../../content/features';
import { type LinkedInPage, normaliseProfileUrl, readPage } from '../read';
import { createJobFeature } from './job';
import { createProfileFeature } from './profile';
import { createWritingFeature } from './writing';

/** The pages Afterview works on; any other LinkedIn page (the feed…) is fine and left alone. */
const OURS = /^\/(in|jobs|messaging)\//;

type Shown = Exclude<LinkedInPage, { kind: 'unknown' }> | { kind: 'other' };

/**
 * Afterview on LinkedIn: its readers (read.ts) and its features (one file each): profiles,
 * jobs, and the writing surfaces anywhere.
 */
export function startLinkedIn(ctx: ContentScriptContext): void {
  const locale = navigator.language || 'en-US';
  const profile = createProfileFeature({ locale });
  const job = createJobFeature();
  let currentProfileUrl: string | null = null;
  const writing = createWritingFeature({ locale, profileUrl: () => currentProfileUrl });

  startSite<Shown>(ctx, {
    name: 'linkedin',
    label: 'LinkedIn',
    read: () => {
      const page = OURS.test(location.pathname)
        ? readPage(document, location.href)
        : { kind: 'other' as const };
      currentProfileUrl =
        page.kind === 'profile' ? page.profile.profileUrl : normaliseProfileUrl(location.href);
      return page;
    },
    features: [
      {
        id: 'profile',
        when: (page) => page.kind === 'profile',
        update: (page) => {
          if (page.kind === 'profile') profile.update(page.profile);
        },
        stop: () => profile.stop(),
      },
      {
        id: 'job',
        when: (page) => page.kind === 'job',
        update: (page) => {
          if (page.kind === 'job') job.update(page.job);
        },
        stop: () => job.stop(),
      },
      { id: 'writing', when: () => true, update: () => writing.update(), stop: () => writing.stop() },
    ],
  });
}
