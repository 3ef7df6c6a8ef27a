import type {
  Channel,
  Interview,
  OpportunityRecords,
  Person,
  PersonRole,
  Settings,
  TaskBecause,
  TaskKind,
  Touch,
  TouchPurpose,
} from '../model';
import { type Day, type DaysOff, type Instant, at, dayOf, instantKey, parseDay } from '../time/calendar';
import { ownDaysOff } from '../time/days-off';

/** Facts about one opportunity that several rules need, worked out once per plan. */
export interface PlanContext {
  records: OpportunityRecords;
  settings: Settings;
  timeZone: string;
  now: Instant;
  /** R5.7: weekdays that are not business days (public holidays, the user's own days off). */
  daysOff: DaysOff;
  people: Map<string, Person>;
  /** Interviews by start time. */
  interviews: Interview[];
  /** Touches by time, each with its instant. */
  touches: TimedTouch[];
  /** R9: instructions are cumulative over all interviews. */
  noContact: boolean;
  excluded: ReadonlySet<Channel>;
  mainContact: Person | null;
  /** R5.5: the latest interview's end or the latest employer reply, whichever is later. */
  anchor: Anchor | null;
}

export type TimedTouch = Touch & { time: Instant };

export interface Anchor {
  time: Instant;
  day: Day;
  /** Part of check-in ids: the interview id, or `reply-<UTC time>`. */
  key: string;
  /** D and P still ahead of (or on) the anchor's day. */
  decisionDay: Day | null;
  checkBackDay: Day | null;
}

/** A task before states are applied and times are written out. */
export interface Draft {
  id: string;
  kind: TaskKind;
  rule: string;
  person: string | null;
  channel: Channel | null;
  earliest: Instant;
  due: Instant;
  late: Instant;
  /** Set when the records already decide it (a touch did it, or R9 rules it out). */
  state?: 'done' | 'skipped';
  reason?: string;
  /** R2: a pending thank-you is no longer offered after this. */
  expires?: Instant;
  /** What it answers to, as facts (because.ts). */
  because: TaskBecause;
}

const employerRoles: ReadonlySet<PersonRole> = new Set([
  'interviewer',
  'hiring_manager',
  'recruiter',
  'agency_consultant',
]);

/** Whether the employer's instructions (R9) govern contact with this person. */
export function isEmployerSide(person: Person | null): boolean {
  return person === null || employerRoles.has(person.role);
}

/**
 * `daysOff`: every weekday that is not a business day. `plan` passes the chosen country's
 * public holidays with the user's own days (lib/time/holidays.ts, which only the background
 * loads); without it, the user's own days only.
 */
export function createContext(
  records: OpportunityRecords,
  now: Date,
  settings: Settings,
  daysOff: DaysOff = ownDaysOff(settings.daysOff),
): PlanContext {
  const interviews = [...records.interviews].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const touches = records.touches
    .map((touch) => ({ ...touch, time: Date.parse(touch.at) }))
    .sort((a, b) => a.time - b.time);
  const people = new Map(records.people.map((person) => [person.id, person]));
  const excluded = new Set(interviews.flatMap((interview) => interview.excludedChannels));
  if (excluded.has('phone')) excluded.add('voicemail');
  const partial = {
    records,
    settings,
    timeZone: settings.timeZone,
    now: now.getTime(),
    daysOff,
    people,
    interviews,
    touches,
    noContact: interviews.some((interview) => interview.noContact),
    excluded,
  };
  return {
    ...partial,
    mainContact: findMainContact(records.people, interviews, people),
    anchor: findAnchor(interviews, touches, settings.timeZone),
  };
}

const contactOrder: PersonRole[] = ['agency_consultant', 'recruiter', 'hiring_manager'];

function findMainContact(
  list: Person[],
  interviews: Interview[],
  people: Map<string, Person>,
): Person | null {
  for (const role of contactOrder) {
    const person = list.find((p) => p.role === role);
    if (person) return person;
  }
  const latest = latestInterview(interviews);
  const first = latest?.interviewers.map((id) => people.get(id)).find((p) => p !== undefined);
  return first ?? null;
}

export function latestInterview(interviews: Interview[]): Interview | undefined {
  return interviews.reduce<Interview | undefined>(
    (latest, interview) =>
      !latest || Date.parse(interview.end) > Date.parse(latest.end) ? interview : latest,
    undefined,
  );
}

/** A received touch that is the employer speaking (not the user noting company news). */
export function isEmployerReply(touch: Touch): boolean {
  return touch.direction === 'received' && touch.purpose !== 'news';
}

function findAnchor(interviews: Interview[], touches: TimedTouch[], timeZone: string): Anchor | null {
  const interview = latestInterview(interviews);
  if (!interview) return null;
  const end = Date.parse(interview.end);
  const reply = touches.filter(isEmployerReply).at(-1);
  const byReply = reply !== undefined && reply.time > end;
  const time = byReply ? reply.time : end;
  const day = dayOf(time, timeZone);

  // The latest source at or before the anchor that gives a date wins; a date already
  // behind the anchor's day no longer sets anything.
  const sources = [
    ...interviews.map((i) => ({
      time: Date.parse(i.end),
      decisionBy: i.decisionBy,
      mayCheckBackOn: i.mayCheckBackOn,
    })),
    ...touches.filter(isEmployerReply),
  ]
    .filter((source) => source.time <= time)
    .sort((a, b) => a.time - b.time);
  const latestDate = (pick: (s: (typeof sources)[number]) => string | null): Day | null => {
    const value = sources
      .map(pick)
      .filter((d): d is string => d !== null)
      .at(-1);
    if (value === undefined) return null;
    const parsed = parseDay(value);
    return parsed >= day ? parsed : null;
  };
  return {
    time,
    day,
    key: byReply ? `reply-${instantKey(time)}` : interview.id,
    decisionDay: latestDate((s) => s.decisionBy),
    checkBackDay: latestDate((s) => s.mayCheckBackOn),
  };
}

/** R9: may this channel be used to reach this person? */
export function isAllowed(ctx: PlanContext, person: Person | null, channel: Channel): boolean {
  return !isEmployerSide(person) || !ctx.excluded.has(channel);
}

/** R5.7: the person's preference, else phone when a number is known, else email… */
export function chooseChannel(
  ctx: PlanContext,
  person: Person | null,
  first: Channel | null = null,
): Channel | null {
  const candidates: Array<Channel | null> = [
    first,
    person?.prefers ?? null,
    person?.phone ? 'phone' : null,
    'email',
    person?.linkedinUrl ? 'linkedin' : null,
    'letter',
  ];
  return candidates.find((c): c is Channel => c !== null && isAllowed(ctx, person, c)) ?? null;
}

export function isCall(channel: Channel | null): boolean {
  return channel === 'phone' || channel === 'voicemail';
}

/** R5.7: calls at the person's best time, everything else within the user's working hours. */
export function windowFor(
  ctx: PlanContext,
  person: Person | null,
  channel: Channel | null,
): readonly [string, string] {
  return isCall(channel) && person?.bestTime ? person.bestTime : ctx.settings.workday;
}

/** A time given as an instant, or as a day (the window's start; its end for `late`). */
export type When = Instant | { day: Day };

export function resolve(ctx: PlanContext, when: When, clock: string): Instant {
  return typeof when === 'number' ? when : at(when.day, clock, ctx.timeZone);
}

/** What a sent touch must look like to count as doing a task. */
export interface TouchMatch {
  from: Instant;
  purposes?: readonly TouchPurpose[];
  channel?: Channel;
}

/** The first sent touch to `person` (or with no person on either side) that does the task. */
export function findSentTouch(
  ctx: PlanContext,
  person: Person | null,
  match: TouchMatch,
): TimedTouch | undefined {
  return ctx.touches.find(
    (touch) =>
      touch.direction === 'sent' &&
      touch.time >= match.from &&
      (match.purposes === undefined || match.purposes.includes(touch.purpose)) &&
      (match.channel === undefined || touch.channel === match.channel) &&
      (person === null || touch.person === null || touch.person === person.id),
  );
}
