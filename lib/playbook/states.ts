import type { TaskState, TaskStateName } from '../model';
import type { Draft } from './context';

export type Planned = Omit<Draft, 'state'> & { state: TaskStateName };

/**
 * R10 — What the user did with a task survives replanning: done, skipped (with its reason)
 * and snoozed (the task returns at the snooze time). States for ids the plan no longer has
 * are ignored. A thank-you nobody acted on stops being offered when it expires (R2).
 */
export function applyStates(drafts: Draft[], states: TaskState[], now: number): Planned[] {
  const byId = new Map(states.map((state) => [state.id, state]));
  return drafts.flatMap((draft): Planned[] => {
    if (draft.state) return [{ ...draft, state: draft.state }];
    const planned = withState(draft, byId.get(draft.id), now);
    const open = planned.state === 'pending' || planned.state === 'snoozed';
    if (open && draft.expires !== undefined && now > draft.expires) return [];
    return [planned];
  });
}

function withState(draft: Draft, state: TaskState | undefined, now: number): Planned {
  switch (state?.state) {
    case 'done':
      return { ...draft, state: 'done' };
    case 'skipped':
      return { ...draft, state: 'skipped', ...(state.reason ? { reason: state.reason } : {}) };
    case 'snoozed': {
      const until = Date.parse(state.until);
      return {
        ...draft,
        earliest: Math.min(draft.earliest, until),
        due: until,
        late: Math.max(draft.late, until),
        state: now < until ? 'snoozed' : 'pending',
      };
    }
    default:
      return { ...draft, state: 'pending' };
  }
}
