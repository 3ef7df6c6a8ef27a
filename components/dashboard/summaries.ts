import { useEffect, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { OpportunityDetail } from '@/lib/messaging/protocol';
import type { StoredOpportunity, StoredTask } from '@/lib/model';
import { taskTitle } from '@/lib/ui/labels';
import { errorText } from './format';

/** One opportunity as the board and the list show it: with its next open task. */
export interface Summary {
  opportunity: StoredOpportunity;
  next: { title: string; due: string; dueAt: number } | null;
}

export type Load<T> =
  { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string };

/** The open task due first (pending or snoozed), with the name of whom it is for. */
export function nextTask(detail: OpportunityDetail): Summary['next'] {
  const open = detail.tasks.filter((task: StoredTask) => task.open === 1).sort((a, b) => a.dueAt - b.dueAt);
  const first = open[0];
  if (!first) return null;
  const person = first.person ? (detail.people.find((p) => p.id === first.person)?.name ?? null) : null;
  return { title: taskTitle(first.kind, person), due: first.due, dueAt: first.dueAt };
}

export async function loadSummaries(): Promise<Summary[]> {
  const opportunities = await call('listOpportunities', {});
  const details = await Promise.all(opportunities.map((o) => call('getOpportunity', { id: o.id })));
  return opportunities.map((opportunity, i) => ({
    opportunity,
    next: details[i] ? nextTask(details[i]) : null,
  }));
}

export function useSummaries(): Load<Summary[]> {
  const [load, setLoad] = useState<Load<Summary[]>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadSummaries().then(
      (data) => live && setLoad({ state: 'ready', data }),
      (error: unknown) => live && setLoad({ state: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return load;
}
