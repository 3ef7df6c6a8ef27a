import type { StoredTask, UserSettings } from '../model';
import { plan } from '../playbook';
import { loadRecords, type WriteTx } from './records';

/**
 * Replace an opportunity's stored tasks with a fresh plan, in the caller's transaction, so
 * the records and their schedule are never out of step. A deleted opportunity loses its tasks.
 */
export async function replan(
  tx: WriteTx,
  opportunityId: string,
  now: Date,
  settings: UserSettings,
): Promise<StoredTask[]> {
  const records = await loadRecords(tx, opportunityId);
  const store = tx.objectStore('tasks');
  const oldKeys = await store.index('by-opportunity').getAllKeys(opportunityId);
  await Promise.all(oldKeys.map((key) => store.delete(key)));
  if (!records) return [];

  const tasks = plan(records, now, settings).map((task): StoredTask => ({
    ...task,
    opportunityId,
    dueAt: Date.parse(task.due),
    lateAt: Date.parse(task.late),
    open: task.state === 'pending' || task.state === 'snoozed' ? 1 : 0,
  }));
  await Promise.all(tasks.map((task) => store.put(task)));
  return tasks;
}
