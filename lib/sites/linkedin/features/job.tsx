import { ActionButton } from '@/components/ActionButton';
import { inPageCss } from '@/components/inpage-css';
import { call } from '../../../messaging/client';
import { t } from '../../../ui/i18n';
import { type ShadowMount, mountShadow } from '../../../content/shadow';
import type { JobPage } from '../read';
import { keepBeside } from './place';

/** Job pages and the search side panel: "Track this job" makes it an opportunity (applied). */
export function createJobFeature() {
  let state: { jobId: string; mount: ShadowMount } | null = null;

  function stop(): void {
    state?.mount.remove();
    state = null;
  }

  /** Beside the title the reader read (not the page's first heading), when it can be reached. */
  function update({ job, anchor }: JobPage): void {
    if (!anchor || !job.company) return stop();
    if (state?.jobId === job.jobId) return keepBeside(state.mount.host, anchor);
    stop();
    const company = job.company;
    state = {
      jobId: job.jobId,
      mount: mountShadow(
        (host) => anchor.after(host),
        inPageCss,
        <ActionButton
          label={t('inpageTrackJob')}
          failure={t('inpageCouldNotTrack')}
          once
          action={async () => {
            const { created, linked } = await call('trackJob', {
              jobId: job.jobId,
              title: job.title,
              company,
              location: job.location,
              url: job.url,
            });
            if (linked) return t('inpageJobLinked');
            return created ? t('inpageJobTracked') : t('inpageJobAlreadyTracked');
          }}
        />,
        'job',
      ),
    };
  }

  return { update, stop };
}
