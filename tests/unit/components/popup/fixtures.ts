import { vi } from 'vitest';
import type { Method, Params, PopupData, Result, TaskView } from '@/lib/messaging/protocol';
import type { DraftView } from '@/lib/messaging/ui';

export function task(over: Partial<TaskView> = {}): TaskView {
  return {
    id: 'thank_you:p1',
    kind: 'thank_you',
    person: 'p1',
    earliest: '2026-03-02T15:00:00-05:00',
    due: '2026-03-02T17:00:00-05:00',
    late: '2026-03-03T15:00:00-05:00',
    channel: 'email',
    rule: 'R2',
    state: 'pending',
    reason: null,
    because: { kind: 'interview', at: '2026-03-02T15:00:00-05:00', interviewId: 'i1' },
    opportunityId: 'o1',
    dueAt: 0,
    lateAt: 0,
    open: 1,
    company: 'Acme',
    role: 'Marketing Coordinator',
    personName: 'Amy Lee',
    demo: false,
    ...over,
  };
}

export function popupData(over: Partial<PopupData> = {}): PopupData {
  return {
    overdue: [],
    dueToday: [],
    comingUp: [],
    totals: { overdue: 0, dueToday: 0 },
    counts: { applied: 0, interviewing: 0, awaiting_decision: 0, offer: 0, closed: 0 },
    warnings: [],
    timeZone: 'America/New_York',
    interviewToday: null,
    ...over,
  };
}

const body =
  'Hi Amy,\n\nThank you for your time today. I enjoyed hearing about [something specific Amy said].\n\nBest,\nSam';
const gapStart = body.indexOf('[');
const gapEnd = body.indexOf(']') + 1;

export function draftView(over: Partial<DraftView> = {}): DraftView {
  return {
    taskId: 'thank_you:p1',
    opportunityId: 'o1',
    title: 'Send a thank-you — Amy Lee',
    templateId: 'thank_you.email.warm',
    channel: 'email',
    channels: ['email', 'letter', 'linkedin'],
    tone: 'warm',
    stage: null,
    edited: false,
    subject: { text: 'Thank you, Amy & team', gaps: [] },
    body: {
      text: body,
      gaps: [{ name: 'specific', label: 'something specific Amy said', start: gapStart, end: gapEnd }],
    },
    flags: [
      {
        code: 'gap',
        field: 'text',
        start: gapStart,
        end: gapEnd,
        message: 'Fill in “something specific Amy said” before sending: it is still a placeholder.',
      },
    ],
    final: false,
    hints: ['Send it today: thank-yous land best the same day.'],
    recipient: { name: 'Amy Lee', email: 'amy@acme.example', phone: '+1 555 0100', linkedinUrl: null },
    webmail: { site: 'gmail', origin: 'https://mail.google.com' },
    agencyPreview: null,
    check: {
      channel: 'email',
      kind: 'thank_you',
      recipient: { name: 'Amy Lee', firstName: 'Amy' },
      company: 'Acme',
      specificDetail: null,
    },
    ...over,
  };
}

export type Replies = { [M in Method]?: (params: Params<M>) => Result<M> | Promise<Result<M>> };

/** A fake `call`: answers from the table, records every call, refuses unknown methods. */
export function fakeCall(replies: Replies) {
  return vi.fn(async (method: Method, params: unknown) => {
    const reply = replies[method] as ((p: unknown) => unknown) | undefined;
    if (!reply) throw new Error(`unexpected call: ${method}`);
    return reply(params);
  });
}
