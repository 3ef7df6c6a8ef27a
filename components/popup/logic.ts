import { TZDate } from '@date-fns/tz';
import { addDays, addHours } from 'date-fns';
import type { Channel } from '@/lib/model';
import type { TaskView } from '@/lib/messaging/protocol';
import type { DraftView } from '@/lib/messaging/ui';
import { taskKindLabel } from '@/lib/ui/labels';

export type SnoozeChoice = 'later' | 'tomorrow' | 'nextWeek';

/**
 * When a snoozed task comes back: three hours from now, 9:00 tomorrow, or 9:00 in seven days,
 * 9:00 being on the user's clock (their time zone), whatever the day's offset.
 */
export function snoozeUntil(choice: SnoozeChoice, now: Date, timeZone: string): string {
  if (choice === 'later') return addHours(now, 3).toISOString();
  const day = addDays(new TZDate(now.getTime(), timeZone), choice === 'tomorrow' ? 1 : 7);
  day.setHours(9, 0, 0, 0);
  return new Date(day.getTime()).toISOString();
}

/** The channel a sent draft is recorded under. */
export function recordChannel(channel: DraftView['channel']): Channel {
  return channel === 'linkedin_note' ? 'linkedin' : channel;
}

/** Whether a task matches the search: person, company, role or kind, case and accents aside. */
export function matchesQuery(task: TaskView, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      task.personName ?? '',
      task.company,
      task.role,
      task.kind,
      task.kind.replace(/_/g, ' '),
      taskKindLabel(task.kind),
    ].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A task's key in lists: unique across opportunities. */
export function taskKey(task: Pick<TaskView, 'opportunityId' | 'id'>): string {
  return `${task.opportunityId}|${task.id}`;
}

/** Cut text into plain and highlighted pieces along the given ranges (which may overlap). */
export function segments(
  text: string,
  ranges: ReadonlyArray<{ start: number; end: number }>,
): Array<{ text: string; mark: boolean }> {
  const sorted = ranges
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(at, range.start);
    if (range.end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, range.end), mark: true });
    at = range.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
