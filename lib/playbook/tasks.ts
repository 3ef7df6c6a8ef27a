import type { Channel, Person, TaskBecause, TaskKind } from '../model';
import {
  type Instant,
  at,
  clockMinutes,
  dayOf,
  isBusinessDay,
  minutesOf,
  onBusinessDay,
  previousBusinessDay,
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
  because: TaskBecause;
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
    because: spec.because,
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

/**
 * A task for the user alone (notes, research, decisions): no channel. Due on a weekend or a
 * day off, it comes earlier, to the last business day before, yet never before `earliest`;
 * if no business day is left in between, it waits for the next one, yet never past `late`
 * (a preparation's late is its interview); failing both it stays (README, "Time").
 */
export function userTask(
  ctx: PlanContext,
  spec: Timing & { id: string; kind: TaskKind; rule: string; because: TaskBecause },
): Draft {
  const [start, end] = ctx.settings.workday;
  const earliest = resolve(ctx, spec.earliest, start);
  const late = resolve(ctx, spec.late, end);
  const due = placeUserTask(ctx, resolve(ctx, spec.due, start), earliest, late, start);
  return {
    id: spec.id,
    kind: spec.kind,
    rule: spec.rule,
    person: null,
    channel: null,
    earliest: Math.min(earliest, due),
    due,
    late: Math.max(late, due),
    because: spec.because,
  };
}

/**
 * R5.7: a call outside its window moves to the window's next start; anything that
 * contacts someone on a weekend or a day off moves to the next business day.
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
  return isBusinessDay(day, ctx.daysOff) ? result : at(onBusinessDay(day, ctx.daysOff), start, tz);
}

/** Where a task for the user alone falls due (see `userTask`). */
function placeUserTask(
  ctx: PlanContext,
  due: Instant,
  earliest: Instant,
  late: Instant,
  start: string,
): Instant {
  const tz = ctx.timeZone;
  const day = dayOf(due, tz);
  if (isBusinessDay(day, ctx.daysOff)) return due;
  const before = previousBusinessDay(day, ctx.daysOff);
  if (before >= dayOf(earliest, tz)) return Math.max(at(before, start, tz), earliest);
  const after = at(onBusinessDay(day, ctx.daysOff), start, tz);
  return after <= late ? after : due;
}
