import { formatDistance } from 'date-fns';
import type { SiteName, SiteRecord } from '@/lib/messaging/protocol';
import { LayoutReportButton } from './popup/LayoutReport';
import type { ReportTabs } from './popup/layout-report';

const sites: Array<{ site: SiteName; label: string; url: string }> = [
  { site: 'gmail', label: 'Gmail', url: 'https://mail.google.com/' },
  { site: 'outlook', label: 'Outlook', url: 'https://outlook.live.com/mail/' },
  { site: 'linkedin', label: 'LinkedIn', url: 'https://www.linkedin.com/' },
];

interface Props {
  sites: SiteRecord[];
  now: Date;
  /** The tab to describe in a layout report, for each site the user has open now (see layout-report.ts). */
  reportTabs?: ReportTabs;
}

/**
 * One line per supported site: connected (and when last seen), or how to connect it. A site
 * open in a tab also offers a layout report: plainly where its layout is not (fully)
 * recognised, as a small link where it is.
 */
export function SiteStatusList({ sites: records, now, reportTabs = {} }: Props) {
  return (
    <ul aria-labelledby="sites-heading">
      {sites.map(({ site, label, url }) => {
        const record = records.find((r) => r.site === site);
        const tabId = reportTabs[site];
        return (
          <li key={site} data-site={site}>
            <span class="site-name">{label}</span>{' '}
            {record?.layout === 'unrecognised' ? (
              <span class="warning" role="status">
                paused: {label}’s layout was not recognised
                {record.missing ? ` (${record.missing} not found)` : ''}. Afterview stays out of the way there
                until an update recognises it.
              </span>
            ) : record?.layout === 'degraded' ? (
              <span class="warning" role="status">
                partly recognised: {label}’s layout has changed in places
                {record.missing ? ` (${record.missing} not found)` : ''}, so the features that need those
                parts step back. Everything else works.
              </span>
            ) : record ? (
              <span class="connected">
                connected · seen {formatDistance(new Date(record.lastSeen), now, { addSuffix: true })}
              </span>
            ) : (
              <span class="muted">
                not seen yet: open{' '}
                <a href={url} target="_blank" rel="noreferrer">
                  {label}
                </a>{' '}
                to connect it
              </span>
            )}
            {record && tabId !== undefined && (
              <LayoutReportButton
                site={site}
                label={label}
                tabId={tabId}
                prominent={record.layout !== 'recognised'}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
