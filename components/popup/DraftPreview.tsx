import type { DraftView } from '@/lib/messaging/ui';
import { t } from '@/lib/ui/i18n';
import { segments } from './logic';

/** The message as it will read, with the gaps still to fill marked. */
export function DraftPreview(props: {
  draft: DraftView;
  /** The flags for the text as it stands now (rechecked after the user's edits). */
  flags: DraftView['flags'];
  subject: string;
  body: string;
}) {
  const { draft, subject, body } = props;
  const gaps = (field: 'text' | 'subject') =>
    props.flags.filter((flag) => flag.code === 'gap' && flag.field === field);
  return (
    <div class="preview">
      <h3 id="preview-heading">{t('popupPreview')}</h3>
      {gaps('text').length + gaps('subject').length > 0 && <p class="muted small">{t('popupPreviewNote')}</p>}
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
