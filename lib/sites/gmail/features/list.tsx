import { inPageCss } from '@/components/inpage-css';
import type { ThreadStatus } from '../../../messaging/gmail';
import { call } from '../../../messaging/client';
import { type ShadowMount, mountShadow } from '../../../content/shadow';
import type { ListRow } from '../read';
import * as S from '../selectors';
import { rowLooksJobRelated } from '../understand';
import { openTrackPanel } from './panel';

interface RowUi {
  mount: ShadowMount;
  /** What is drawn now, so an unchanged row costs nothing on the next pass. */
  drawn: string;
}

/**
 * Thread lists: a small status chip on rows of tracked threads, and a quiet "Track" on rows
 * that look interview-related. Each row is read once per change; statuses are asked for in
 * one batch for the ids not seen yet.
 */
export function createListFeature(deps: { locale: string; openThread: (threadId: string) => void }) {
  const statuses = new Map<string, ThreadStatus | null>();
  const looksJob = new Map<string, boolean>();
  const rows = new Map<Element, RowUi>();
  let asking: Promise<void> | null = null;
  let latest: ListRow[] = [];

  function stop(): void {
    for (const ui of rows.values()) ui.mount.remove();
    rows.clear();
  }

  /** Forget what the background said (after tracking something). */
  function invalidate(): void {
    statuses.clear();
  }

  function update(list: ListRow[]): void {
    latest = list;
    const unknown = list
      .map((r) => r.threadId)
      .filter((id): id is string => id !== null && !statuses.has(id));
    if (unknown.length > 0 && !asking) {
      asking = call('threadStatuses', { threadIds: unknown.slice(0, 500), locale: deps.locale })
        .then((found) => {
          for (const id of unknown) statuses.set(id, null);
          for (const status of found) statuses.set(status.threadId, status);
        })
        .catch((error: unknown) => console.warn('[afterview] Gmail list:', error))
        .finally(() => {
          asking = null;
          update(latest);
        });
    }
    const seen = new Set<Element>();
    const now = new Date().toISOString();
    for (const row of list) {
      if (!row.threadId || !statuses.has(row.threadId)) continue;
      seen.add(row.element);
      const status = statuses.get(row.threadId) ?? null;
      const key = `${row.threadId}|${row.subject}|${row.snippet}`;
      let job = looksJob.get(key);
      if (job === undefined && !status) looksJob.set(key, (job = rowLooksJobRelated(row, now)));
      drawRow(row, status, Boolean(job));
    }
    for (const [element, ui] of rows) {
      if (!seen.has(element) || !element.isConnected) {
        ui.mount.remove();
        rows.delete(element);
      }
    }
  }

  function drawRow(row: ListRow, status: ThreadStatus | null, job: boolean): void {
    const drawn = status ? `chip:${status.text}:${status.tone}` : job ? 'track' : 'none';
    let ui = rows.get(row.element);
    // An unchanged row costs nothing: this runs for every row on every DOM batch.
    if (ui && ui.drawn === drawn && ui.mount.host.isConnected) return;
    const subject = drawn === 'none' ? null : S.queryFirst(row.element, S.rowSubject);
    if (!subject) {
      ui?.mount.remove();
      rows.delete(row.element);
      return;
    }
    const threadId = row.threadId!;
    const content = status ? (
      <button
        type="button"
        class={`av-chip av-chip--${status.tone}`}
        title={`Afterview: ${status.company} — ${status.role}`}
        onClick={() => deps.openThread(threadId)}
      >
        {status.text}
      </button>
    ) : (
      <button
        type="button"
        class="av-button av-quiet"
        aria-label={`Track follow-up: ${row.subject}`}
        onClick={(e) => trackRow(row, e.currentTarget)}
      >
        Track
      </button>
    );
    if (!ui || !ui.mount.host.isConnected) {
      ui?.mount.remove();
      ui = { mount: mountShadow((host) => subject.before(host), inPageCss, content, 'row'), drawn };
      rows.set(row.element, ui);
    } else {
      ui.mount.update(content);
      ui.drawn = drawn;
    }
  }

  function trackRow(row: ListRow, opener: HTMLElement): void {
    const threadId = row.threadId!;
    openTrackPanel({
      understanding: {
        jobRelated: true,
        label: null,
        evidence: [],
        suggestion: {
          subject: row.subject,
          company: '',
          role: '',
          people: row.sender?.email
            ? [
                {
                  name: row.sender.name ?? row.sender.email,
                  email: row.sender.email,
                  phone: null,
                  role: 'recruiter',
                },
              ]
            : [],
          interviewAt: null,
          decisionBy: null,
        },
        messages: [],
        outcome: null,
      },
      heading: 'Track follow-up',
      confirmLabel: 'Track',
      opener,
      onConfirm: async (values) => {
        await call('trackThread', { ...values, threadId, opportunityId: null, messages: [] });
        statuses.delete(threadId);
        update(latest);
      },
    });
  }

  return { update, stop, invalidate };
}
