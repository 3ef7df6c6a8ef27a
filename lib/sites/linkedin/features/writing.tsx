import { ActionButton } from '@/components/ActionButton';
import { inPageCss } from '@/components/inpage-css';
import { call } from '../../../messaging/client';
import { t } from '../../../ui/i18n';
import { insertText } from '../../../content/insert';
import { keyedMounts } from '../../../content/mounts';
import { findInvitationNote, findMessageComposer, normaliseProfileUrl } from '../read';

/**
 * Messages and invitations: "Insert follow-up" in the messaging composer, and "Insert note"
 * with a character counter in the invitation dialog (LinkedIn's limit, usually 300). Text
 * is inserted for the user to edit; nothing is ever sent.
 */
export function createWritingFeature(deps: { locale: string; profileUrl: () => string | null }) {
  const followUps = keyedMounts<Element>('insert-follow-up', inPageCss);
  const notes = keyedMounts<Element>('insert-note', inPageCss);

  function stop(): void {
    followUps.clear();
    notes.clear();
  }

  function update(): void {
    const composer = findMessageComposer(document);
    const invitation = findInvitationNote(document);
    followUps.keepOnly(new Set(composer?.editor.isConnected ? [composer.editor] : []));
    notes.keepOnly(new Set(invitation?.textarea.isConnected ? [invitation.textarea] : []));
    if (composer) {
      const profileUrl = composer.recipientProfileUrl
        ? normaliseProfileUrl(composer.recipientProfileUrl)
        : null;
      followUps.draw(
        composer.editor,
        'button',
        (host) => composer.editor.before(host),
        () => (
          <ActionButton
            label={t('inpageInsertFollowUp')}
            failure={t('inpageCouldNotInsert')}
            action={async () => {
              if (!profileUrl) return t('inpageWhoConversation');
              const { draft, reason } = await call('draftForProfile', {
                profileUrl,
                note: false,
                locale: deps.locale,
              });
              if (!draft) return reason ?? t('inpageNothingForPerson');
              insertText(composer.editor, draft.text);
              return t('inpageInserted', draft.title);
            }}
          />
        ),
      );
    }
    if (invitation) {
      const { textarea, maxLength } = invitation;
      notes.draw(
        textarea,
        'button',
        (host) => textarea.after(host),
        () => (
          <ActionButton
            label={t('inpageInsertNote')}
            failure={t('inpageCouldNotInsert')}
            counter={{ field: textarea, limit: maxLength }}
            action={async () => {
              const profileUrl = deps.profileUrl();
              if (!profileUrl) return t('inpageWhoInvitation');
              const { draft, reason } = await call('draftForProfile', {
                profileUrl,
                note: true,
                locale: deps.locale,
              });
              if (!draft) return reason ?? t('inpageNothingForPerson');
              const fitted = fitWithin(draft.text, maxLength);
              setFieldValue(textarea, fitted);
              return fitted.length < draft.text.length
                ? t('inpageShortened', maxLength)
                : t('inpageInserted', draft.title);
            }}
          />
        ),
      );
    }
  }

  return { update, stop };
}

/** Keep within the limit, cutting at the last sentence (or word) that fits. */
export function fitWithin(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  if (sentence > limit / 2) return cut.slice(0, sentence + 1);
  return cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : limit).trimEnd();
}

/**
 * Set a form field the way typing would, so the page's own framework sees the change: the
 * native value setter (a framework may wrap the instance's), then an input event.
 */
function setFieldValue(field: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.focus();
}
