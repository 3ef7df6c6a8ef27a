import { inPageCss } from '@/components/inpage-css';
import type { ThreadStatus, ThreadUnderstanding, UnderstandThreadParams } from '../../../messaging/gmail';
import { call } from '../../../messaging/client';
import { type ShadowMount, mountShadow } from '../../../content/shadow';
import type { MailThread, WebmailSite } from '../site';
import { blankUnderstanding, messagesForStore, threadInput } from '../understand';
import { t } from '../../../ui/i18n';
import { openTrackPanel, verdictWords } from './panel';

/**
 * The open thread: a "Track follow-up" button beside the subject of an interview thread, a
 * status chip once it is tracked, new messages recorded as touches, and a rejection or offer
 * proposed as an outcome — applied only when the user says so.
 *
 * The thread is understood in the background (`understandThread`): the page only sends what
 * it read. Nothing is offered until that answer arrives, an answer for a thread or a version
 * of it no longer on screen is dropped, and a failure leaves the page as it was.
 */
export function createThreadFeature(site: WebmailSite, deps: { locale: string }) {
  let state: {
    threadId: string;
    mount: ShadowMount;
    input: UnderstandThreadParams;
    /** undefined while asked, null when the background could not answer. */
    understanding: ThreadUnderstanding | null | undefined;
    /** Which question the current answer must belong to (the thread may change meanwhile). */
    asked: number;
    key: string;
    status: ThreadStatus | null | undefined;
    recorded: Set<string>;
    dismissed: Set<string>;
  } | null = null;
  let warned = false;

  /** One warning per page, however often the background fails: the console is the site's too. */
  function warnOnce(error: unknown): void {
    if (warned) return;
    warned = true;
    warn(error);
  }

  function stop(): void {
    state?.mount.remove();
    state = null;
  }

  function render(): void {
    if (!state) return;
    const { status, understanding } = state;
    const outcome = understanding?.outcome ?? null;
    // Tests can see where the thread stands without reading our shadow root; "untracked" only
    // once the thread is understood too, so no button can still be coming.
    state.mount.showState(
      status ? 'tracked' : status === null && understanding !== undefined ? 'untracked' : 'loading',
    );
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
            title={t('inpageChipTitle', status.company, status.role)}
            onClick={(e) => openPanel(e.currentTarget, true)}
          >
            {status.text}
          </button>
        ) : status === null && understanding?.jobRelated ? (
          <button type="button" class="av-button" onClick={(e) => openPanel(e.currentTarget, false)}>
            {t('inpageTrackFollowUp')}
          </button>
        ) : null}
        {proposeOutcome && (
          <span class="av-proposal" role="status">
            {verdictWords(proposeOutcome.label, understanding?.certain ?? false)}
            {proposeOutcome.quote ? t('inpageQuoted', proposeOutcome.quote) : ''}.
            <button
              type="button"
              onClick={() => confirmOutcome(proposeOutcome.label, proposeOutcome.messageId)}
            >
              {proposeOutcome.label === 'rejection' ? t('inpageCloseNotSelected') : t('inpageRecordOffer')}
            </button>
            <button
              type="button"
              onClick={() => {
                state?.dismissed.add(proposeOutcome.messageId);
                render();
              }}
            >
              {t('inpageNotNow')}
            </button>
          </span>
        )}
      </span>,
    );
  }

  function openPanel(opener: HTMLElement, tracked: boolean): void {
    if (!state) return;
    const { threadId, input } = state;
    // A tracked thread's chip opens the panel even if the background could not read it.
    const understanding =
      state.understanding ?? blankUnderstanding(input.subject, input.messages[0]?.from ?? null);
    openTrackPanel({
      understanding,
      heading: tracked ? t('inpageUpdateFollowUp') : t('inpageTrackFollowUp'),
      confirmLabel: tracked ? t('inpageSave') : t('inpageTrack'),
      opener,
      askSameJob: !tracked,
      onConfirm: async (values) => {
        await call('trackThread', {
          ...values,
          threadId,
          messages: messagesForStore(input, state?.understanding ?? null),
        });
        for (const m of input.messages) state?.recorded.add(m.messageId);
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

  /**
   * Messages on the page the background has not been told about yet (it ignores repeats).
   * Only once the thread is understood (or could not be), so each is stored with its label.
   */
  async function recordNew(): Promise<void> {
    const current = state;
    if (!current?.status || current.understanding === undefined) return;
    const fresh = messagesForStore(current.input, current.understanding).filter(
      (m) => !current.recorded.has(m.messageId),
    );
    if (fresh.length === 0) return;
    for (const m of fresh) current.recorded.add(m.messageId);
    const { added } = await call('recordThreadMessages', { threadId: current.threadId, messages: fresh });
    if (added > 0) await refreshStatus();
  }

  /** Ask the background what the thread means; only the latest question's answer counts. */
  function understand(current: NonNullable<typeof state>): void {
    const asked = ++current.asked;
    const stale = () => state !== current || current.asked !== asked;
    call('understandThread', current.input)
      .then(
        (understanding) => {
          if (stale()) return false;
          current.understanding = understanding;
          return true;
        },
        (error: unknown) => {
          if (stale()) return false;
          // No button rather than a wrong one; an earlier answer stays on screen.
          current.understanding ??= null;
          warnOnce(error);
          return true;
        },
      )
      .then((answered) => {
        if (!answered) return;
        render();
        return recordNew();
      })
      .catch(warn);
  }

  function update(thread: MailThread): void {
    const heading = site.threadAnchor();
    if (!thread.threadId || !heading) return stop();
    const key = thread.messages.map((m) => m.messageId ?? '').join('|');
    if (state?.threadId !== thread.threadId) {
      stop();
      const mount = mountShadow((host) => heading.after(host), inPageCss, null, 'thread');
      state = {
        threadId: thread.threadId,
        mount,
        input: threadInput(thread, site.readAccount()),
        understanding: undefined,
        asked: 0,
        key,
        status: undefined,
        recorded: new Set(),
        dismissed: new Set(),
      };
      understand(state);
      void refreshStatus().then(recordNew).catch(warn);
      return;
    }
    // The site may redraw the heading; keep our host beside it.
    if (!state.mount.host.isConnected || state.mount.host.previousElementSibling !== heading)
      heading.after(state.mount.host);
    if (state.key !== key) {
      state.key = key;
      state.input = threadInput(thread, site.readAccount());
      // The previous answer stays on screen until the new one arrives.
      understand(state);
    }
  }

  return { update, stop };
}

function warn(error: unknown): void {
  console.warn('[afterview] webmail thread:', error instanceof Error ? error.message : error);
}
