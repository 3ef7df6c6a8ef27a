import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { DraftChannel, MessageTone as Tone, TaskView } from '@/lib/model';
import type { DraftView } from '@/lib/messaging/ui';
import { recheck } from '@/lib/templates/compose';
import { t } from '@/lib/ui/i18n';
import { DraftChecks } from './DraftChecks';
import { DraftPreview } from './DraftPreview';
import { DraftRecipient, usableAddress } from './DraftRecipient';
import { recordChannel } from './logic';
import { SendActions } from './SendActions';

interface Props {
  task: TaskView;
  locale: string;
  onBack: () => void;
  /** The message was recorded as sent: back to the list, reloaded. */
  onSent: (task: TaskView) => void;
}

type Load =
  | { state: 'loading' }
  | { state: 'ready'; draft: DraftView }
  | { state: 'none' }
  | { state: 'error'; message: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A task's message, ready to edit and send: the gaps still to fill highlighted, the
 * proofreading flags kept current as the user types, tone and channel switches, and ways to
 * send it (copy, Gmail, the email app, a call) before marking it sent.
 */
export function DraftPanel({ task, locale, onBack, onSent }: Props) {
  const [choice, setChoice] = useState<{ tone: Tone | null; channel: DraftChannel | null }>({
    tone: null,
    channel: null,
  });
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [edited, setEdited] = useState(false);
  const [note, setNote] = useState<{ text: string; alert: boolean } | null>(null);
  const [sending, setSending] = useState(false);
  const [redrafting, setRedrafting] = useState(false);
  /** The address for this message as typed (the recipient's own until the user changes it). */
  const [to, setTo] = useState('');
  const recipientKey = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    // A re-draft (tone, channel) keeps the current one on screen until the new one arrives.
    setLoad((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    setRedrafting(true);
    call('draftTask', {
      opportunityId: task.opportunityId,
      taskId: task.id,
      tone: choice.tone,
      channel: choice.channel,
      locale,
    }).then(
      (draft) => {
        if (!current) return;
        setRedrafting(false);
        if (!draft) return setLoad({ state: 'none' });
        setSubject(draft.subject?.text ?? '');
        setBody(draft.body.text);
        setEdited(false);
        // A re-draft to the same person keeps the address the user typed.
        const key = draft.recipient ? (draft.recipient.id ?? draft.recipient.name) : '';
        if (key !== recipientKey.current) setTo(draft.recipient?.email ?? '');
        recipientKey.current = key;
        setLoad({ state: 'ready', draft });
      },
      (error: unknown) => {
        if (!current) return;
        setRedrafting(false);
        setLoad({ state: 'error', message: errorText(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [task.opportunityId, task.id, choice.tone, choice.channel, locale]);

  useEffect(() => headingRef.current?.focus(), []);

  const draft = load.state === 'ready' ? load.draft : null;
  const checked = useMemo(() => {
    if (!draft) return { flags: [], final: false };
    if (!edited) return { flags: draft.flags, final: draft.final };
    return recheck(draft, { subject: draft.subject ? subject : null, text: body });
  }, [draft, edited, subject, body]);

  const back = (
    <button type="button" class="link back" onClick={onBack}>
      ← {t('popupBack')}
    </button>
  );
  if (!draft) {
    return (
      <section class="draft" aria-labelledby="draft-heading">
        {back}
        <h2 id="draft-heading" ref={headingRef} tabIndex={-1}>
          {task.company}
        </h2>
        {load.state === 'loading' && <p aria-busy="true">{t('popupDrafting')}</p>}
        {load.state === 'none' && <p>{t('popupNoDraft')}</p>}
        {load.state === 'error' && <p role="alert">{t('popupActionFailed', load.message)}</p>}
      </section>
    );
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft.subject ? `${subject}\n\n${body}` : body);
      setNote({ text: t('popupCopied'), alert: false });
    } catch (error) {
      setNote({ text: t('popupCopyFailed', errorText(error)), alert: true });
    }
  };
  const markSent = async () => {
    setSending(true);
    try {
      await call('markSent', {
        opportunityId: task.opportunityId,
        taskId: task.id,
        channel: recordChannel(draft.channel),
      });
      onSent(task);
    } catch (error) {
      setSending(false);
      setNote({ text: t('popupActionFailed', errorText(error)), alert: true });
    }
  };

  return (
    <section class="draft" aria-labelledby="draft-heading" aria-busy={redrafting}>
      {back}
      <h2 id="draft-heading" ref={headingRef} tabIndex={-1}>
        {draft.title}
      </h2>
      <p class="muted">
        {task.company}
        {draft.recipient ? ` · ${draft.recipient.name}` : ''}
      </p>
      <DraftRecipient
        draft={draft}
        to={to}
        onTo={setTo}
        onSaved={(email) => {
          setTo(email);
          if (draft.recipient)
            setLoad({ state: 'ready', draft: { ...draft, recipient: { ...draft.recipient, email } } });
        }}
      />

      <div class="draft-controls">
        {draft.tone && (
          <fieldset class="tone">
            <legend>{t('popupTone')}</legend>
            {(['warm', 'formal'] as const).map((tone) => (
              <label key={tone}>
                <input
                  type="radio"
                  name="tone"
                  value={tone}
                  checked={draft.tone === tone}
                  onChange={() => setChoice({ ...choice, tone })}
                />{' '}
                {t(tone === 'warm' ? 'popupToneWarm' : 'popupToneFormal')}
              </label>
            ))}
          </fieldset>
        )}
        {draft.channels.length > 1 && (
          <label class="channel">
            {t('popupDraftChannel')}{' '}
            <select
              value={draft.channel}
              onChange={(event) =>
                setChoice({ ...choice, channel: event.currentTarget.value as DraftChannel })
              }
            >
              {draft.channels.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`popupDraftChannel_${channel}` as const)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      <DraftPreview draft={draft} flags={checked.flags} subject={subject} body={body} />

      {draft.subject && (
        <label class="field">
          {t('popupSubject')}
          <textarea
            rows={1}
            value={subject}
            onInput={(event) => {
              setSubject(event.currentTarget.value);
              setEdited(true);
            }}
          />
        </label>
      )}
      <label class="field">
        {t('popupBody')}
        <textarea
          rows={10}
          value={body}
          onInput={(event) => {
            setBody(event.currentTarget.value);
            setEdited(true);
          }}
        />
      </label>

      <DraftChecks draft={draft} flags={checked.flags} />

      <SendActions
        draft={draft}
        to={usableAddress(to)}
        subject={subject}
        body={body}
        final={checked.final}
        busy={sending || redrafting}
        onCopy={() => void copy()}
        onMarkSent={() => void markSent()}
      />
      {note && (
        <p role={note.alert ? 'alert' : 'status'} class={note.alert ? 'error' : 'ok'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
