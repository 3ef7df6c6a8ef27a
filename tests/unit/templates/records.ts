import {
  type OpportunityRecords,
  OpportunityRecords as RecordsSchema,
  type OpportunityRecordsInput,
} from '@/lib/model';
import type { ComposeInput } from '@/lib/templates/compose';
import type { Sender } from '@/lib/templates/values';

/**
 * Record sets the template tests render every message over. Fictional people; times in
 * New York. The interview was Monday, March 2 2026; the decision was promised for Friday,
 * March 13; the first check-in is planned for Monday, March 16.
 */
const base: OpportunityRecordsInput = {
  opportunity: {
    company: 'Northwind Traders',
    role: 'Data Analyst',
    status: 'awaiting_decision',
    blurb: 'I’m the analyst who rebuilt the freight dashboard at Harbor Lines.',
  },
  people: [
    { id: 'amy', name: 'Amy Lee', role: 'interviewer', email: 'amy@northwind.example', phone: '+1 555 0100' },
    { id: 'ben', name: 'Ben Okafor', role: 'hiring_manager', email: 'ben@northwind.example' },
    {
      id: 'rita',
      name: 'Rita Gomez',
      role: 'recruiter',
      email: 'rita@northwind.example',
      phone: '+1 555 0102',
    },
    { id: 'cho', name: 'Cho Park', role: 'reference', email: 'cho@example.com', phone: '+1 555 0103' },
    { id: 'dev', name: 'Dev Rao', role: 'referrer', email: 'dev@example.com' },
  ],
  interviews: [
    {
      id: 'i1',
      start: '2026-03-02T14:00:00-05:00',
      end: '2026-03-02T15:00:00-05:00',
      format: 'onsite',
      interviewers: ['amy', 'ben'],
      decisionBy: '2026-03-13',
      nextStep: 'a panel with the team',
      mayCall: true,
      notes: {
        specifics: { amy: 'the move to the new billing system', ben: 'how the on-call rota works' },
        strength: 'untangling messy data',
        evidence: 'I cut our weekly report from three days to four hours',
        forgotten: 'I have run SQL training for new starters',
        openQuestions: 'Who owns the data warehouse today?',
        problems: [
          {
            problem: 'slow month-end reporting',
            solution: 'I automated the close checks and saved two days a month',
          },
        ],
      },
    },
  ],
  touches: [
    {
      at: '2026-03-04T10:00:00-05:00',
      direction: 'received',
      channel: 'email',
      purpose: 'news',
      note: 'the new Lisbon office',
    },
  ],
};

export const sender: Sender = {
  name: 'Jordan Rivera',
  signature: 'Jordan Rivera\n+1 555 0199',
  phone: '+1 555 0199',
};

export const plannedCheckIn = {
  kind: 'check_in' as const,
  due: '2026-03-16T09:00:00-04:00',
  state: 'pending' as const,
};

function records(change: (r: OpportunityRecordsInput) => void = () => {}): OpportunityRecords {
  const copy = structuredClone(base);
  change(copy);
  return RecordsSchema.parse(copy);
}

export interface RecordSet {
  name: string;
  records: OpportunityRecords;
  now: Date;
  sender: Sender;
}

const beforeDecision = new Date('2026-03-05T12:00:00-05:00');
const afterDecision = new Date('2026-03-16T12:00:00-04:00');

/** The record sets: complete, missing phone, no decision date, agency, after the decision. */
export const recordSets: RecordSet[] = [
  { name: 'complete', records: records(), now: beforeDecision, sender },
  {
    name: 'missing phone',
    records: records((r) => {
      for (const p of r.people ?? []) p.phone = null;
    }),
    now: beforeDecision,
    sender: { ...sender, phone: '' },
  },
  {
    name: 'no decision date',
    records: records((r) => {
      r.interviews![0]!.decisionBy = null;
    }),
    now: afterDecision,
    sender,
  },
  {
    name: 'agency consultant',
    records: records((r) => {
      r.people!.push({ id: 'sam', name: 'Sam Wu', role: 'agency_consultant', email: 'sam@staffing.example' });
    }),
    now: beforeDecision,
    sender,
  },
  { name: 'after the decision date', records: records(), now: afterDecision, sender },
];

export function composeInput(
  set: RecordSet,
  fields: Partial<ComposeInput> & Pick<ComposeInput, 'task'>,
): ComposeInput {
  return {
    records: set.records,
    tasks: [plannedCheckIn],
    now: set.now,
    sender: set.sender,
    locale: 'en-US',
    timeZone: 'America/New_York',
    otherCompanies: ['Contoso', 'Fabrikam'],
    otherPeople: ['Priya Shah'],
    ...fields,
  };
}
