import { StoredInterview, StoredOpportunity, StoredPerson } from '../model';
import type { Db } from './db';
import { deleteWithin, writeAndReplan } from './writes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Sample records for a first look: three made-up opportunities at different stages, each
 * marked `demo` so the UI can label them and remove them in one go. Times are relative to
 * now, so there is always something due.
 */
export function sampleRecords(now: Date) {
  const t = (offset: number) => new Date(now.getTime() + offset).toISOString();
  const at = now.toISOString();
  const day = (offset: number) => t(offset * DAY).slice(0, 10);
  const opportunity = (id: string, company: string, role: string, status: string, appliedDaysAgo: number) =>
    StoredOpportunity.parse({
      id,
      company,
      role,
      status,
      appliedAt: t(-appliedDaysAgo * DAY),
      blurb: 'I’m the analyst who rebuilt the freight dashboard at Harbor Lines.',
      demo: true,
      createdAt: at,
      updatedAt: at,
    });
  const person = (
    id: string,
    opportunityId: string,
    name: string,
    role: string,
    email: string,
    phone: string | null = null,
  ) => StoredPerson.parse({ id, opportunityId, name, role, email, phone });
  return {
    opportunities: [
      opportunity('sample-northwind', 'Northwind Traders (sample)', 'Data Analyst', 'awaiting_decision', 12),
      opportunity('sample-contoso', 'Contoso (sample)', 'Product Designer', 'interviewing', 8),
      opportunity('sample-fabrikam', 'Fabrikam (sample)', 'Operations Lead', 'applied', 5),
    ],
    people: [
      person('sample-amy', 'sample-northwind', 'Amy Lee', 'interviewer', 'amy@northwind.example'),
      person('sample-ben', 'sample-northwind', 'Ben Okafor', 'hiring_manager', 'ben@northwind.example'),
      person(
        'sample-rita',
        'sample-northwind',
        'Rita Gomez',
        'recruiter',
        'rita@northwind.example',
        '+1 555 0102',
      ),
      person('sample-lena', 'sample-contoso', 'Lena Fischer', 'recruiter', 'lena@contoso.example'),
    ],
    interviews: [
      StoredInterview.parse({
        id: 'sample-northwind-1',
        opportunityId: 'sample-northwind',
        start: t(-3 * HOUR),
        end: t(-2 * HOUR),
        round: 1,
        format: 'video',
        interviewers: ['sample-amy', 'sample-ben'],
        decisionBy: day(10),
        nextStep: 'a panel with the team',
        notes: {
          specifics: {
            'sample-amy': 'the move to the new billing system',
            'sample-ben': 'how the on-call rota works',
          },
          strength: 'untangling messy data',
          evidence: 'I cut our weekly report from three days to four hours',
        },
      }),
      StoredInterview.parse({
        id: 'sample-contoso-1',
        opportunityId: 'sample-contoso',
        start: t(3 * DAY),
        end: t(3 * DAY + HOUR),
        round: 1,
        format: 'onsite',
        interviewers: [],
      }),
    ],
  };
}

export function loadSampleData(db: Db, now: Date): Promise<{ opportunities: number }> {
  const sample = sampleRecords(now);
  return writeAndReplan(db, now, async (tx) => {
    for (const o of sample.opportunities) await tx.objectStore('opportunities').put(o);
    for (const p of sample.people) await tx.objectStore('people').put(p);
    for (const i of sample.interviews) await tx.objectStore('interviews').put(i);
    const ids = sample.opportunities.map((o) => o.id);
    return { result: { opportunities: ids.length }, affected: ids };
  });
}

/** Remove every sample opportunity and everything attached to it; the user's own records stay. */
export function removeSampleData(db: Db, now: Date): Promise<{ removed: number }> {
  return writeAndReplan(db, now, async (tx) => {
    const demo = (await tx.objectStore('opportunities').getAll()).filter((o) => o.demo);
    for (const o of demo) await deleteWithin(tx, o.id);
    return { result: { removed: demo.length }, affected: demo.map((o) => o.id) };
  });
}
