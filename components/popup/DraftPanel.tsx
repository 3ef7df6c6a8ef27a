import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { DraftChannel, MessageTone as Tone, TaskView } from '@/lib/model';
import type { DraftView } from '@/lib/messaging/ui';
import { recheck } from '@/lib/templates/compose';
import { t } from '@/lib/ui/i18n';
import { gmailComposeUrl, mailtoUrl, telUrl } from '@/lib/ui/links';
import { recordChannel, segments } from './logic';

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

  const gaps = (field: 'text' | 'subject') =>
    checked.flags.filter((f) => f.code === 'gap' && f.field === field);
  const mail = { to: draft.recipient?.email ?? null, subject: draft.subject ? subject : null, body };
  const tel = telUrl(draft.recipient?.phone);
  const isEmail = draft.channel === 'email';

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

      <div class="preview">
        <h3 id="preview-heading">{t('popupPreview')}</h3>
        {gaps('text').length + gaps('subject').length > 0 && (
          <p class="muted small">{t('popupPreviewNote')}</p>
        )}
        {draft.subject && (
          <p class="preview-subject" data-testid="preview-subject">
            <Highlighted text={subject} ranges={gaps('subject')} />
          </p>
        )}
        {/* Focusable so a keyboard user can scroll a long preview. */}
        <div
          class="preview-body"
          data-testid="preview-body"
          tabIndex={0}
          role="region"
          aria-label={t('popupPreview')}
        >
          <Highlighted text={body} ranges={gaps('text')} />
        </div>
      </div>

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

      <section class="flags" aria-labelledby="flags-heading" aria-live="polite">
        <h3 id="flags-heading">{t('popupFlags')}</h3>
        {checked.flags.length === 0 ? (
          <p class="ok">{t('popupNoFlags')}</p>
        ) : (
          <ul>
            {checked.flags.map((flag, i) => (
              <li key={`${flag.code}-${flag.field}-${flag.start}-${i}`} data-code={flag.code}>
                {flag.message}
              </li>
            ))}
          </ul>
        )}
      </section>

      {draft.hints.length > 0 && (
        <section class="hints" aria-labelledby="hints-heading">
          <h3 id="hints-heading">{t('popupHints')}</h3>
          <ul>
            {draft.hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </section>
      )}

      {draft.agencyPreview && (
        <details class="agency">
          <summary>{t('popupAgencyPreview')}</summary>
          {draft.agencyPreview.to && <p class="muted">{t('popupAgencyTo', draft.agencyPreview.to)}</p>}
          {draft.agencyPreview.subject && <p class="preview-subject">{draft.agencyPreview.subject.text}</p>}
          <div class="preview-body" tabIndex={0} role="region" aria-label={t('popupAgencyPreviewBody')}>
            {draft.agencyPreview.body.text}
          </div>
        </details>
      )}

      <div class="send" role="group" aria-label={t('popupMarkSent')}>
        <button type="button" onClick={() => void copy()}>
          {t('popupCopy')}
        </button>
        {isEmail && (
          <a class="button" href={gmailComposeUrl(mail)} target="_blank" rel="noreferrer">
            {t('popupOpenGmail')} <span class="visually-hidden">{t('popupNewTab')}</span>
          </a>
        )}
        {isEmail && (
          <a class="button" href={mailtoUrl(mail)}>
            {t('popupEmailApp')}
          </a>
        )}
        {tel && draft.recipient?.phone && (
          <a class="button" href={tel}>
            {t('popupCall', draft.recipient.phone)}
          </a>
        )}
      </div>
      <div class="mark-sent">
        <button
          type="button"
          class="primary"
          disabled={!checked.final || sending || redrafting}
          aria-describedby="mark-sent-why"
          onClick={() => void markSent()}
        >
          {t('popupMarkSent')}
        </button>
        <p id="mark-sent-why" class="muted small">
          {checked.final ? t('popupMarkSentReady') : t('popupMarkSentBlocked')}
        </p>
      </div>
      {note && (
        <p role={note.alert ? 'alert' : 'status'} class={note.alert ? 'error' : 'ok'}>
          {note.text}
        </p>
      )}
    </section>
  );
}

/** Text with the given ranges in <mark>, built as nodes (never markup). */
function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: ReadonlyArray<{ start: number; end: number }>;
}) {
  return (
    <>
      {segments(text, ranges).map((piece, i) =>
        piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}
