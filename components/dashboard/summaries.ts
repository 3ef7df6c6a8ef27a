import { useEffect, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { StoredOpportunity } from '@/lib/model';
import { taskTitle } from '@/lib/ui/labels';
import { errorText } from './format';

/** One opportunity as the board and the list show it: with its next open task. */
export interface Summary {
  opportunity: StoredOpportunity;
  next: { title: string; due: string; dueAt: number } | null;
}

export type Load<T> =
  { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string };

/** Every opportunity with its next task, in one call (the store reads them in one pass). */
export async function loadSummaries(): Promise<Summary[]> {
  return (await call('opportunitySummaries', {})).map(({ opportunity, next }) => ({
    opportunity,
    next: next ? { title: taskTitle(next.kind, next.personName), due: next.due, dueAt: next.dueAt } : null,
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
