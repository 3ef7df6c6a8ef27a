import { describe, expect, it } from 'vitest';
import { type OpportunityRecordsInput, OpportunityRecords, Settings } from '@/lib/model';
import { formatDay } from '@/lib/time/calendar';
import { chooseChannel, createContext } from '@/lib/playbook/context';

const settings = Settings.parse({ timeZone: 'America/New_York' });
const now = new Date('2026-03-02T09:00:00-05:00');
const interview = {
  id: 'i1',
  start: '2026-02-27T14:00:00-05:00',
  end: '2026-02-27T15:00:00-05:00',
  interviewers: ['amy'],
};

function context(input: Partial<OpportunityRecordsInput>) {
  const records = OpportunityRecords.parse({
    opportunity: { company: 'Example Corp', role: 'Analyst', status: 'awaiting_decision' },
    people: [{ id: 'amy', name: 'Amy Example', role: 'interviewer' }],
    interviews: [interview],
    ...input,
  });
  return createContext(records, now, settings);
}

describe('main contact', () => {
  it.each([
    ['the agency consultant first', ['interviewer', 'recruiter', 'agency_consultant'], 'p2'],
    ['else the recruiter', ['interviewer', 'hiring_manager', 'recruiter'], 'p2'],
    ['else the hiring manager', ['interviewer', 'referrer', 'hiring_manager'], 'p2'],
    ['else the latest interview’s first interviewer', ['interviewer', 'reference', 'referrer'], 'p0'],
  ] as const)('is %s', (_name, roles, expected) => {
    const people = roles.map((role, i) => ({ id: `p${i}`, name: `Person ${i}`, role }));
    const ctx = context({ people, interviews: [{ ...interview, interviewers: ['p0'] }] });
    expect(ctx.mainContact?.id).toBe(expected);
  });
});

describe('channel choice (R5.7, R9)', () => {
  const person = (extra: object) => ({
    id: 'amy',
    name: 'Amy Example',
    role: 'interviewer' as const,
    ...extra,
  });
  it.each([
    ['their preference', { prefers: 'linkedin', phone: '+1 555 0100' }, [], 'linkedin'],
    ['phone when a number is known', { phone: '+1 555 0100' }, [], 'phone'],
    ['email otherwise', {}, [], 'email'],
    ['not a channel the employer excluded', { prefers: 'phone', phone: '+1 555 0100' }, ['phone'], 'email'],
    ['"don’t call" rules out voicemail too', { prefers: 'voicemail' }, ['phone'], 'email'],
    [
      'LinkedIn when email is excluded and a profile is known',
      { linkedinUrl: 'https://www.linkedin.com/in/x' },
      ['email'],
      'linkedin',
    ],
    ['a letter as the last resort', {}, ['email', 'phone'], 'letter'],
    ['none when everything is excluded', {}, ['email', 'phone', 'letter'], null],
  ] as const)('%s', (_name, extra, excluded, expected) => {
    const ctx = context({
      people: [person(extra)],
      interviews: [{ ...interview, excludedChannels: [...excluded] }],
    });
    expect(chooseChannel(ctx, ctx.people.get('amy')!)).toBe(expected);
  });

  it('ignores the employer’s exclusions for the user’s own reference', () => {
    const ctx = context({
      people: [
        { id: 'amy', name: 'Amy Example', role: 'interviewer' },
        { id: 'ref', name: 'Rae Example', role: 'reference', phone: '+1 555 0199' },
      ],
      interviews: [{ ...interview, excludedChannels: ['phone'] }],
    });
    expect(chooseChannel(ctx, ctx.people.get('ref')!)).toBe('phone');
  });
});

describe('anchor, D and P (R5.5)', () => {
  it('is the interview when nobody replied since', () => {
    const anchor = context({ interviews: [{ ...interview, decisionBy: '2026-03-06' }] }).anchor!;
    expect([anchor.key, formatDay(anchor.day), formatDay(anchor.decisionDay!)]).toEqual([
      'i1',
      '2026-02-27',
      '2026-03-06',
    ]);
  });

  it('moves to a later reply, which brings its own P', () => {
    const anchor = context({
      interviews: [{ ...interview, decisionBy: '2026-03-06' }],
      touches: [
        {
          at: '2026-03-04T10:00:00-05:00',
          direction: 'received',
          channel: 'email',
          purpose: 'reply',
          mayCheckBackOn: '2026-03-16',
        },
      ],
    }).anchor!;
    expect(anchor.key).toBe('reply-20260304T150000Z');
    expect(formatDay(anchor.checkBackDay!)).toBe('2026-03-16');
    expect(formatDay(anchor.decisionDay!)).toBe('2026-03-06');
  });

  it('drops a decision date that passed before the reply, and ignores company news', () => {
    const anchor = context({
      interviews: [{ ...interview, decisionBy: '2026-03-06' }],
      touches: [
        {
          at: '2026-03-10T10:00:00-04:00',
          direction: 'received',
          channel: 'email',
          purpose: 'status_update',
        },
        { at: '2026-03-12T10:00:00-04:00', direction: 'received', channel: 'email', purpose: 'news' },
      ],
    }).anchor!;
    expect(formatDay(anchor.day)).toBe('2026-03-10');
    expect(anchor.decisionDay).toBeNull();
  });
});
