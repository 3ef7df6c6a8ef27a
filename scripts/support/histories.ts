/**
 * Random, valid opportunity histories for property tests and the bench.
 *
 * A history is what `plan(records, now, settings)` takes. The arbitraries build it from
 * independent pieces (people, interviews, touches, states…) and then wire the references
 * (interviewers, touch persons, referrer, task-state ids) by index, so fast-check can shrink
 * every piece on its own. Generated histories are "valid" in the sense of the scenario
 * format: every person reference names a real person, interviews are in chronological order,
 * every touch comes at or after the first interview's start and no later than `now`, and
 * the opportunity's outcome, outcome time and offer agree with its status. Upcoming
 * interviews (after `now`) are allowed.
 *
 * Times: a base instant between 2025 and mid-2027, often within three weeks of a DST change
 * (US and EU), so histories cross DST. Record times are written in the user's zone with its
 * offset, or (one history in five) in UTC with `Z`, to exercise parsing.
 */
import fc from 'fast-check';
import {
  Channel,
  OpportunityRecords,
  type OpportunityRecordsInput,
  PersonRole,
  Settings,
  type SettingsInput,
  TouchPurpose,
} from '../../lib/model';
import { addDays, formatInZone, formatUtc, localParts } from './zoned';

export const TIME_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Asia/Kolkata',
  'UTC',
] as const;

export const CHANNELS: readonly Channel[] = Channel.options;
export const ROLES: readonly PersonRole[] = PersonRole.options;
export const EMPLOYER_SIDE: readonly PersonRole[] = [
  'interviewer',
  'hiring_manager',
  'recruiter',
  'agency_consultant',
];
const PURPOSES: readonly TouchPurpose[] = TouchPurpose.options;

/** What `plan` takes, after `OpportunityRecords.parse` and `Settings.parse` (defaults applied). */
export interface History {
  records: OpportunityRecords;
  now: Date;
  settings: Settings;
}

/** A history as generated: schema input (optional fields may be missing), `now` as ISO text. */
export interface RawHistory {
  records: OpportunityRecordsInput;
  now: string;
  settings: SettingsInput;
}

/** Parse a raw history with the real schemas, so defaults are applied and validity is checked. */
export function parseHistory(raw: RawHistory): History {
  const history: History = {
    records: OpportunityRecords.parse(raw.records),
    now: new Date(raw.now),
    settings: Settings.parse(raw.settings),
  };
  // fast-check prints counterexamples with this: a scenario file (`npm run -s plan`) ready to run.
  Object.defineProperty(history, fc.toStringMethod, {
    value: () => JSON.stringify(toScenario(history)),
    enumerable: false,
  });
  return history;
}

/** A history in the public scenario format (PLAYBOOK.md, "Scenario files"). */
export function toScenario(history: History): Record<string, unknown> {
  const { timeZone, ...settings } = history.settings;
  return {
    now: formatInZone(history.now, timeZone),
    timeZone,
    settings,
    ...history.records,
  };
}

// ---------------------------------------------------------------------------------------
// Shape of the generated histories

export interface HistoryOptions {
  /**
   * Bias towards what users actually have: mostly 1–3 interviews, a few touches, few
   * instructions and states, mostly active opportunities. For the bench.
   */
  realistic?: boolean;
}

interface Shape {
  people: { min: number; max: number };
  /** How many interviews and touches: a range, or weights for 0, 1, 2… */
  interviews: Count;
  touches: Count;
  taskStates: { max: number };
  /** 1 in n interviews carries "please don't contact us". */
  noContactOneIn: number;
  /** 1 in n interviews excludes some channels. */
  excludedOneIn: number;
  statuses: fc.Arbitrary<StatusOutcome>;
  interviewGapDays: number;
  touchSpanDays: number;
  /** Interviews start between 08:00 and 17:00 local time (else at any minute). */
  officeHours: boolean;
  /** Range of `now` around the latest interview's end, in days. */
  nowAfterLastEndDays: { min: number; max: number };
}

type StatusOutcome = [OpportunityRecordsInput['opportunity']['status'], Outcome | null];
type Outcome = 'accepted' | 'rejected' | 'withdrew' | 'filled' | 'moved_on';

const allStatuses: StatusOutcome[] = [
  ['applied', null],
  ['interviewing', null],
  ['awaiting_decision', null],
  ['offer', null],
  ['closed', 'accepted'],
  ['closed', 'rejected'],
  ['closed', 'withdrew'],
  ['closed', 'filled'],
  ['closed', 'moved_on'],
];

type Count = { min: number; max: number } | number[];

/**
 * An array of `item`s. A range shrinks well (property tests); weights per length (the
 * bench) pick a length first, then cut a full-length array to it.
 */
function arrayOf<T>(item: fc.Arbitrary<T>, count: Count): fc.Arbitrary<T[]> {
  if (!Array.isArray(count)) return fc.array(item, { minLength: count.min, maxLength: count.max });
  const length = fc.oneof(...count.map((weight, n) => ({ weight, arbitrary: fc.constant(n) })));
  const full = fc.array(item, { minLength: count.length - 1, maxLength: count.length - 1 });
  return fc.tuple(length, full).map(([n, items]) => items.slice(0, n));
}

function shapeOf(options: HistoryOptions): Shape {
  if (options.realistic) {
    return {
      people: { min: 1, max: 5 },
      // 0 … 4 interviews: mostly 1–3.
      interviews: [3, 40, 32, 20, 5],
      // 0 … 5 touches: a few.
      touches: [20, 25, 25, 15, 10, 5],
      taskStates: { max: 2 },
      noContactOneIn: 40,
      excludedOneIn: 12,
      statuses: fc.oneof(
        { weight: 3, arbitrary: fc.constant<StatusOutcome>(['applied', null]) },
        { weight: 30, arbitrary: fc.constant<StatusOutcome>(['interviewing', null]) },
        { weight: 40, arbitrary: fc.constant<StatusOutcome>(['awaiting_decision', null]) },
        { weight: 7, arbitrary: fc.constant<StatusOutcome>(['offer', null]) },
        { weight: 20, arbitrary: fc.constantFrom(...allStatuses.filter(([status]) => status === 'closed')) },
      ),
      interviewGapDays: 14,
      touchSpanDays: 45,
      officeHours: true,
      nowAfterLastEndDays: { min: -2, max: 45 },
    };
  }
  return {
    people: { min: 0, max: 8 },
    interviews: { min: 0, max: 4 },
    touches: { min: 0, max: 10 },
    taskStates: { max: 5 },
    noContactOneIn: 8,
    excludedOneIn: 4,
    // Active statuses twice as often as each closed outcome: about 40 % closed.
    statuses: fc.oneof(
      ...allStatuses.map((pair) => ({ weight: pair[0] === 'closed' ? 1 : 2, arbitrary: fc.constant(pair) })),
    ),
    interviewGapDays: 21,
    touchSpanDays: 100,
    officeHours: false,
    nowAfterLastEndDays: { min: -30, max: 120 },
  };
}

// ---------------------------------------------------------------------------------------
// Pieces

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/** DST changes in the US and the EU, 2025–2027 (local dates). */
const DST_CHANGES = [
  '2025-03-09',
  '2025-03-30',
  '2025-10-26',
  '2025-11-02',
  '2026-03-08',
  '2026-03-29',
  '2026-10-25',
  '2026-11-01',
  '2027-03-14',
  '2027-03-28',
  '2027-10-31',
  '2027-11-07',
];

const FIRST = Date.UTC(2025, 0, 1) / MINUTE;
const LAST = Date.UTC(2027, 5, 30) / MINUTE;

/** The first interview's start, in minutes since the epoch: anywhere, or near a DST change. */
const baseMinutes: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }),
  fc
    .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -21 * DAY_MINUTES, max: 21 * DAY_MINUTES }))
    .map(([date, offset]) => Date.parse(`${date}T12:00:00Z`) / MINUTE + offset),
);

const clock = (quarterHours: number): string =>
  `${String(Math.floor(quarterHours / 4)).padStart(2, '0')}:${String((quarterHours % 4) * 15).padStart(2, '0')}`;

/** A window of the day in quarter hours, between 06:00 and 22:00, at least 30 minutes long. */
const dayWindow: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.integer({ min: 6 * 4, max: 18 * 4 }), fc.integer({ min: 2, max: 40 }))
  .map(([start, length]) => [clock(start), clock(Math.min(start + length, 22 * 4))]);

/** `undefined` (key left out, the schema's default applies), `null`, or a value. */
function maybe<T>(value: fc.Arbitrary<T>, presentWeight = 2): fc.Arbitrary<T | null | undefined> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: presentWeight, arbitrary: value },
  );
}

/** `undefined` (key left out, the schema's default applies) or a value. */
function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: value });
}

const oneIn = (n: number): fc.Arbitrary<boolean> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

const settingsSpec = fc.record({
  timeZone: fc.constantFrom(...TIME_ZONES),
  maxUnanswered: fc.constantFrom(2, 3),
  workday: fc.oneof(
    fc.constant(undefined),
    fc.constant<[string, string]>(['09:00', '17:00']),
    fc.constant<[string, string]>(['08:30', '18:00']),
    dayWindow,
  ),
});

const NAMES = ['Amy Lee', 'Raj Patel', 'Jonas Weber', 'María García', 'Chen Wei', "Siobhán O'Neill", 'Sam'];

const personSpec = fc.record({
  role: fc.constantFrom(...ROLES),
  name: fc.constantFrom(...NAMES),
  email: maybe(fc.constant(true)),
  phone: maybe(fc.constantFrom('+1 555 0100', '+49 30 1234567', '+91 98765 43210')),
  linkedin: maybe(fc.constant(true)),
  title: maybe(fc.constantFrom('Head of Marketing', 'Engineering Manager', 'Talent Partner')),
  prefers: maybe(fc.constantFrom(...CHANNELS), 1),
  bestTime: maybe(dayWindow, 1),
});

const NEXT_STEPS = [
  'second interview',
  'final round with the team',
  'onsite interview',
  'they will decide',
  'reference check',
  'offer discussion',
  '',
];

function interviewSpec(shape: Shape) {
  return fc.record({
    gapMinutes: fc.integer({ min: 60, max: shape.interviewGapDays * DAY_MINUTES }),
    /** Office-hours start, in quarter hours after 08:00 (realistic shape only). */
    startQuarter: fc.integer({ min: 0, max: 36 }),
    durationMinutes: fc.integer({ min: 15, max: 240 }),
    interviewers: fc.array(fc.nat(7), { maxLength: 3 }),
    decisionInDays: fc.option(fc.integer({ min: -3, max: 35 }), { nil: null, freq: 2 }),
    checkBackInDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 3 }),
    mayCall: optional(fc.boolean()),
    noContact: oneIn(shape.noContactOneIn),
    excludedChannels: fc.oneof(
      { weight: shape.excludedOneIn - 1, arbitrary: fc.constant<Channel[]>([]) },
      {
        weight: 1,
        arbitrary: fc.oneof(fc.constant<Channel[]>(['phone']), fc.subarray([...CHANNELS], { minLength: 1 })),
      },
    ),
    referencesRequested: optional(fc.boolean()),
    nextStep: maybe(fc.constantFrom(...NEXT_STEPS), 1),
    format: optional(fc.constantFrom('phone' as const, 'video' as const, 'onsite' as const)),
    round: maybe(fc.integer({ min: 1, max: 5 }), 1),
  });
}

function touchSpec(shape: Shape) {
  return fc.record({
    afterFirstMinutes: fc.integer({ min: 0, max: shape.touchSpanDays * DAY_MINUTES }),
    direction: fc.constantFrom('sent' as const, 'received' as const),
    channel: fc.constantFrom(...CHANNELS),
    purpose: fc.constantFrom(...PURPOSES),
    person: fc.option(fc.nat(7), { nil: null, freq: 4 }),
    decisionInDays: fc.option(fc.integer({ min: -2, max: 35 }), { nil: null, freq: 3 }),
    checkBackInDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 3 }),
    withId: fc.boolean(),
  });
}

function opportunitySpec(shape: Shape) {
  return fc.record({
    statusOutcome: shape.statuses,
    appliedBeforeMinutes: fc.option(fc.integer({ min: 0, max: 30 * DAY_MINUTES }), { nil: null, freq: 2 }),
    outcomeAfterMinutes: fc.option(fc.integer({ min: 0, max: 14 * DAY_MINUTES }), { nil: null, freq: 3 }),
    culture: maybe(fc.constantFrom('traditional' as const, 'modern' as const)),
    payDiscussed: optional(fc.boolean()),
    referrer: fc.option(fc.nat(7), { nil: null, freq: 2 }),
    offer: fc.record({
      inWriting: fc.boolean(),
      kind: fc.constantFrom('as_applied' as const, 'different_role' as const, 'contract' as const),
    }),
    blurb: maybe(fc.constant('The marketer who doubled sign-ups at a two-person start-up'), 1),
    withId: fc.boolean(),
  });
}

/** The instant of `date` at `clock` (quarter hours after 08:00) in `timeZone`, in minutes. */
function localMinutes(date: string, quarter: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) / MINUTE + 8 * 60 + quarter * 15;
  // Wall time minus the offset; a second round settles the offset across a DST change.
  let minutes = wall - localParts(wall * MINUTE, timeZone).offsetMinutes;
  minutes = wall - localParts(minutes * MINUTE, timeZone).offsetMinutes;
  return minutes;
}

const taskStateSpec = fc.record({
  pick: fc.nat(),
  state: fc.constantFrom('done' as const, 'skipped' as const, 'snoozed' as const, 'pending' as const),
  reason: maybe(fc.constant('not this time'), 1),
  untilFromNowMinutes: fc.integer({ min: -14 * DAY_MINUTES, max: 21 * DAY_MINUTES }),
});

function historySpec(shape: Shape) {
  return fc.record({
    settings: settingsSpec,
    utcTimes: oneIn(5),
    base: baseMinutes,
    opportunity: opportunitySpec(shape),
    people: fc.array(personSpec, { minLength: shape.people.min, maxLength: shape.people.max }),
    interviews: arrayOf(interviewSpec(shape), shape.interviews),
    touches: arrayOf(touchSpec(shape), shape.touches),
    nowAfterLastEndMinutes: fc.integer({
      min: shape.nowAfterLastEndDays.min * DAY_MINUTES,
      max: shape.nowAfterLastEndDays.max * DAY_MINUTES,
    }),
    taskStates: fc.array(taskStateSpec, { maxLength: shape.taskStates.max }),
  });
}

type HistorySpec = ReturnType<typeof historySpec> extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------
// Assembly

function build(shape: Shape, spec: HistorySpec): RawHistory {
  const timeZone = spec.settings.timeZone;
  const at = (minutes: number): string =>
    spec.utcTimes ? formatUtc(minutes * MINUTE) : formatInZone(minutes * MINUTE, timeZone);
  const dayOf = (minutes: number): string => localParts(minutes * MINUTE, timeZone).date;

  const people = spec.people.map((p, i) => {
    const id = `p${i + 1}`;
    return {
      id,
      name: p.name,
      role: p.role,
      email: p.email ? `${id}@acme.example` : p.email,
      phone: p.phone,
      linkedinUrl: p.linkedin ? `https://www.linkedin.com/in/${id}` : p.linkedin,
      title: p.title,
      prefers: p.prefers,
      bestTime: p.bestTime,
    };
  });
  const pickFrom = <T>(list: readonly T[], pick: number | null): T | null =>
    pick === null || list.length === 0 ? null : list[pick % list.length]!;

  // Interviewers come from the employer's side (people who interview: not agencies, referrers
  // or references).
  const panel = people.filter((p) => ['interviewer', 'hiring_manager', 'recruiter'].includes(p.role));
  let cursor = -Infinity;
  const interviewTimes: { start: number; end: number }[] = [];
  const interviews = spec.interviews.map((iv, i) => {
    let start = i === 0 ? spec.base : cursor + iv.gapMinutes;
    if (shape.officeHours) {
      start = localMinutes(dayOf(start), iv.startQuarter, timeZone);
      if (start < cursor + 30) start = localMinutes(addDays(dayOf(cursor), 1), iv.startQuarter, timeZone);
    }
    const end = start + iv.durationMinutes;
    cursor = end;
    interviewTimes.push({ start, end });
    const interviewers = [
      ...new Set(iv.interviewers.map((pick) => pickFrom(panel, pick)?.id).filter((id) => id !== undefined)),
    ];
    return {
      id: `i${i + 1}`,
      start: at(start),
      end: at(end),
      round: iv.round,
      format: iv.format,
      interviewers,
      decisionBy: iv.decisionInDays === null ? null : addDays(dayOf(end), iv.decisionInDays),
      mayCheckBackOn: iv.checkBackInDays === null ? null : addDays(dayOf(end), iv.checkBackInDays),
      mayCall: iv.mayCall,
      noContact: iv.noContact,
      excludedChannels: iv.excludedChannels,
      referencesRequested: iv.referencesRequested,
      nextStep: iv.nextStep,
    };
  });

  // Touches: only once there is an interview, in chronological order. Only an employer's
  // reply (received, not news) brings a decision date or a date to check back.
  const first = interviewTimes[0];
  const touchSpecs = first
    ? spec.touches
        .map((t) => ({ ...t, minutes: first.start + t.afterFirstMinutes }))
        .sort((a, b) => a.minutes - b.minutes)
    : [];
  const touches = touchSpecs.map((t, i) => {
    const reply = t.direction === 'received' && t.purpose !== 'news';
    return {
      ...(t.withId ? { id: `t${i + 1}` } : {}),
      at: at(t.minutes),
      person: pickFrom(people, t.person)?.id ?? null,
      direction: t.direction,
      channel: t.channel,
      purpose: t.purpose,
      decisionBy: reply && t.decisionInDays !== null ? addDays(dayOf(t.minutes), t.decisionInDays) : null,
      mayCheckBackOn:
        reply && t.checkBackInDays !== null ? addDays(dayOf(t.minutes), t.checkBackInDays) : null,
    };
  });

  const last = interviewTimes.at(-1);
  const lastTouch = touchSpecs.at(-1)?.minutes ?? null;
  const latestRecord = Math.max(last?.end ?? spec.base, lastTouch ?? -Infinity);

  const o = spec.opportunity;
  const [status, outcome] = o.statusOutcome;
  const hasOutcomeTime = status === 'offer' || status === 'closed';
  const outcomeAtMinutes =
    hasOutcomeTime && o.outcomeAfterMinutes !== null ? latestRecord + o.outcomeAfterMinutes : null;
  const referrers = people.filter((p) => p.role === 'referrer');
  const opportunity = {
    ...(o.withId ? { id: 'o1' } : {}),
    company: 'Acme',
    role: 'Marketing Coordinator',
    status,
    appliedAt:
      o.appliedBeforeMinutes === null ? null : at((first?.start ?? spec.base) - o.appliedBeforeMinutes),
    outcome,
    outcomeAt: outcomeAtMinutes === null ? null : at(outcomeAtMinutes),
    culture: o.culture,
    payDiscussed: o.payDiscussed,
    referredBy: pickFrom(referrers, o.referrer)?.id ?? null,
    offer: status === 'offer' || outcome === 'accepted' ? o.offer : null,
    blurb: o.blurb,
  };

  // `now`: never before a touch or the outcome; the latest interview may still be ahead.
  const floor = Math.max(lastTouch ?? -Infinity, outcomeAtMinutes ?? -Infinity);
  const nowMinutes = Math.max(
    floor,
    last ? last.end + spec.nowAfterLastEndMinutes : spec.base + Math.abs(spec.nowAfterLastEndMinutes),
  );

  const records: OpportunityRecordsInput = { opportunity, people, interviews, touches };
  const ids = candidateTaskIds(records);
  const seen = new Set<string>();
  const taskStates: NonNullable<OpportunityRecordsInput['taskStates']> = [];
  for (const s of spec.taskStates) {
    const id = ids[s.pick % ids.length]!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (s.state === 'snoozed') {
      taskStates.push({ id, state: 'snoozed', until: at(nowMinutes + s.untilFromNowMinutes) });
    } else if (s.state === 'skipped') {
      taskStates.push({ id, state: 'skipped', reason: s.reason });
    } else {
      taskStates.push({ id, state: s.state });
    }
  }

  return {
    records: { ...records, taskStates },
    now: at(nowMinutes),
    settings: spec.settings,
  };
}

/** "2026-03-04T15:00:00Z" → "20260304T150000Z", as task ids spell instants. */
export function instantKey(iso: string): string {
  return formatUtc(Date.parse(iso)).replace(/[-:]/g, '');
}

/** Ids the plan may contain (README "Tasks"), plus one it never has; task states pick from them. */
function candidateTaskIds(records: OpportunityRecordsInput): string[] {
  const ids = [
    'salary_research',
    'offer_in_writing',
    'compare_offer',
    'rejection_reply',
    'withdrawal_letter',
    'no-such-task',
  ];
  const anchors: string[] = [];
  for (const iv of records.interviews ?? []) {
    anchors.push(iv.id);
    ids.push(`notes:${iv.id}`, `value_add_call:${iv.id}`, `referrer_check_in:${iv.id}`);
    ids.push(`prep_next_round:${iv.id}`, `prep_next_round:after:${iv.id}`);
    for (const p of iv.interviewers ?? []) ids.push(`thank_you:${iv.id}:${p}`);
  }
  for (const p of records.people ?? []) ids.push(`reference_heads_up:${p.id}`, `linkedin_connect:${p.id}`);
  for (const t of records.touches ?? []) {
    if (t.direction !== 'received') continue;
    if (t.purpose === 'news') ids.push(`congrats:${instantKey(t.at)}`);
    else anchors.push(`reply-${instantKey(t.at)}`);
  }
  for (const key of anchors) {
    ids.push(`check_in:${key}:1`, `check_in:${key}:2`, `check_in:${key}:3`);
    ids.push(`move_on:${key}`, `review_waiting:${key}`);
  }
  return ids;
}

// ---------------------------------------------------------------------------------------
// Public arbitraries

/** Raw (schema input) histories. */
export function rawHistoryArb(options: HistoryOptions = {}): fc.Arbitrary<RawHistory> {
  const shape = shapeOf(options);
  return historySpec(shape).map((spec) => build(shape, spec));
}

/** Parsed histories, ready for `plan`. */
export function historyArb(options: HistoryOptions = {}): fc.Arbitrary<History> {
  return rawHistoryArb(options).map(parseHistory);
}

/** `count` realistic histories, the same for the same seed (the bench's workload). */
export function sampleHistories(count: number, seed: number): History[] {
  return fc.sample(historyArb({ realistic: true }), { numRuns: count, seed });
}
