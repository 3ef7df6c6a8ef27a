import { browser } from 'wxt/browser';
import { LayoutReport, layoutReportRequest, maxReplyChars } from '@/lib/messaging/layout-report';
import { describeZodError, type SiteName } from '@/lib/messaging/protocol';
import { outlookMatches } from '@/lib/sites/outlook/selectors';
import { downloadFile, fileTypes } from '@/lib/ui/download';
import { t } from '@/lib/ui/i18n';

/**
 * The popup's side of "Save a layout report": find the site tab to ask, ask its content script
 * (lib/content/watch.ts answers), check the answer and save it as a file. No permission beyond
 * the site access Afterview already has: the sites' tab addresses are visible to us, and the
 * file is saved with a Blob link, not the downloads API.
 */

/** Where each site's content script runs (entrypoints/*.content): only those tabs can answer. */
const siteMatches: Record<SiteName, readonly string[]> = {
  gmail: ['https://mail.google.com/*'],
  outlook: outlookMatches,
  linkedin: ['https://www.linkedin.com/*'],
};
const siteNames = Object.keys(siteMatches) as SiteName[];

/** The site whose content script runs at this address, if any. */
export function siteOfUrl(url: string | undefined): SiteName | null {
  if (!url) return null;
  return (
    siteNames.find((site) => siteMatches[site].some((match) => url.startsWith(match.slice(0, -1)))) ?? null
  );
}

/** For each site that can be reported on now, the tab to ask. */
export type ReportTabs = Partial<Record<SiteName, number>>;

/**
 * The tab a report is about: the active tab of this window when it is one of our sites (the
 * page the user looks at behind the toolbar popup). When the popup is itself a tab (opened from
 * a notification), each site's most recently used tab instead.
 */
export async function findReportTabs(): Promise<ReportTabs> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const activeSite = siteOfUrl(active?.url);
  if (active?.id !== undefined && activeSite) return { [activeSite]: active.id };
  if (!(await browser.tabs.getCurrent())) return {};
  const found: ReportTabs = {};
  for (const site of siteNames) {
    const tabs = await browser.tabs.query({ url: [...siteMatches[site]] });
    const last = tabs
      .filter((tab) => tab.id !== undefined && siteOfUrl(tab.url) === site)
      .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || b.id! - a.id!)[0];
    if (last) found[site] = last.id;
  }
  return found;
}

/** A report could not be had; the message says what to do, in the user's words. */
export class LayoutReportError extends Error {
  override readonly name = 'LayoutReportError';
}

const ANSWER_TIMEOUT_MS = 10_000;

/** Ask the tab's content script for the outline, and take it only if it is a well-formed report. */
export async function fetchLayoutReport(site: SiteName, label: string, tabId: number): Promise<LayoutReport> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (siteOfUrl(tab?.url) !== site) throw new LayoutReportError(t('popupLayoutReportNotSite', label));
  const raw = await withTimeout(browser.tabs.sendMessage(tabId, layoutReportRequest, { frameId: 0 })).catch(
    () => undefined,
  );
  if (raw === undefined || raw === null) throw new LayoutReportError(t('popupLayoutReportNoAnswer', label));
  return checkReport(raw, site, label);
}

/** The reply, bounded and checked against the schema (which allows no text or personal value). */
export function checkReport(raw: unknown, site: SiteName, label: string): LayoutReport {
  const bad = (why: string) => new LayoutReportError(t('popupLayoutReportBadAnswer', label, why));
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    throw bad('not JSON');
  }
  if (size > maxReplyChars) throw bad('too large');
  const parsed = LayoutReport.safeParse(raw);
  if (!parsed.success) throw bad(describeZodError(parsed.error, 'report').slice(0, 200));
  if (parsed.data.site !== site) throw bad(`a report for ${parsed.data.site}`);
  return parsed.data;
}

/** Save the report as `afterview-layout-<site>-<date>.json`; answers the file's name. */
export function saveLayoutReport(report: LayoutReport): string {
  const fileName = `afterview-layout-${report.site}-${report.date}.json`;
  downloadFile(fileName, report, fileTypes.json);
  return fileName;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ANSWER_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
