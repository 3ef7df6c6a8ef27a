import type { Opportunity, Task, TaskKind } from '../model';
import { localDate } from './promised';

/**
 * Where an opportunity stands, in a few facts a chip can show (lib/ui/status-text.ts puts
 * them in words): what is next and when, or what it waits for, or how it ended.
 * `tone`: `due` (something to do today or overdue), `next` (a later task), `waiting`, `closed`.
 */
export type Standing =
  | { tone: 'closed'; kind: 'closed'; outcome: string | null }
  | { tone: 'due'; kind: 'overdue' | 'today'; task: TaskKind }
  | { tone: 'next'; kind: 'on'; task: TaskKind; day: string }
  | { tone: 'waiting'; kind: 'waiting'; decisionBy: string }
  | { tone: 'waiting'; kind: 'tracked' };

/** Pure: tasks, the decision date (YYYY-MM-DD) and the time come in. */
export function standing(input: {
  opportunity: Pick<Opportunity, 'status' | 'outcome'>;
  tasks: ReadonlyArray<Pick<Task, 'kind' | 'due' | 'state'>>;
  decisionBy: string | null;
  now: Date;
  timeZone: string;
}): Standing {
  const { opportunity, now, timeZone, decisionBy } = input;
  if (opportunity.status === 'closed')
    return { tone: 'closed', kind: 'closed', outcome: opportunity.outcome ?? null };
  const next = input.tasks
    .filter((t) => t.state === 'pending' || t.state === 'snoozed')
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
  const today = localDate(now, timeZone);
  if (next) {
    const day = localDate(new Date(next.due), timeZone);
    if (day < today) return { tone: 'due', kind: 'overdue', task: next.kind };
    if (day === today) return { tone: 'due', kind: 'today', task: next.kind };
    // The next step is a check-in after their decision date: what the user does now is wait.
    if (!(next.kind === 'check_in' && decisionBy && decisionBy >= today && day > decisionBy)) {
      return { tone: 'next', kind: 'on', task: next.kind, day };
    }
  }
  if (decisionBy && decisionBy >= today) return { tone: 'waiting', kind: 'waiting', decisionBy };
  return { tone: 'waiting', kind: 'tracked' };
}
