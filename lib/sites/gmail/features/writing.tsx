import { ActionButton } from '@/components/ActionButton';
import { inPageCss } from '@/components/inpage-css';
import { call } from '../../../messaging/client';
import { type ShadowMount, mountShadow } from '../../../content/shadow';
import { insertText } from '../../../content/insert';
import { findComposeWindows, findReplyBoxes } from '../read';

/**
 * "Insert follow-up" beside a reply box or a new message: it asks the background for the
 * message of the task due for these recipients and inserts it as plain text for the user
 * to edit. Nothing is ever sent.
 */
export function createWritingFeature(deps: { locale: string; threadId: () => string | null }) {
  const equipped = new Map<HTMLElement, ShadowMount>();

  function stop(): void {
    for (const mount of equipped.values()) mount.remove();
    equipped.clear();
  }

  function update(root: ParentNode): void {
    const surfaces = [
      ...findReplyBoxes(root).map((box) => ({
        body: box.body,
        subject: null,
        recipients: () => box.recipients,
        inThread: true,
      })),
      ...findComposeWindows(root).map((w) => ({
        body: w.body,
        subject: w.subject,
        // Read at click time: the user may have changed the recipients since the window opened.
        recipients: () => findComposeWindows(root).find((x) => x.body === w.body)?.recipients ?? w.recipients,
        inThread: false,
      })),
    ];
    const live = new Set(surfaces.map((s) => s.body));
    for (const [body, mount] of equipped) {
      if (!live.has(body) || !body.isConnected) {
        mount.remove();
        equipped.delete(body);
      }
    }
    for (const surface of surfaces) {
      if (equipped.has(surface.body)) continue;
      const mount = mountShadow(
        (host) => surface.body.before(host),
        inPageCss,
        <ActionButton
          label="Insert follow-up"
          failure="Could not insert"
          action={async () => {
            const draft = await call('draftFollowUp', {
              threadId: surface.inThread ? deps.threadId() : null,
              emails: surface.recipients(),
              locale: deps.locale,
            });
            if (!draft) return 'Nothing is planned for these recipients yet.';
            insertText(surface.body, draft.text);
            if (surface.subject && !surface.subject.value.trim() && draft.subject) {
              surface.subject.value = draft.subject;
              surface.subject.dispatchEvent(new Event('input', { bubbles: true }));
            }
            return draft.final
              ? `Inserted: ${draft.title}.`
              : `Inserted: ${draft.title}. Fill the parts in [brackets] before sending.`;
          }}
        />,
        'insert-follow-up',
      );
      equipped.set(surface.body, mount);
    }
  }

  return { update, stop };
}
