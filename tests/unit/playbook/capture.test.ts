import { describe, expect, it } from 'vitest';
import { OpportunityRecords, Settings } from '@/lib/model';
import { plan } from '@/lib/playbook';

const settings = Settings.parse({ timeZone: 'America/New_York' });
const now = new Date('2026-03-02T09:00:00-05:00');

function notesTask(notes: unknown) {
  const records = OpportunityRecords.parse({
    opportunity: { company: 'Example Corp', role: 'Analyst', status: 'awaiting_decision' },
    people: [{ id: 'amy', name: 'Amy Example', role: 'interviewer' }],
    interviews: [
      {
        id: 'i1',
        start: '2026-02-27T14:00:00-05:00',
        end: '2026-02-27T15:00:00-05:00',
        interviewers: ['amy'],
        notes,
      },
    ],
  });
  return plan(records, now, settings).find((t) => t.kind === 'notes');
}

describe('R1: the notes task is done by its own evidence', () => {
  it.each<[string, unknown, string]>([
    ['no notes yet', null, 'pending'],
    ['notes opened but empty', { keyPoints: '  ' }, 'pending'],
    ['key points written', { keyPoints: 'They need a dashboard rebuilt by Q3.' }, 'done'],
    ['only what Amy said', { specifics: { amy: 'Asked about our churn model.' } }, 'done'],
    ['only a problem', { problems: [{ problem: 'Slow reports' }] }, 'done'],
  ])('%s → %s', (_name, notes, state) => {
    expect(notesTask(notes)?.state).toBe(state);
  });
});
