import type { OpportunityDetail } from '@/lib/messaging/protocol';
import type { OpportunitySummary, StoredOpportunity, StoredTask, TaskKind } from '@/lib/model';

export function opportunity(overrides: Partial<StoredOpportunity> = {}): StoredOpportunity {
  return {
    id: 'o1',
    company: 'Brightwater Labs',
    role: 'Product Analyst',
    status: 'awaiting_decision',
    appliedAt: '2026-02-20T09:00:00-05:00',
    outcome: null,
    outcomeAt: null,
    culture: 'modern',
    payDiscussed: false,
    referredBy: null,
    offer: null,
    blurb: 'The analyst who cut churn reporting from days to minutes',
    jobUrl: null,
    location: 'Boston',
    createdAt: '2026-02-20T09:00:00-05:00',
    updatedAt: '2026-02-27T16:00:00-05:00',
    demo: false,
    ...overrides,
  };
}

export function task(kind: TaskKind, due: string, overrides: Partial<StoredTask> = {}): StoredTask {
  const dueAt = Date.parse(due);
  return {
    id: `${kind}:${overrides.person ?? '-'}`,
    kind,
    person: null,
    earliest: due,
    due,
    late: due,
    channel: null,
    rule: 'R5.3',
    state: 'pending',
    opportunityId: 'o1',
    dueAt,
    lateAt: dueAt + 86_400_000,
    open: 1,
    because: null,
    ...overrides,
  };
}

export function detail(overrides: Partial<OpportunityDetail> = {}): OpportunityDetail {
  return {
    opportunity: opportunity(),
    people: [
      {
        id: 'p1',
        opportunityId: 'o1',
        name: 'Amy Lee',
        role: 'interviewer',
        email: 'amy@brightwater.example',
        phone: '+1 555 0100',
        linkedinUrl: 'https://www.linkedin.com/in/amy-lee-example',
        title: 'Head of Analytics',
        prefers: 'email',
        bestTime: ['14:00', '16:00'],
      },
      {
        id: 'p2',
        opportunityId: 'o1',
        name: 'Ben Ortiz',
        role: 'recruiter',
        email: null,
        phone: null,
        linkedinUrl: 'javascript:alert(1)',
        title: null,
        prefers: null,
        bestTime: null,
      },
    ],
    interviews: [
      {
        id: 'i1',
        opportunityId: 'o1',
        start: '2026-02-27T14:00:00-05:00',
        end: '2026-02-27T15:00:00-05:00',
        round: 1,
        format: 'onsite',
        interviewers: ['p1'],
        decisionBy: '2026-03-06',
        mayCheckBackOn: null,
        mayCall: false,
        noContact: false,
        excludedChannels: [],
        referencesRequested: false,
        nextStep: 'second interview',
        notes: null,
      },
    ],
    touches: [
      {
        id: 't1',
        opportunityId: 'o1',
        at: '2026-02-27T18:00:00-05:00',
        person: 'p1',
        direction: 'sent',
        channel: 'email',
        purpose: 'thank_you',
        decisionBy: null,
        mayCheckBackOn: null,
        note: null,
        gmailMessageId: null,
        subject: 'Thank you',
        snippet: null,
        body: null,
      },
    ],
    taskStates: [],
    tasks: [
      task('check_in', '2026-03-09T10:00:00-04:00', { person: 'p1', channel: 'email', rule: 'R5.2' }),
      task('thank_you', '2026-02-27T17:00:00-05:00', {
        person: 'p1',
        channel: 'email',
        rule: 'R2',
        state: 'done',
        open: 0,
      }),
      task('notes', '2026-02-27T15:00:00-05:00', { rule: 'R1', state: 'done', open: 0 }),
    ],
    threads: [],
    ...overrides,
  };
}

/** What the background's `opportunitySummaries` answers for one opportunity: its next open task. */
export function summaryOf(d: OpportunityDetail): OpportunitySummary {
  const next = d.tasks.filter((t) => t.open === 1).sort((a, b) => a.dueAt - b.dueAt)[0];
  const personName = next?.person ? (d.people.find((p) => p.id === next.person)?.name ?? null) : null;
  return {
    opportunity: d.opportunity,
    next: next ? { kind: next.kind, personName, due: next.due, dueAt: next.dueAt } : null,
  };
}
