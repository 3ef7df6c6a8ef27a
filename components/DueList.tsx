import type { PopupData, TaskView } from '@/lib/messaging/protocol';
import { taskTitle } from '@/lib/playbook/labels';

interface Props {
  data: PopupData;
  locale: string;
}

/** What to do now and next: overdue, due today, coming up; each with its company and rule. */
export function DueList({ data, locale }: Props) {
  const groups: Array<[string, TaskView[], number]> = [
    ['Overdue', data.overdue, data.totals.overdue],
    ['Due today', data.dueToday, data.totals.dueToday],
    ['Coming up', data.comingUp.slice(0, 5), data.comingUp.length],
  ];
  if (groups.every(([, tasks]) => tasks.length === 0)) {
    return (
      <p class="muted">
        Nothing to do yet. Track an interview email in Gmail, or add someone from LinkedIn, and your
        follow-ups appear here.
      </p>
    );
  }
  const when = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: data.timeZone,
  });
  return (
    <>
      {groups.map(([heading, tasks, total]) =>
        tasks.length === 0 ? null : (
          <section key={heading} aria-label={heading}>
            <h3>
              {heading} ({total})
            </h3>
            <ul>
              {tasks.map((task) => (
                <li key={`${task.opportunityId}|${task.id}`}>
                  <span class="task-title">{taskTitle(task.kind, task.personName)}</span>
                  <span class="muted">
                    {' '}
                    · {task.company} · {when.format(new Date(task.due))} · {task.rule}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </>
  );
}
