import type { DraftView } from '@/lib/messaging/ui';
import { t } from '@/lib/ui/i18n';
import { mailtoUrl, telUrl, webmailComposeUrl } from '@/lib/ui/links';

/** Ways to send the message (copy, the user's webmail, the mail app, a call) and "Mark as sent" once it is final. */
export function SendActions(props: {
  draft: DraftView;
  /** The address to send to: the recipient's, or the one the user typed for this message. */
  to: string | null;
  subject: string;
  body: string;
  final: boolean;
  busy: boolean;
  onCopy: () => void;
  onMarkSent: () => void;
}) {
  const { draft, subject, body } = props;
  const mail = { to: props.to, subject: draft.subject ? subject : null, body };
  const tel = telUrl(draft.recipient?.phone);
  const isEmail = draft.channel === 'email';
  return (
    <>
      <div class="send" role="group" aria-label={t('popupMarkSent')}>
        <button type="button" onClick={props.onCopy}>
          {t('popupCopy')}
        </button>
        {isEmail && (
          <a class="button" href={webmailComposeUrl(draft.webmail, mail)} target="_blank" rel="noreferrer">
            {t(draft.webmail.site === 'outlook' ? 'popupOpenOutlook' : 'popupOpenGmail')}{' '}
            <span class="visually-hidden">{t('popupNewTab')}</span>
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
          disabled={!props.final || props.busy}
          aria-describedby="mark-sent-why"
          onClick={props.onMarkSent}
        >
          {t('popupMarkSent')}
        </button>
        <p id="mark-sent-why" class="muted small">
          {props.final ? t('popupMarkSentReady') : t('popupMarkSentBlocked')}
        </p>
      </div>
    </>
  );
}
