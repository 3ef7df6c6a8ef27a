import type { PopupData, TaskView } from '@/lib/messaging/protocol';
import { t } from '@/lib/ui/i18n';
import { InterviewToday, LaterFold } from './InterviewDay';
import { matchesQuery, taskKey } from './logic';
import { type TaskAction, TaskItem } from './TaskItem';

interface Props {
  data: PopupData;
  locale: string;
  query: string;
  busy: boolean;
  onAction: (task: TaskView, action: TaskAction) => void;
}

/**
 * The follow-ups in three groups, overdue and due today first, filtered by the search. On
 * an interview day, tasks due more than a week ahead are folded under "Later", except while
 * the user searches: then every match shows.
 */
export function TaskList({ data, locale, query, busy, onAction }: Props) {
  const when = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: data.timeZone,
  });
  const searching = query.trim() !== '';
  const foldAfter = data.interviewToday && !searching ? data.interviewToday.foldAfter : null;
  const comingUp =
    foldAfter === null ? data.comingUp : data.comingUp.filter((task) => task.dueAt <= foldAfter);
  const later = foldAfter === null ? [] : data.comingUp.filter((task) => task.dueAt > foldAfter);
  const groups = [
    { key: 'overdue', heading: t('popupOverdue'), tasks: data.overdue, total: data.totals.overdue },
    { key: 'dueToday', heading: t('popupDueToday'), tasks: data.dueToday, total: data.totals.dueToday },
    { key: 'comingUp', heading: t('popupComingUp'), tasks: comingUp, total: comingUp.length },
  ].map((group) => ({ ...group, shown: group.tasks.filter((task) => matchesQuery(task, query)) }));

  const interview = data.interviewToday && (
    <InterviewToday day={data.interviewToday} locale={locale} timeZone={data.timeZone} />
  );
  if (groups.every((g) => g.tasks.length === 0) && later.length === 0) {
    return (
      <>
        {interview}
        <p class="muted">{t('popupNothingDue')}</p>
      </>
    );
  }
  if (searching && groups.every((g) => g.shown.length === 0)) {
    return (
      <>
        {interview}
        <p class="muted" role="status">
          {t('popupNoMatch', query.trim())}
        </p>
      </>
    );
  }
  return (
    <>
      {interview}
      {groups.map(({ key, heading, shown, tasks, total }) =>
        shown.length === 0 ? null : (
          <section key={key} class={`group group-${key}`} aria-labelledby={`group-${key}`}>
            <h3 id={`group-${key}`}>{t('popupGroupHeading', heading, searching ? shown.length : total)}</h3>
            <ul>
              {shown.map((task) => (
                <TaskItem key={taskKey(task)} task={task} when={when} busy={busy} onAction={onAction} />
              ))}
            </ul>
            {!searching && total > tasks.length && (
              <p class="muted small">{t('popupMoreInDashboard', total - tasks.length)}</p>
            )}
          </section>
        ),
      )}
      {later.length > 0 && <LaterFold tasks={later} when={when} busy={busy} onAction={onAction} />}
    </>
  );
}
