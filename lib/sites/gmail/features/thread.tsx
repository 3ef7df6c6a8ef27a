import { inPageCss } from '@/components/inpage-css';
import type { ThreadStatus } from '../../../messaging/gmail';
import { call } from '../../../messaging/client';
import { type ShadowMount, mountShadow } from '../../../content/shadow';
import type { GmailThread } from '../read';
import * as S from '../selectors';
import { type Understanding, understandThread } from '../understand';
import { openTrackPanel } from './panel';

/**
 * The open thread: a "Track follow-up" button beside the subject of an interview thread, a
 * status chip once it is tracked, new messages recorded as touches, and a rejection or offer
 * proposed as an outcome — applied only when the user says so.
 */
export function createThreadFeature(deps: { account: () => string | null; locale: string }) {
  let state: {
    threadId: string;
    mount: ShadowMount;
    understanding: Understanding;
    key: string;
    status: ThreadStatus | null | undefined;
    recorded: Set<string>;
    dismissed: Set<string>;
  } | null = null;

  function stop(): void {
    state?.mount.remove();
    state = null;
  }

  function render(): void {
    if (!state) return;
    const { status, understanding } = state;
    const outcome = understanding.outcome;
    // Tests and the curious can see where the thread stands without reading our shadow root.
    state.mount.host.dataset.state = status ? 'tracked' : status === null ? 'untracked' : 'loading';
    const proposeOutcome =
      status && status.tone !== 'closed' && outcome && !state.dismissed.has(outcome.messageId)
        ? outcome
        : null;
    state.mount.update(
      <span>
        {status ? (
          <button
            type="button"
            class={`av-chip av-chip--${status.tone}`}
            title={`Afterview: ${status.company} — ${status.role}`}
            onClick={(e) => openPanel(e.currentTarget, true)}
          >
            {status.text}
          </button>
        ) : status === null && understanding.jobRelated ? (
          <button type="button" class="av-button" onClick={(e) => openPanel(e.currentTarget, false)}>
            Track follow-up
          </button>
        ) : null}
        {proposeOutcome && (
          <span class="av-proposal" role="status">
            {proposeOutcome.label === 'rejection'
              ? 'This looks like a rejection'
              : 'This looks like an offer'}
            {proposeOutcome.quote ? `: “${proposeOutcome.quote}”` : ''}.
            <button
              type="button"
              onClick={() => confirmOutcome(proposeOutcome.label, proposeOutcome.messageId)}
            >
              {proposeOutcome.label === 'rejection' ? 'Close as not selected' : 'Record the offer'}
            </button>
            <button
              type="button"
              onClick={() => {
                state?.dismissed.add(proposeOutcome.messageId);
                render();
              }}
            >
              Not now
            </button>
          </span>
        )}
      </span>,
    );
  }

  function openPanel(opener: HTMLElement, tracked: boolean): void {
    if (!state) return;
    const { threadId, understanding } = state;
    openTrackPanel({
      understanding,
      heading: tracked ? 'Update this follow-up' : 'Track follow-up',
      confirmLabel: tracked ? 'Save' : 'Track',
      opener,
      onConfirm: async (values) => {
        await call('trackThread', {
          ...values,
          threadId,
          opportunityId: null,
          messages: understanding.messages,
        });
        for (const m of understanding.messages) state?.recorded.add(m.messageId);
        await refreshStatus();
      },
    });
  }

  async function confirmOutcome(label: 'rejection' | 'offer', messageId: string): Promise<void> {
    if (!state) return;
    await call('confirmOutcome', {
      threadId: state.threadId,
      outcome: label === 'rejection' ? 'rejected' : 'offer',
      messageId,
    });
    state.dismissed.add(messageId);
    await refreshStatus();
  }

  async function refreshStatus(): Promise<void> {
    const current = state;
    if (!current) return;
    const [status] = await call('threadStatuses', { threadIds: [current.threadId], locale: deps.locale });
    if (state !== current) return;
    current.status = status ?? null;
    render();
  }

  /** Messages on the page the background has not been told about yet (it ignores repeats). */
  async function recordNew(): Promise<void> {
    const current = state;
    if (!current?.status) return;
    const fresh = current.understanding.messages.filter((m) => !current.recorded.has(m.messageId));
    if (fresh.length === 0) return;
    for (const m of fresh) current.recorded.add(m.messageId);
    const { added } = await call('recordThreadMessages', { threadId: current.threadId, messages: fresh });
    if (added > 0) await refreshStatus();
  }

  function update(thread: GmailThread): void {
    const heading = S.queryFirst(document, S.threadSubject);
    if (!thread.threadId || !heading) return stop();
    const key = thread.messages.map((m) => m.messageId ?? '').join('|');
    if (state?.threadId !== thread.threadId) {
      stop();
      const mount = mountShadow((host) => heading.after(host), inPageCss, null, 'thread');
      state = {
        threadId: thread.threadId,
        mount,
        understanding: understandThread(thread, deps.account()),
        key,
        status: undefined,
        recorded: new Set(),
        dismissed: new Set(),
      };
      void refreshStatus().then(recordNew).catch(warn);
      return;
    }
    // Gmail may redraw the heading; keep our host beside it.
    if (!state.mount.host.isConnected || state.mount.host.previousElementSibling !== heading)
      heading.after(state.mount.host);
    if (state.key !== key) {
      state.key = key;
      state.understanding = understandThread(thread, deps.account());
      render();
      void recordNew().catch(warn);
    }
  }

  return { update, stop };
}

function warn(error: unknown): void {
  console.warn('[afterview] Gmail thread:', error instanceof Error ? error.message : error);
}
