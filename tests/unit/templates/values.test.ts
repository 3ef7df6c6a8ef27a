import { describe, expect, it } from 'vitest';
import { Interview, Opportunity, Person } from '@/lib/model';
import { canBeFinal, render } from '@/lib/templates/render';
import { gapLabels, templateValues, type ValuesInput } from '@/lib/templates/values';

const amy = Person.parse({ id: 'amy', name: 'Amy Lee', role: 'interviewer', phone: '+1 555 0100' });
const raj = Person.parse({ id: 'raj', name: 'Raj Patel', role: 'agency_consultant' });
const interview = Interview.parse({
  id: 'i1',
  start: '2026-03-02T14:00:00-05:00',
  end: '2026-03-02T15:00:00-05:00',
  interviewers: ['amy', 'ben'],
  decisionBy: '2026-03-13',
  nextStep: 'a panel with the team',
  notes: {
    specifics: { amy: 'the migration to the new billing system', ben: 'the on-call rota' },
    strength: 'untangling legacy data',
    evidence: 'cut report time from 3 days to 4 hours',
  },
});
const base: ValuesInput = {
  opportunity: Opportunity.parse({ company: 'Northwind', role: 'Data Analyst', status: 'interviewing' }),
  person: amy,
  interview,
  sender: { name: 'Jordan Sample', signature: 'Jordan Sample\n+1 555 0199', phone: '+1 555 0199' },
  nextCheckIn: '2026-03-16T09:00:00-04:00',
  locale: 'en-US',
  timeZone: 'America/New_York',
};

describe('templateValues', () => {
  it('draws every value from the records, dates in the user’s locale', () => {
    expect(templateValues(base)).toMatchObject({
      firstName: 'Amy',
      fullName: 'Amy Lee',
      company: 'Northwind',
      role: 'Data Analyst',
      interviewDate: 'Monday, March 2',
      specific: 'the migration to the new billing system',
      strength: 'untangling legacy data',
      evidence: 'cut report time from 3 days to 4 hours',
      decisionDate: 'Friday, March 13',
      followUpDate: 'Monday, March 16',
      nextStep: 'a panel with the team',
      myName: 'Jordan Sample',
      myPhone: '+1 555 0199',
      theirPhone: '+1 555 0100',
    });
  });

  it.each([
    ['missing phone', { person: { ...amy, phone: null } }, 'theirPhone', null],
    ['no decision date', { interview: { ...interview, decisionBy: null } }, 'decisionDate', null],
    ['no notes yet', { interview: { ...interview, notes: null } }, 'specific', null],
    [
      'another interviewer gets their own detail',
      { person: { ...amy, id: 'ben', name: 'Ben Okafor' } },
      'specific',
      'the on-call rota',
    ],
    ['an agency consultant has no interview detail', { person: raj }, 'specific', null],
    ['no one named on the task', { person: null }, 'firstName', null],
    ['French dates', { locale: 'fr-FR' }, 'interviewDate', 'lundi 2 mars'],
    ['German dates', { locale: 'de-DE' }, 'followUpDate', 'Montag, 16. März'],
    [
      'a date without a time is not shifted by a far-east zone',
      { timeZone: 'Pacific/Kiritimati' },
      'decisionDate',
      'Friday, March 13',
    ],
    [
      'a signature falls back to the name',
      { sender: { name: 'Jordan Sample', signature: '', phone: '' } },
      'signature',
      'Jordan Sample',
    ],
  ] as const)('%s', (_name, change, key, expected) => {
    expect(templateValues({ ...base, ...change } as ValuesInput)[key]).toBe(expected);
  });

  it('leaves what the records lack as a visible gap that blocks final', () => {
    const values = templateValues({ ...base, interview: { ...interview, notes: null } });
    const result = render('Hi {firstName},\nThank you for telling me about {specific}.', values, gapLabels);
    expect(result.text).toBe('Hi Amy,\nThank you for telling me about [something specific Amy said].');
    expect(canBeFinal(result)).toBe(false);
  });
});
