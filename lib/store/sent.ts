import { type Channel, type StoredTask, StoredTouch, type TaskKind, type TouchPurpose } from '../model';
import type { Db } from './db';
import { NotFoundError, writeAndReplan } from './writes';

/** What sending a task's message was, for the scheduler (a check-in counts as one, R5.6). */
const purposeOfKind: Partial<Record<TaskKind, TouchPurpose>> = {
  thank_you: 'thank_you',
  check_in: 'check_in',
  value_add_call: 'value_add',
  congrats: 'congrats',
  withdrawal_letter: 'withdrawal',
};

/**
 * The user sent a task's message: record the touch and mark the task done, then replan, in
 * one transaction. The touch is what the playbook plans from (the next check-in counts from
 * it); the state keeps the task done even if the touch's channel differs from the plan's.
 * A task already done records nothing more: asking again (a retry after an answer lost to a
 * worker stop, or a proposal applied twice) must not add a second touch.
 */
export function markSent(
  db: Db,
  input: { opportunityId: string; taskId: string; channel: Channel },
  now: Date,
): Promise<{ tasks: StoredTask[] }> {
  return writeAndReplan(db, now, async (tx) => {
    const task = await tx.objectStore('tasks').get([input.opportunityId, input.taskId]);
    if (!task) throw new NotFoundError(`No task "${input.taskId}" on this opportunity`);
    const state = await tx.objectStore('taskStates').get([input.opportunityId, input.taskId]);
    if (state?.state === 'done') return { result: { tasks: [] as StoredTask[] }, affected: [] };
    await tx.objectStore('touches').put(
      StoredTouch.parse({
        id: crypto.randomUUID(),
        opportunityId: input.opportunityId,
        at: now.toISOString(),
        person: task.person,
        direction: 'sent',
        channel: input.channel,
        purpose: purposeOfKind[task.kind] ?? 'reply',
      }),
    );
    await tx
      .objectStore('taskStates')
      .put({ opportunityId: input.opportunityId, id: input.taskId, state: 'done' });
    return { result: { tasks: [] as StoredTask[] }, affected: [input.opportunityId] };
  }).then(async () => ({
    tasks: await db.getAllFromIndex('tasks', 'by-opportunity', input.opportunityId),
  }));
}

/**
 * A sent message already recorded as a touch (seen in the open thread) was a task's message:
 * the touch takes the task's purpose and the task is done, replanned in one transaction.
 */
export function markTouchSent(
  db: Db,
  input: { opportunityId: string; taskId: string; touchId: string },
  now: Date,
): Promise<void> {
  return writeAndReplan(db, now, async (tx) => {
    const task = await tx.objectStore('tasks').get([input.opportunityId, input.taskId]);
    const touch = await tx.objectStore('touches').get(input.touchId);
    if (!task || !touch) throw new NotFoundError(`No task "${input.taskId}" or message to mark as sent`);
    await tx.objectStore('touches').put({
      ...touch,
      person: touch.person ?? task.person,
      purpose: purposeOfKind[task.kind] ?? touch.purpose,
    });
    await tx
      .objectStore('taskStates')
      .put({ opportunityId: input.opportunityId, id: input.taskId, state: 'done' });
    return { result: undefined, affected: [input.opportunityId] };
  });
}
