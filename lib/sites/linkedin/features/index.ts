import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startSite } from '../../../content/features';
import { landmarksIn } from '../../landmarks';
import * as S from '../selectors';
import { type LinkedInPage, normaliseProfileUrl, readPage } from '../read';
import { createJobFeature } from './job';
import { createProfileFeature } from './profile';
import { createWritingFeature } from './writing';

type Shown = Exclude<LinkedInPage, { kind: 'unknown' }>;

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
    landmarks: landmarksIn(S),
    read: () => {
      // Any page Afterview has nothing to do on (the feed, a profile's subpages…) reads as
      // `elsewhere`: no feature of its own, and no warning.
      const page = readPage(document, location.href);
      currentProfileUrl =
        page.kind === 'profile' ? page.profile.profileUrl : normaliseProfileUrl(location.href);
      return page;
    },
    features: [
      {
        id: 'profile',
        when: (page) => page.kind === 'profile',
        update: (page) => {
          if (page.kind === 'profile') profile.update(page);
        },
        stop: () => profile.stop(),
      },
      {
        id: 'job',
        when: (page) => page.kind === 'job',
        update: (page) => {
          if (page.kind === 'job') job.update(page);
        },
        stop: () => job.stop(),
      },
      { id: 'writing', when: () => true, update: () => writing.update(), stop: () => writing.stop() },
    ],
  });
}
