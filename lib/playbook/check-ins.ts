import type { TaskBecause } from '../model';
import { type Day, type Instant, addBusinessDays, dayOf } from '../time/calendar';
import { decisionFar, fromAnchor, noReplySince, onDay } from './because';
import { type Anchor, chooseChannel, type Draft, isEmployerSide, type PlanContext } from './context';
import { contactTask, userTask } from './tasks';

/** Statuses in which the user is still waiting on the employer. */
export function isWaiting(ctx: PlanContext): boolean {
  return ['applied', 'interviewing', 'awaiting_decision'].includes(ctx.records.opportunity.status);
}

interface Slot {
  rule: string;
  earliest: Day;
  due: Day;
  late: Day;
  because: TaskBecause;
}

/**
 * R5 — Status check-ins: the whole chain foreseen from the anchor (R10), each one assuming
 * the one before went unanswered, up to `maxUnanswered`, then `move_on` (R5.6).
 */
export function checkIns(ctx: PlanContext): Draft[] {
  const anchor = ctx.anchor;
  if (!anchor || !isWaiting(ctx) || ctx.noContact) return [];

  const person = ctx.mainContact;
  const channel = chooseChannel(ctx, person);
  const allowed = anchor.checkBackDay !== null ? anchor.checkBackDay - anchor.day : 0;
  const opening = openingSlots(ctx, anchor);
  // Sent check-ins since the anchor fill the slots in order (R5.6 counts them).
  // Only the employer's side counts: a note to a referrer or reference is not a check-in.
  const sent = ctx.touches.filter(
    (t) =>
      t.direction === 'sent' &&
      t.purpose === 'check_in' &&
      t.time > anchor.time &&
      isEmployerSide(t.person ? (ctx.people.get(t.person) ?? null) : null),
  );

  const drafts: Draft[] = [];
  let previousBase = anchor.day;
  let previousGap = 0;
  // The check-in before this one: when it went out (or would have), and whether it did.
  let previous: { at: Instant; sent: boolean } | null = null;
  const nextDay = (slotIndex: number) => {
    const gap = Math.max(defaultGap(ctx, slotIndex - 1), allowed, previousGap);
    return previousBase + gap;
  };

  for (let n = 1; n <= ctx.settings.maxUnanswered; n++) {
    const due = nextDay(n);
    const opens = opening[n - 1];
    // After a late interim check-in, the one after D still waits its gap (R5.4).
    const slot: Slot =
      opens && (n === 1 || opens.due >= due)
        ? opens
        : {
            rule: opens?.rule ?? 'R5.4',
            earliest: due,
            due,
            late: due + 2,
            because: previous ? noReplySince(ctx, previous.at, previous.sent, n - 1) : fromAnchor(ctx),
          };
    const draft = contactTask(ctx, {
      id: `check_in:${anchor.key}:${n}`,
      kind: 'check_in',
      rule: slot.rule,
      person,
      channel,
      earliest: { day: slot.earliest },
      due: { day: slot.due },
      late: { day: slot.late },
      because: slot.because,
    });
    const touch = sent[n - 1];
    drafts.push(touch ? { ...draft, state: 'done' } : draft);

    // R10: the next one counts from when this one went out, or would have.
    const base = touch ? dayOf(touch.time, ctx.timeZone) : dayOf(draft.due, ctx.timeZone);
    previousGap = base - previousBase;
    previousBase = base;
    previous = touch ? { at: touch.time, sent: true } : { at: draft.due, sent: false };
  }

  const moveOn = nextDay(ctx.settings.maxUnanswered + 1);
  drafts.push(
    userTask(ctx, {
      id: `move_on:${anchor.key}`,
      kind: 'move_on',
      rule: 'R5.6',
      earliest: { day: moveOn },
      due: { day: moveOn },
      late: { day: moveOn + 7 },
      because: previous
        ? noReplySince(ctx, previous.at, previous.sent, ctx.settings.maxUnanswered)
        : fromAnchor(ctx),
    }),
  );
  return drafts;
}

/** R5.1–R5.3: the first check-in, and R5.2's light interim one for a distant decision. */
function openingSlots(ctx: PlanContext, anchor: Anchor): Slot[] {
  const { day, checkBackDay: p, decisionDay: d } = anchor;
  if (p !== null) {
    return [{ rule: 'R5.1', earliest: p, due: p, late: p + 2, because: onDay('check_back_on', p) }];
  }
  if (d !== null) {
    const after = addBusinessDays(d, 1, ctx.daysOff);
    const because = onDay('decision_by', d);
    const first: Slot = { rule: 'R5.2', earliest: after, due: after, late: after + 2, because };
    if (d - day <= 14) return [first];
    const interim = decisionFar(ctx, d);
    return [{ rule: 'R5.2', earliest: day + 7, due: day + 7, late: day + 9, because: interim }, first];
  }
  return [{ rule: 'R5.3', earliest: day + 4, due: day + 5, late: day + 7, because: fromAnchor(ctx) }];
}

/**
 * R5.4: the default gap between check-in k and k + 1 (and from the last to move_on): the
 * settings' list (7, then 14), the last one doubled beyond it.
 */
function defaultGap(ctx: PlanContext, k: number): number {
  const gaps = ctx.settings.checkInGaps;
  if (k < 1) return 0;
  if (k <= gaps.length) return gaps[k - 1]!;
  return gaps.at(-1)! * 2 ** (k - gaps.length);
}

/** R9 — Told not to get in touch: one reminder for the user alone, instead of contact. */
export function reviewWhileWaiting(ctx: PlanContext): Draft[] {
  const anchor = ctx.anchor;
  if (!anchor || !isWaiting(ctx) || !ctx.noContact) return [];
  const due = anchor.decisionDay !== null ? anchor.decisionDay + 7 : anchor.day + 21;
  return [
    userTask(ctx, {
      id: `review_waiting:${anchor.key}`,
      kind: 'review_waiting',
      rule: 'R9',
      earliest: { day: due },
      due: { day: due },
      late: { day: due + 7 },
      because: anchor.decisionDay !== null ? onDay('decision_by', anchor.decisionDay) : fromAnchor(ctx),
    }),
  ];
}
