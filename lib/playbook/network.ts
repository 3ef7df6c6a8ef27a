import { HOUR, dayOf } from '../time/calendar';
import { chooseChannel, type Draft, type PlanContext } from './context';
import { afterInterview, event } from './because';
import { contactTask } from './tasks';

/** R4 — References get a heads-up; a referrer hears how each interview went. */
export function network(ctx: PlanContext): Draft[] {
  return [...referenceHeadsUps(ctx), ...referrerCheckIns(ctx)];
}

function referenceHeadsUps(ctx: PlanContext): Draft[] {
  const first = ctx.interviews[0];
  const requests = [
    ...ctx.interviews.filter((i) => i.referencesRequested).map((i) => Date.parse(i.end)),
    ...ctx.touches
      .filter((t) => t.direction === 'received' && t.purpose === 'references_requested')
      .map((t) => t.time),
  ];
  const requestedAt = requests.length > 0 ? Math.min(...requests) : null;
  if (requestedAt === null && !first) return [];

  // Asked for references: at once. Otherwise the day after the first interview. Being
  // asked is not an offer, so nothing else changes.
  const timing =
    requestedAt !== null
      ? { earliest: requestedAt, due: requestedAt, late: requestedAt + 24 * HOUR }
      : (() => {
          const end = Date.parse(first!.end);
          const next = { day: dayOf(end, ctx.timeZone) + 1 };
          return { earliest: end, due: next, late: next };
        })();
  const from = first ? Date.parse(first.start) : requestedAt!;
  const because =
    requestedAt !== null ? event(ctx, 'references_requested', requestedAt) : afterInterview(ctx, first!);

  return ctx.records.people
    .filter((person) => person.role === 'reference')
    .map((person) =>
      contactTask(ctx, {
        id: `reference_heads_up:${person.id}`,
        kind: 'reference_heads_up',
        rule: 'R4',
        person,
        channel: chooseChannel(ctx, person),
        ...timing,
        doneBy: { from },
        because,
      }),
    );
}

function referrerCheckIns(ctx: PlanContext): Draft[] {
  const referredBy = ctx.records.opportunity.referredBy;
  const referrer = referredBy ? ctx.people.get(referredBy) : undefined;
  if (!referrer) return [];
  return ctx.interviews.map((interview) => {
    const end = Date.parse(interview.end);
    const within = { day: dayOf(end, ctx.timeZone) + 2 };
    return contactTask(ctx, {
      id: `referrer_check_in:${interview.id}`,
      kind: 'referrer_check_in',
      rule: 'R4',
      person: referrer,
      channel: chooseChannel(ctx, referrer),
      earliest: end,
      due: within,
      late: within,
      doneBy: { from: Date.parse(interview.start) },
      because: afterInterview(ctx, interview),
    });
  });
}
