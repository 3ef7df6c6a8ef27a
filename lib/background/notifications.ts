import { browser } from 'wxt/browser';
import type { StoredTask } from '../model';
import { t } from '../ui/i18n';
import { taskTitle } from '../ui/labels';
import type { Db } from '../store/db';
import { opportunityById, personById } from '../store/reads';

const PREFIX = 'afterview|';
const SUMMARY_ID = `${PREFIX}summary`;
/** More than this at once becomes one summary instead of a stack of notifications. */
const MAX_SINGLE = 3;

export interface NotificationTarget {
  opportunityId: string;
  taskId: string;
}

export function notificationId(task: NotificationTarget): string {
  return `${PREFIX}${encodeURIComponent(task.opportunityId)}|${encodeURIComponent(task.taskId)}`;
}

/** The task a notification is about, or null for the summary or anything not ours. */
export function parseNotificationId(id: string): NotificationTarget | null {
  if (!id.startsWith(PREFIX) || id === SUMMARY_ID) return null;
  const [opportunityId, taskId] = id.slice(PREFIX.length).split('|');
  if (!opportunityId || !taskId) return null;
  return { opportunityId: decodeURIComponent(opportunityId), taskId: decodeURIComponent(taskId) };
}

/** Firefox shows no notification buttons; there a click opens Afterview instead. */
const supportsButtons = !import.meta.env.FIREFOX;
export const BUTTONS = { done: 0, snooze: 1 } as const;

export async function notifyDue(db: Db, tasks: StoredTask[]): Promise<void> {
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (tasks.length > MAX_SINGLE) {
    await browser.notifications.create(SUMMARY_ID, {
      type: 'basic',
      iconUrl,
      title: t('notifyManyTitle', tasks.length),
      message: t('notifyManyMessage'),
    });
    return;
  }
  for (const task of tasks) {
    const opportunity = await opportunityById(db, task.opportunityId);
    const person = task.person ? await personById(db, task.person) : undefined;
    await browser.notifications.create(
      notificationId({ opportunityId: task.opportunityId, taskId: task.id }),
      {
        type: 'basic',
        iconUrl,
        title: taskTitle(task.kind, person?.name ?? null),
        message: opportunity
          ? t('notifyOneMessage', opportunity.role, opportunity.company, task.rule)
          : t('notifyOneRule', task.rule),
        ...(supportsButtons ? { buttons: [{ title: t('notifyDone') }, { title: t('notifySnooze') }] } : {}),
      },
    );
  }
}

/** What a notification button does: Done, or Snooze until the same time tomorrow. */
export function stateForButton(target: NotificationTarget, button: number, now: Date) {
  const base = { opportunityId: target.opportunityId, id: target.taskId };
  return button === BUTTONS.done
    ? { ...base, state: 'done' as const }
    : { ...base, state: 'snoozed' as const, until: new Date(now.getTime() + 86_400_000).toISOString() };
}
