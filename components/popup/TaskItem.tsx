import { useEffect, useRef, useState } from 'preact/hooks';
import type { TaskView } from '@/lib/messaging/protocol';
import { taskTitle } from '@/lib/ui/labels';
import { t } from '@/lib/ui/i18n';
import { rulesHref } from '@/lib/ui/rules';
import { taskWhy } from '@/lib/ui/why';
import type { SnoozeChoice } from './logic';

export type TaskAction =
  | { type: 'done' }
  | { type: 'snooze'; choice: SnoozeChoice }
  | { type: 'skip'; reason: string }
  | { type: 'draft' };

interface Props {
  task: TaskView;
  /** Formats the due time in the user's locale and zone. */
  when: Intl.DateTimeFormat;
  busy: boolean;
  onAction: (task: TaskView, action: TaskAction) => void;
}

const snoozeChoices: Array<
  [SnoozeChoice, 'popupSnoozeLater' | 'popupSnoozeTomorrow' | 'popupSnoozeNextWeek']
> = [
  ['later', 'popupSnoozeLater'],
  ['tomorrow', 'popupSnoozeTomorrow'],
  ['nextWeek', 'popupSnoozeNextWeek'],
];

/** One follow-up: what, for whom, when and why (with its rule), and what the user can do with it. */
export function TaskItem({ task, when, busy, onAction }: Props) {
  const [open, setOpen] = useState<'none' | 'snooze' | 'skip'>('none');
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLInputElement>(null);
  const snoozeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open === 'skip') reasonRef.current?.focus();
    if (open === 'snooze') snoozeRef.current?.focus();
  }, [open]);

  const title = taskTitle(task.kind, task.personName);
  const id = `task-${task.opportunityId}-${task.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const channel = task.channel ? t(`popupChannel_${task.channel}` as const) : null;
  const due = when.format(new Date(task.due));
  const { locale, timeZone } = when.resolvedOptions();

  return (
    <li class="task" data-task={task.id} aria-labelledby={`${id}-title`}>
      <div class="task-head">
        <span class="task-title" id={`${id}-title`}>
          {title}
        </span>
        {task.demo && (
          <span class="tag" title={t('popupSampleTitle')}>
            {t('popupSample')}
          </span>
        )}
      </div>
      <div class="task-meta muted">
        {[task.company, channel, t('popupDue', due)].filter(Boolean).join(' · ')}
      </div>
      <p class="why">
        {taskWhy(task, { locale, timeZone })}{' '}
        <small class="rule">
          <a
            href={rulesHref(task.rule)}
            target="_blank"
            rel="noopener"
            title={t('rulesLinkLabel', task.rule)}
            aria-label={t('rulesLinkLabel', task.rule)}
          >
            {task.rule}
          </a>
        </small>
      </p>
      <div class="actions" role="group" aria-label={t('popupTaskActions', title)}>
        <button type="button" disabled={busy} onClick={() => onAction(task, { type: 'done' })}>
          {t('popupDone')}
        </button>
        <button
          type="button"
          disabled={busy}
          aria-expanded={open === 'snooze'}
          aria-controls={`${id}-snooze`}
          onClick={() => setOpen(open === 'snooze' ? 'none' : 'snooze')}
        >
          {t('popupSnooze')}
        </button>
        <button
          type="button"
          disabled={busy}
          aria-expanded={open === 'skip'}
          aria-controls={`${id}-skip`}
          onClick={() => setOpen(open === 'skip' ? 'none' : 'skip')}
        >
          {t('popupSkip')}
        </button>
        {task.channel && (
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => onAction(task, { type: 'draft' })}
          >
            {t('popupDraft')}
          </button>
        )}
      </div>
      {open === 'snooze' && (
        <div class="choices" id={`${id}-snooze`} role="group" aria-label={t('popupSnoozeChoices')}>
          {snoozeChoices.map(([choice, label], i) => (
            <button
              key={choice}
              type="button"
              ref={i === 0 ? snoozeRef : undefined}
              disabled={busy}
              onClick={() => {
                setOpen('none');
                onAction(task, { type: 'snooze', choice });
              }}
            >
              {t(label)}
            </button>
          ))}
          <button type="button" class="link" onClick={() => setOpen('none')}>
            {t('cancel')}
          </button>
        </div>
      )}
      {open === 'skip' && (
        <form
          class="choices"
          id={`${id}-skip`}
          onSubmit={(event) => {
            event.preventDefault();
            setOpen('none');
            onAction(task, { type: 'skip', reason: reason.trim() });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen('none');
          }}
        >
          <label for={`${id}-reason`}>{t('popupSkipReason')}</label>
          <input
            id={`${id}-reason`}
            ref={reasonRef}
            type="text"
            maxLength={500}
            placeholder={t('popupSkipPlaceholder')}
            value={reason}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            {t('popupSkipConfirm')}
          </button>
          <button type="button" class="link" onClick={() => setOpen('none')}>
            {t('cancel')}
          </button>
        </form>
      )}
    </li>
  );
}
