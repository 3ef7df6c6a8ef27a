import { ActionButton } from '@/components/ActionButton';
import { inPageCss } from '@/components/inpage-css';
import { call } from '../../../messaging/client';
import { insertText } from '../../../content/insert';
import { type ShadowMount, mountShadow } from '../../../content/shadow';
import { findInvitationNote, findMessageComposer, normaliseProfileUrl } from '../read';

/**
 * Messages and invitations: "Insert follow-up" in the messaging composer, and "Insert note"
 * with a character counter in the invitation dialog (LinkedIn's limit, usually 300). Text
 * is inserted for the user to edit; nothing is ever sent.
 */
export function createWritingFeature(deps: { locale: string; profileUrl: () => string | null }) {
  const equipped = new Map<Element, ShadowMount>();

  function stop(): void {
    for (const mount of equipped.values()) mount.remove();
    equipped.clear();
  }

  function update(): void {
    const composer = findMessageComposer(document);
    const invitation = findInvitationNote(document);
    const live = new Set<Element>(
      [composer?.editor, invitation?.textarea].filter((e): e is HTMLElement => !!e),
    );
    for (const [element, mount] of equipped) {
      if (!live.has(element) || !element.isConnected) {
        mount.remove();
        equipped.delete(element);
      }
    }
    if (composer && !equipped.has(composer.editor)) {
      const profileUrl = composer.recipientProfileUrl
        ? normaliseProfileUrl(composer.recipientProfileUrl)
        : null;
      equipped.set(
        composer.editor,
        mountShadow(
          (host) => composer.editor.before(host),
          inPageCss,
          <ActionButton
            label="Insert follow-up"
            failure="Could not insert"
            action={async () => {
              if (!profileUrl) return 'Afterview cannot tell who this conversation is with.';
              const { draft, reason } = await call('draftForProfile', {
                profileUrl,
                note: false,
                locale: deps.locale,
              });
              if (!draft) return reason ?? 'Nothing is planned for this person.';
              insertText(composer.editor, draft.text);
              return `Inserted: ${draft.title}.`;
            }}
          />,
          'insert-follow-up',
        ),
      );
    }
    if (invitation && !equipped.has(invitation.textarea)) {
      const { textarea, maxLength } = invitation;
      equipped.set(
        textarea,
        mountShadow(
          (host) => textarea.after(host),
          inPageCss,
          <ActionButton
            label="Insert note"
            failure="Could not insert"
            counter={{ field: textarea, limit: maxLength }}
            action={async () => {
              const profileUrl = deps.profileUrl();
              if (!profileUrl) return 'Afterview cannot tell whose invitation this is.';
              const { draft, reason } = await call('draftForProfile', {
                profileUrl,
                note: true,
                locale: deps.locale,
              });
              if (!draft) return reason ?? 'Nothing is planned for this person.';
              const fitted = fitWithin(draft.text, maxLength);
              setFieldValue(textarea, fitted);
              return fitted.length < draft.text.length
                ? `Inserted, shortened to fit ${maxLength} characters: check the ending.`
                : `Inserted: ${draft.title}.`;
            }}
          />,
          'insert-note',
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
