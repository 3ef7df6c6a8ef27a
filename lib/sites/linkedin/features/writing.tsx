import { useEffect, useState } from 'preact/hooks';
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
          <InsertButton
            label="Insert follow-up"
            onInsert={async () => {
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
          <InsertButton
            label="Insert note"
            counter={{ textarea, maxLength }}
            onInsert={async () => {
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

function InsertButton(props: {
  label: string;
  onInsert: () => Promise<string>;
  counter?: { textarea: HTMLTextAreaElement; maxLength: number };
}) {
  const [note, setNote] = useState<string | null>(null);
  const [length, setLength] = useState(props.counter?.textarea.value.length ?? 0);
  useEffect(() => {
    const field = props.counter?.textarea;
    if (!field) return;
    const count = () => setLength(field.value.length);
    field.addEventListener('input', count);
    return () => field.removeEventListener('input', count);
  }, [props.counter]);
  return (
    <span>
      <button
        type="button"
        class="av-button"
        onClick={() => {
          props
            .onInsert()
            .then(setNote)
            .catch((error: unknown) =>
              setNote(`Could not insert: ${error instanceof Error ? error.message : String(error)}`),
            );
        }}
      >
        {props.label}
      </button>
      {props.counter && (
        <span class="av-note" aria-live="polite" data-counter>
          {length}/{props.counter.maxLength}
        </span>
      )}
      {note && (
        <span class="av-note" role="status">
          {note}
        </span>
      )}
    </span>
  );
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
