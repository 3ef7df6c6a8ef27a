import { ActionButton } from '@/components/ActionButton';
import { inPageCss } from '@/components/inpage-css';
import { call } from '../../../messaging/client';
import { keyedMounts } from '../../../content/mounts';
import { insertText } from '../../../content/insert';
import { t } from '../../../ui/i18n';
import type { WebmailSite } from '../site';

/**
 * "Insert follow-up" beside a reply box or a new message: it asks the background for the
 * message of the task due for these recipients and inserts it as plain text for the user
 * to edit. Nothing is ever sent.
 */
export function createWritingFeature(
  site: WebmailSite,
  deps: { locale: string; threadId: () => string | null },
) {
  const equipped = keyedMounts<HTMLElement>('insert-follow-up', inPageCss);

  function stop(): void {
    equipped.clear();
  }

  function update(): void {
    const surfaces = [
      ...site.findReplyBoxes().map((box) => ({
        body: box.body,
        subject: null,
        recipients: () => box.recipients,
        inThread: true,
      })),
      ...site.findComposeWindows().map((w) => ({
        body: w.body,
        subject: w.subject,
        // Read at click time: the user may have changed the recipients since the window opened.
        recipients: () =>
          site.findComposeWindows().find((x) => x.body === w.body)?.recipients ?? w.recipients,
        inThread: false,
      })),
    ];
    equipped.keepOnly(new Set(surfaces.map((s) => s.body).filter((body) => body.isConnected)));
    for (const surface of surfaces) {
      equipped.draw(
        surface.body,
        'button',
        (host) => surface.body.before(host),
        () => (
          <ActionButton
            label={t('inpageInsertFollowUp')}
            failure={t('inpageCouldNotInsert')}
            action={async () => {
              const draft = await call('draftFollowUp', {
                threadId: surface.inThread ? deps.threadId() : null,
                emails: surface.recipients(),
                locale: deps.locale,
              });
              if (!draft) return t('inpageNothingPlanned');
              insertText(surface.body, draft.text);
              if (surface.subject && !surface.subject.value.trim() && draft.subject) {
                surface.subject.value = draft.subject;
                surface.subject.dispatchEvent(new Event('input', { bubbles: true }));
              }
              return draft.final ? t('inpageInserted', draft.title) : t('inpageInsertedFill', draft.title);
            }}
          />
        ),
      );
    }
  }

  return { update, stop };
}
