import { useState } from 'preact/hooks';
import type { PopupData, TaskView } from '@/lib/messaging/protocol';
import { t } from '@/lib/ui/i18n';
import { taskKey } from './logic';
import { type TaskAction, TaskItem } from './TaskItem';

type InterviewDay = NonNullable<PopupData['interviewToday']>;

/** "Interview today: 2:00 PM, Brightwater Labs — good luck" (issue 16, interview-day quiet). */
export function InterviewToday({
  day,
  locale,
  timeZone,
}: {
  day: InterviewDay;
  locale: string;
  timeZone: string;
}) {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(day.start),
  );
  return (
    <p class="interview-today">
      {t(day.over ? 'popupInterviewTodayOver' : 'popupInterviewToday', time, day.company)}
    </p>
  );
}

interface LaterProps {
  tasks: TaskView[];
  when: Intl.DateTimeFormat;
  busy: boolean;
  onAction: (task: TaskView, action: TaskAction) => void;
}

/** Tasks weeks away, folded on an interview day: closed until the user opens it. */
export function LaterFold({ tasks, when, busy, onAction }: LaterProps) {
  const [open, setOpen] = useState(false);
  return (
    <section class="group group-later" aria-labelledby="group-later">
      <h3>
        <button
          type="button"
          id="group-later"
          class="fold"
          aria-expanded={open}
          aria-controls="group-later-tasks"
          onClick={() => setOpen(!open)}
        >
          {t('popupLaterFolded', tasks.length)}
        </button>
      </h3>
      <ul id="group-later-tasks" hidden={!open}>
        {open &&
          tasks.map((task) => (
            <TaskItem key={taskKey(task)} task={task} when={when} busy={busy} onAction={onAction} />
          ))}
      </ul>
    </section>
  );
}
