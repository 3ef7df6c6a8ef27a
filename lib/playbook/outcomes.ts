import type { Person, TouchPurpose } from '../model';
import { type Instant, dayOf } from '../time/calendar';
import { chooseChannel, type Draft, isAllowed, latestInterview, type PlanContext } from './context';
import { event } from './because';
import { contactTask, userTask } from './tasks';

/** Kinds a closed opportunity keeps (R10). */
export const closingKinds = new Set(['rejection_reply', 'linkedin_connect', 'withdrawal_letter']);

/** R8 — Outcomes: offers get checked and compared; closes get a gracious last word. */
export function outcomes(ctx: PlanContext): Draft[] {
  const { status, outcome } = ctx.records.opportunity;
  if (status === 'closed') {
    if (outcome === 'rejected') return rejection(ctx);
    if (outcome === 'withdrew') return withdrawal(ctx);
    return []; // accepted, filled, moved_on: nothing left to send.
  }
  return offer(ctx);
}

const outcomeMessages: readonly TouchPurpose[] = ['offer', 'rejection', 'filled'];

/** When the outcome happened: as recorded, else the employer's message, else the last interview. */
function outcomeTime(ctx: PlanContext): Instant | null {
  const { outcomeAt } = ctx.records.opportunity;
  if (outcomeAt) return Date.parse(outcomeAt);
  const message = ctx.touches
    .filter((t) => t.direction === 'received' && outcomeMessages.includes(t.purpose))
    .at(-1);
  if (message) return message.time;
  const interview = latestInterview(ctx.interviews);
  return interview ? Date.parse(interview.end) : null;
}

function offer(ctx: PlanContext): Draft[] {
  const { offer: details, status } = ctx.records.opportunity;
  if (!details && status !== 'offer') return [];
  const base = outcomeTime(ctx);
  if (base === null) return [];
  const day = dayOf(base, ctx.timeZone);
  const asApplied = (details?.kind ?? 'as_applied') === 'as_applied';
  const because = event(ctx, 'offer', base);
  const drafts: Draft[] = [];

  if (status === 'offer' && asApplied && !details?.inWriting) {
    const person = ctx.mainContact;
    drafts.push(
      contactTask(ctx, {
        id: 'offer_in_writing',
        kind: 'offer_in_writing',
        rule: 'R8',
        person,
        channel: chooseChannel(ctx, person),
        earliest: base,
        due: { day: day + 1 },
        late: { day: day + 3 },
        doneBy: { from: base },
        because,
      }),
    );
  }
  // A different role or a contract is compared too, and the opportunity stays active.
  drafts.push(
    userTask(ctx, {
      id: 'compare_offer',
      kind: 'compare_offer',
      rule: 'R8',
      earliest: base,
      due: { day: day + 2 },
      late: { day: day + 5 },
      because,
    }),
  );
  // Knowing the going rate matters for any offer, even when pay came up before (R8).
  drafts.push(
    userTask(ctx, {
      id: 'salary_research',
      kind: 'salary_research',
      rule: 'R8',
      earliest: base,
      due: { day: day + 1 },
      late: { day: day + 3 },
      because,
    }),
  );
  return drafts;
}

function rejection(ctx: PlanContext): Draft[] {
  const base = outcomeTime(ctx);
  if (base === null) return [];
  const day = dayOf(base, ctx.timeZone);
  const message = ctx.touches.filter((t) => t.direction === 'received' && t.purpose === 'rejection').at(-1);
  const sender = message?.person ? ctx.people.get(message.person) : undefined;
  const person = sender ?? ctx.mainContact;
  const replyOn = message && isAllowed(ctx, person, message.channel) ? message.channel : null;
  const because = event(ctx, 'rejection', base);

  const reply = contactTask(ctx, {
    id: 'rejection_reply',
    kind: 'rejection_reply',
    rule: 'R8',
    person,
    channel: chooseChannel(ctx, person, replyOn),
    earliest: base,
    due: { day: day + 1 },
    late: { day: day + 7 },
    doneBy: { from: base },
    because,
  });
  // Connecting with the people who interviewed the user waits until the process is over.
  const connections = ctx.records.people
    .filter((p: Person) => p.role === 'hiring_manager' || p.role === 'interviewer')
    .map((p) =>
      contactTask(ctx, {
        id: `linkedin_connect:${p.id}`,
        kind: 'linkedin_connect',
        rule: 'R8',
        person: p,
        channel: isAllowed(ctx, p, 'linkedin') ? 'linkedin' : null,
        earliest: base,
        due: { day: day + 2 },
        late: { day: day + 14 },
        doneBy: { from: base, channel: 'linkedin' },
        because,
      }),
    );
  return [reply, ...connections];
}

function withdrawal(ctx: PlanContext): Draft[] {
  const base = outcomeTime(ctx);
  if (base === null) return [];
  const day = dayOf(base, ctx.timeZone);
  const person = ctx.mainContact;
  return [
    contactTask(ctx, {
      id: 'withdrawal_letter',
      kind: 'withdrawal_letter',
      rule: 'R8',
      person,
      channel: chooseChannel(ctx, person),
      earliest: base,
      due: { day: day + 1 },
      late: { day: day + 3 },
      doneBy: { from: base, purposes: ['withdrawal'] },
      because: event(ctx, 'withdrawal', base),
    }),
  ];
}
