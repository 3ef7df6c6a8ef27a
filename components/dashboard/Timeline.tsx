import type { OpportunityDetail } from '@/lib/messaging/protocol';
import type { TaskStateName } from '@/lib/model';
import { taskTitle } from '@/lib/ui/labels';
import { t } from '@/lib/ui/i18n';
import { rulesHash } from '@/lib/ui/rules';
import { formatDateTime, formatDay } from './format';
import { channelLabel, formatLabel, purposeLabel, taskStateLabel } from './labels';

export interface TimelineEntry {
  key: string;
  at: number;
  iso: string;
  kind: 'interview' | 'touch' | 'task';
  title: string;
  details: string[];
  /** Tasks only: pending, done, snoozed, skipped. */
  state?: TaskStateName;
  rule?: string;
}

const order = { interview: 0, touch: 1, task: 2 } as const;

/** Interviews, contacts and tasks (done and to come) of one opportunity, in time order. */
export function timelineEntries(detail: OpportunityDetail): TimelineEntry[] {
  const name = (id: string | null) => (id ? (detail.people.find((p) => p.id === id)?.name ?? null) : null);
  const entries: TimelineEntry[] = [];
  for (const interview of detail.interviews) {
    const who = interview.interviewers.map((id) => name(id) ?? id).join(', ');
    const details = [`${formatDateTime(interview.start)} – ${formatDateTime(interview.end)}`];
    if (interview.decisionBy) details.push(t('dashDecisionBy', formatDay(interview.decisionBy)));
    if (interview.nextStep) details.push(t('dashNextStep', interview.nextStep));
    if (interview.noContact) details.push(t('dashFieldNoContact'));
    entries.push({
      key: `interview-${interview.id}`,
      at: Date.parse(interview.start),
      iso: interview.start,
      kind: 'interview',
      title: who
        ? t('dashTimelineInterviewWith', formatLabel(interview.format), who)
        : t('dashTimelineInterview', formatLabel(interview.format)),
      details,
    });
  }
  for (const touch of detail.touches) {
    const who = name(touch.person);
    const line = touch.direction === 'sent' ? 'dashTimelineSent' : 'dashTimelineReceived';
    const details = [purposeLabel(touch.purpose)];
    if (touch.subject) details.push(touch.subject);
    if (touch.note) details.push(touch.note);
    entries.push({
      key: `touch-${touch.id}`,
      at: Date.parse(touch.at),
      iso: touch.at,
      kind: 'touch',
      title: t(line, channelLabel(touch.channel), who ?? t('dashSomeone')),
      details,
    });
  }
  for (const task of detail.tasks) {
    const details: string[] = [];
    if (task.channel) details.push(channelLabel(task.channel));
    if (task.reason) details.push(task.reason);
    entries.push({
      key: `task-${task.id}`,
      at: task.dueAt,
      iso: task.due,
      kind: 'task',
      title: taskTitle(task.kind, name(task.person)),
      details,
      state: task.state,
      rule: task.rule,
    });
  }
  return entries.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind] || a.key.localeCompare(b.key));
}

export function Timeline({ detail, now }: { detail: OpportunityDetail; now: number }) {
  const entries = timelineEntries(detail);
  if (entries.length === 0) return <p class="muted">{t('dashTimelineEmpty')}</p>;
  return (
    <ol class="timeline">
      {entries.map((entry) => (
        <li key={entry.key} class={`entry entry-${entry.kind}${entry.at > now ? ' future' : ''}`}>
          <time dateTime={entry.iso}>{formatDateTime(entry.iso)}</time>
          <span class="entry-kind">{t(`dashEntry_${entry.kind}`)}</span>
          <span class="entry-title">{entry.title}</span>
          {entry.state && <span class={`badge state-${entry.state}`}>{taskStateLabel(entry.state)}</span>}
          {entry.rule && (
            <a class="badge rule" href={rulesHash(entry.rule)} aria-label={t('rulesLinkLabel', entry.rule)}>
              {entry.rule}
            </a>
          )}
          {entry.details.length > 0 && <span class="muted entry-details">{entry.details.join(' · ')}</span>}
        </li>
      ))}
    </ol>
  );
}
