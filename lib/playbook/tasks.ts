import type { Channel, Person, TaskKind } from '../model';
import {
  type Instant,
  at,
  clockMinutes,
  dayOf,
  isBusinessDay,
  minutesOf,
  onBusinessDay,
} from '../time/calendar';
import {
  type Draft,
  findSentTouch,
  isCall,
  isEmployerSide,
  type PlanContext,
  resolve,
  type TouchMatch,
  type When,
  windowFor,
} from './context';

interface Timing {
  earliest: When;
  due: When;
  late: When;
}

interface ContactSpec extends Timing {
  id: string;
  kind: TaskKind;
  rule: string;
  person: Person | null;
  /** null when no allowed channel is left; the task is then skipped with `noChannelReason`. */
  channel: Channel | null;
  noChannelReason?: string;
  /** A sent touch like this means the task is done (check-ins match theirs by position). */
  doneBy?: TouchMatch;
  expires?: Instant;
}

const NO_CONTACT = 'The employer asked not to be contacted (R9).';
const NO_CHANNEL = 'Every way to reach this person was ruled out by the employer (R9).';

/** A task that contacts someone: placed on a business day, calls inside their window. */
export function contactTask(ctx: PlanContext, spec: ContactSpec): Draft {
  const [start, end] = windowFor(ctx, spec.person, spec.channel);
  const place = (instant: Instant) => placeContact(ctx, instant, spec.channel, start, end);
  const due = place(resolve(ctx, spec.due, start));
  const earliest = Math.min(place(resolve(ctx, spec.earliest, start)), due);
  // Moved later? Then it is not late before the end of the day it moved to.
  const late = Math.max(resolve(ctx, spec.late, end), due, at(dayOf(due, ctx.timeZone), end, ctx.timeZone));

  const draft: Draft = {
    id: spec.id,
    kind: spec.kind,
    rule: spec.rule,
    person: spec.person?.id ?? null,
    channel: spec.channel,
    earliest,
    due,
    late,
    ...(spec.expires !== undefined ? { expires: spec.expires } : {}),
  };
  // What the user already did counts first; then the employer's instructions.
  if (spec.doneBy && findSentTouch(ctx, spec.person, spec.doneBy)) return { ...draft, state: 'done' };
  if (ctx.noContact && isEmployerSide(spec.person)) {
    return { ...draft, state: 'skipped', reason: NO_CONTACT };
  }
  if (spec.channel === null) {
    return { ...draft, state: 'skipped', reason: spec.noChannelReason ?? NO_CHANNEL };
  }
  return draft;
}

/** A task for the user alone (notes, research, decisions): no channel, not moved. */
export function userTask(
  ctx: PlanContext,
  spec: Timing & { id: string; kind: TaskKind; rule: string },
): Draft {
  const [start, end] = ctx.settings.workday;
  const due = resolve(ctx, spec.due, start);
  return {
    id: spec.id,
    kind: spec.kind,
    rule: spec.rule,
    person: null,
    channel: null,
    earliest: Math.min(resolve(ctx, spec.earliest, start), due),
    due,
    late: Math.max(resolve(ctx, spec.late, end), due),
  };
}

/**
 * R5.7: a call outside its window moves to the window's next start; anything that
 * contacts someone on a weekend moves to Monday.
 */
function placeContact(
  ctx: PlanContext,
  instant: Instant,
  channel: Channel | null,
  start: string,
  end: string,
): Instant {
  const tz = ctx.timeZone;
  let result = instant;
  if (isCall(channel)) {
    const minutes = minutesOf(result, tz);
    const day = dayOf(result, tz);
    if (minutes < clockMinutes(start)) result = at(day, start, tz);
    else if (minutes > clockMinutes(end)) result = at(day + 1, start, tz);
  }
  const day = dayOf(result, tz);
  return isBusinessDay(day) ? result : at(onBusinessDay(day), start, tz);
}
