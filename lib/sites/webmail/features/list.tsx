import { inPageCss } from '@/components/inpage-css';
import type { ListRowInput, ThreadStatus } from '../../../messaging/gmail';
import { call } from '../../../messaging/client';
import { keyedMounts } from '../../../content/mounts';
import type { ListRow, WebmailSite } from '../site';
import { cut } from '../../../model/text';
import { blankUnderstanding, LIMITS, recipient, rowInput } from '../understand';
import { t } from '../../../ui/i18n';
import { openTrackPanel } from './panel';

/**
 * Thread lists: a small status chip on rows of tracked threads, and a quiet "Track" on rows
 * that look interview-related. Each row is read once per change; statuses are asked for in
 * one batch for the ids not seen yet, and so are the background's verdicts on rows
 * (`classifyRows`: the classifier does not run in the page), cached per row.
 */
export function createListFeature(site: WebmailSite, deps: { locale: string }) {
  const statuses = new Map<string, ThreadStatus | null>();
  const looksJob = new Map<string, boolean>();
  const rows = keyedMounts<Element>('row', inPageCss);
  let asking: Promise<void> | null = null;
  let classifying: Promise<void> | null = null;
  let warned = false;
  let latest: ListRow[] = [];
  /** The list is the user's sent mail: each row's newest message is theirs. */
  let sentFolder = false;
  /** Rows whose newest message was already told to the background, by thread and time. */
  const noticed = new Set<string>();

  function stop(): void {
    rows.clear();
  }

  /** Forget what the background said (after tracking something). */
  function invalidate(): void {
    statuses.clear();
  }

  function update(list: ListRow[], where: { sentFolder: boolean } = { sentFolder }): void {
    latest = list;
    sentFolder = where.sentFolder;
    const unknown = list
      .map((r) => r.threadId)
      .filter((id): id is string => id !== null && !statuses.has(id));
    if (unknown.length > 0 && !asking) {
      asking = call('threadStatuses', { threadIds: unknown.slice(0, 500), locale: deps.locale })
        .then((found) => {
          for (const id of unknown) statuses.set(id, null);
          for (const status of found) statuses.set(status.threadId, status);
        })
        .catch((error: unknown) => console.warn('[afterview] webmail list:', error))
        .finally(() => {
          asking = null;
          update(latest);
        });
    }
    const seen = new Set<Element>();
    const unclassified: ListRow[] = [];
    for (const row of list) {
      if (!row.threadId || !statuses.has(row.threadId)) continue;
      seen.add(row.element);
      const status = statuses.get(row.threadId) ?? null;
      const job = looksJob.get(rowKey(row));
      if (job === undefined && !status) unclassified.push(row);
      if (status) notice(row, status);
      drawRow(row, status, Boolean(job));
    }
    if (unclassified.length > 0 && !classifying) classify(unclassified);
    rows.keepOnly(new Set([...seen].filter((element) => element.isConnected)));
  }

  /**
   * One call for the rows not judged yet; the rest wait for the next pass. A row's cache key
   * holds its subject and snippet, too long for the protocol: the call numbers the rows.
   */
  function classify(unclassified: ListRow[]): void {
    const now = new Date().toISOString();
    const cacheKeys: string[] = [];
    const inputs: ListRowInput[] = [];
    for (const row of unclassified) {
      if (inputs.length >= LIMITS.rows) break;
      const key = rowKey(row);
      if (cacheKeys.includes(key) || looksJob.has(key)) continue;
      const input = rowInput(row, String(cacheKeys.length), now);
      // A row the background cannot be asked about (no sender address) is not offered.
      if (!input) {
        looksJob.set(key, false);
        continue;
      }
      cacheKeys.push(key);
      inputs.push(input);
    }
    if (inputs.length === 0) return;
    classifying = call('classifyRows', { rows: inputs })
      .then(({ jobRelated }) => {
        const yes = new Set(jobRelated);
        cacheKeys.forEach((key, i) => looksJob.set(key, yes.has(String(i))));
      })
      .catch((error: unknown) => {
        // No "Track" rather than a broken page; these rows are not asked about again.
        for (const key of cacheKeys) looksJob.set(key, false);
        if (!warned)
          console.warn('[afterview] webmail list:', error instanceof Error ? error.message : error);
        warned = true;
      })
      .finally(() => {
        classifying = null;
        update(latest);
      });
  }

  /**
   * The reply watch (R5.5): a tracked thread's row shows a newer message than Afterview has
   * seen, without the thread being opened. The row's last participant is the newest
   * message's sender (webmail lists them in the order they wrote); the background records an
   * employer's message and proposes what it says, or proposes "Mark as sent" for the user's.
   */
  function notice(row: ListRow, status: ThreadStatus): void {
    const latestSender = row.senders.at(-1) ?? row.sender;
    if (!row.threadId || !row.date || !latestSender) return;
    if (status.lastMessageAt && Date.parse(row.date) <= Date.parse(status.lastMessageAt)) return;
    const key = `${row.threadId}|${row.date}`;
    if (noticed.has(key)) return;
    noticed.add(key);
    const account = site.readAccount();
    // In the sent folder the row shows whom the user wrote to; elsewhere, who wrote last.
    const fromUser = sentFolder || (account !== null && latestSender.email === account);
    const from = recipient(latestSender);
    if (!from) return;
    const threadId = row.threadId;
    void call('noticeReply', {
      threadId,
      at: row.date,
      from,
      fromUser,
      participants: row.senders
        .map((s) => s.email)
        .filter((e): e is string => e !== null && e !== account)
        .slice(0, LIMITS.addresses),
      subject: cut(row.subject, LIMITS.subject),
      snippet: cut(row.snippet, LIMITS.snippet),
    })
      .then(({ recorded, proposed }) => {
        if (!recorded && !proposed) return;
        statuses.delete(threadId);
        update(latest);
      })
      .catch((error: unknown) => console.warn('[afterview] webmail list:', error));
  }

  function drawRow(row: ListRow, status: ThreadStatus | null, job: boolean): void {
    const drawn = status ? `chip:${status.text}:${status.tone}` : job ? 'track' : 'none';
    // An unchanged row costs nothing: this runs for every row on every DOM batch.
    if (rows.shows(row.element, drawn)) return;
    const subject = drawn === 'none' ? null : site.rowAnchor(row);
    if (!subject) {
      rows.remove(row.element);
      return;
    }
    const threadId = row.threadId!;
    rows.draw(
      row.element,
      drawn,
      (host) => subject.before(host),
      () =>
        status ? (
          <button
            type="button"
            class={`av-chip av-chip--${status.tone}`}
            title={t('inpageChipTitle', status.company, status.role)}
            onClick={() => site.openThread(threadId)}
          >
            {status.text}
          </button>
        ) : (
          <button
            type="button"
            class="av-button av-quiet"
            aria-label={t('inpageTrackRow', row.subject)}
            onClick={(e) => trackRow(row, e.currentTarget)}
          >
            {t('inpageTrack')}
          </button>
        ),
    );
  }

  function trackRow(row: ListRow, opener: HTMLElement): void {
    const threadId = row.threadId!;
    openTrackPanel({
      understanding: blankUnderstanding(row.subject, row.sender),
      heading: t('inpageTrackFollowUp'),
      confirmLabel: t('inpageTrack'),
      opener,
      askSameJob: true,
      onConfirm: async (values) => {
        await call('trackThread', { ...values, threadId, messages: [] });
        statuses.delete(threadId);
        update(latest);
      },
    });
  }

  return { update, stop, invalidate };
}

/** A row is judged again only when what it shows changes. */
function rowKey(row: ListRow): string {
  return `${row.threadId}|${row.subject}|${row.snippet}`;
}
