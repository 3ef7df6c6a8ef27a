// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import type { OpportunityDetail } from '@/lib/messaging/protocol';
import type { StoredOpportunity, StoredTask } from '@/lib/model';
import { detail, task } from './fixtures';
import { fakeBackground, paramsOf } from './mock';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/;

/** A fake background over one opportunity: saves change it, and `getOpportunity` shows the change. */
function backgroundFor(start: OpportunityDetail, replan: (o: StoredOpportunity) => StoredTask[] = () => []) {
  let current = start;
  const mock = fakeBackground({
    getOpportunity: () => current,
    saveOpportunity: (params) => {
      const opportunity = { ...current.opportunity, ...(params as object) } as StoredOpportunity;
      current = { ...current, opportunity, tasks: [...current.tasks, ...replan(opportunity)] };
      return opportunity;
    },
    saveInterview: (params) => {
      const interview = { id: 'i2', ...(params as object) } as OpportunityDetail['interviews'][number];
      current = { ...current, interviews: [...current.interviews, interview] };
      return interview;
    },
  });
  return mock;
}

async function openPage() {
  location.hash = '#/opportunity/o1';
  render(<Dashboard />);
  await screen.findByRole('heading', { level: 1, name: /Brightwater Labs/ });
}

afterEach(() => {
  location.hash = '';
});

describe('opportunity page', () => {
  it('shows interviews, contacts and tasks in one timeline, in time order, with rule and state', async () => {
    backgroundFor(detail());
    await openPage();
    const timeline = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('list');
    const items = within(timeline)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(/On site interview with Amy Lee/);
    expect(items[0]).toMatch(/Decision by Mar 6, 2026/);
    expect(items[1]).toMatch(/Write down your interview notes.*Done.*R1/);
    expect(items[2]).toMatch(/Send a thank-you — Amy Lee.*Done.*R2/);
    expect(items[3]).toMatch(/Email to Amy Lee.*Thank-you/);
    expect(items[4]).toMatch(/Check in — Amy Lee.*To do.*R5\.2/);
  });

  it('links back to the Gmail threads tracked for the opportunity', async () => {
    backgroundFor(
      detail({
        threads: [
          {
            threadId: '19a2b3c4d5e6f708',
            opportunityId: 'o1',
            subject: 'Interview: Data Analyst',
            label: null,
            evidence: [],
            lastMessageAt: null,
          },
        ],
      }),
    );
    await openPage();
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'Interview: Data Analyst' }).getAttribute('href')).toBe(
      'https://mail.google.com/mail/u/0/#all/19a2b3c4d5e6f708',
    );
  });

  it('lists the people with working links, and never turns a non-web URL into a link', async () => {
    backgroundFor(detail());
    await openPage();
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'amy@brightwater.example' }).getAttribute('href')).toBe(
      'mailto:amy@brightwater.example',
    );
    expect(within(people).getByRole('link', { name: '+1 555 0100' }).getAttribute('href')).toBe(
      'tel:+15550100',
    );
    expect(
      within(people).getByRole('link', { name: 'LinkedIn profile of Amy Lee' }).getAttribute('href'),
    ).toBe('https://www.linkedin.com/in/amy-lee-example');
    expect(within(people).queryByRole('link', { name: 'LinkedIn profile of Ben Ortiz' })).toBeNull();
  });

  it('sends the R1 capture as one saveInterview, then shows the reloaded detail', async () => {
    const mock = backgroundFor(detail());
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Record an interview' }));
    const form = screen.getByRole('form', { name: 'Record an interview' });
    const field = (label: string | RegExp) => within(form).getByLabelText(label);
    fireEvent.input(field('Start'), { target: { value: '2026-03-02T14:00' } });
    fireEvent.input(field('End'), { target: { value: '2026-03-02T15:00' } });
    fireEvent.change(field('Format'), { target: { value: 'onsite' } });
    fireEvent.input(field('Round'), { target: { value: '2' } });
    fireEvent.click(
      within(within(form).getByRole('group', { name: 'Interviewers' })).getByLabelText('Amy Lee'),
    );
    fireEvent.input(field('Decision date'), { target: { value: '2026-03-13' } });
    fireEvent.input(field('Next step'), { target: { value: 'final round with the VP' } });
    fireEvent.input(field('May check back on'), { target: { value: '2026-03-10' } });
    fireEvent.click(field('They agreed to a call back'));
    fireEvent.click(field('They asked for references'));
    const excluded = within(form).getByRole('group', { name: 'Channels they ruled out' });
    fireEvent.click(within(excluded).getByLabelText('Phone'));
    fireEvent.click(within(excluded).getByLabelText('Voicemail'));
    fireEvent.input(field('Key points and scope of the job'), {
      target: { value: 'Owns the churn dashboards' },
    });
    fireEvent.input(field('Open questions'), { target: { value: 'Team size?' } });
    fireEvent.input(field('Problem 1 they want solved'), { target: { value: 'Slow monthly reporting' } });
    fireEvent.input(field('How you solved a similar one (1)'), {
      target: { value: 'Automated it: 3 days to 2 hours' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a problem' }));
    fireEvent.input(field('Problem 2 they want solved'), { target: { value: 'Data quality' } });
    fireEvent.input(field(/^Self-review/), { target: { value: 'Fumbled the SQL window question' } });
    fireEvent.input(field('Culture'), { target: { value: 'Casual, remote-first' } });
    fireEvent.input(field('Pay'), { target: { value: 'Not discussed' } });
    fireEvent.input(field('Something specific Amy Lee said'), {
      target: { value: 'the Friday demo ritual' },
    });
    fireEvent.input(field('Your strength that fits the role'), {
      target: { value: 'turning data into decisions' },
    });
    fireEvent.input(field('Evidence for it'), { target: { value: 'cut churn 12% at Copperleaf' } });
    fireEvent.input(field('Anything you forgot to say'), { target: { value: 'my Looker certification' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interview' }));

    await waitFor(() => expect(paramsOf('saveInterview')).toHaveLength(1));
    const sent = paramsOf('saveInterview')[0] as Record<string, unknown>;
    expect(sent).toEqual({
      // Made once when the form opened, so a retry overwrites the same interview.
      id: expect.any(String),
      opportunityId: 'o1',
      start: expect.stringMatching(ISO),
      end: expect.stringMatching(ISO),
      round: 2,
      format: 'onsite',
      interviewers: ['p1'],
      decisionBy: '2026-03-13',
      mayCheckBackOn: '2026-03-10',
      mayCall: true,
      noContact: false,
      excludedChannels: ['phone', 'voicemail'],
      referencesRequested: true,
      nextStep: 'final round with the VP',
      notes: {
        keyPoints: 'Owns the churn dashboards',
        openQuestions: 'Team size?',
        problems: [
          { problem: 'Slow monthly reporting', solution: 'Automated it: 3 days to 2 hours' },
          { problem: 'Data quality', solution: '' },
        ],
        selfReview: 'Fumbled the SQL window question',
        scorecard: { culture: 'Casual, remote-first', pay: 'Not discussed' },
        specifics: { p1: 'the Friday demo ritual' },
        strength: 'turning data into decisions',
        evidence: 'cut churn 12% at Copperleaf',
        forgotten: 'my Looker certification',
      },
    });
    // Local wall-clock time, with its offset.
    expect(Date.parse(sent.start as string)).toBe(new Date('2026-03-02T14:00').getTime());
    expect(Date.parse(sent.end as string)).toBe(new Date('2026-03-02T15:00').getTime());
    // The page reloads the detail and the form closes.
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Record an interview' })).toBeNull());
    expect(mock.mock.calls.filter(([m]) => m === 'getOpportunity')).toHaveLength(2);
    const interviews = screen.getByRole('region', { name: 'Interviews' });
    expect(within(interviews).getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows the background’s validation error next to the interview form and keeps what was typed', async () => {
    fakeBackground({
      getOpportunity: () => detail(),
      saveInterview: () => {
        throw new Error('params.end: the interview must end after it starts');
      },
    });
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Record an interview' }));
    const form = screen.getByRole('form', { name: 'Record an interview' });
    fireEvent.input(within(form).getByLabelText('Start'), { target: { value: '2026-03-02T15:00' } });
    fireEvent.input(within(form).getByLabelText('End'), { target: { value: '2026-03-02T14:00' } });
    fireEvent.input(within(form).getByLabelText('Key points and scope of the job'), {
      target: { value: 'kept' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interview' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe('params.end: the interview must end after it starts');
    expect(
      (within(form).getByLabelText('Key points and scope of the job') as HTMLTextAreaElement).value,
    ).toBe('kept');
  });

  it('shows an error from savePerson beside the person form', async () => {
    const mock = fakeBackground({
      getOpportunity: () => detail(),
      savePerson: () => {
        throw new Error('params.email: too long');
      },
    });
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Chris Park' } });
    fireEvent.change(within(form).getByLabelText('Their part'), { target: { value: 'hiring_manager' } });
    fireEvent.input(within(form).getByLabelText('Best time to call, from'), { target: { value: '10:00' } });
    fireEvent.input(within(form).getByLabelText('Best time to call, until'), { target: { value: '11:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a person' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('params.email: too long');
    expect(mock).toHaveBeenCalledWith('savePerson', {
      id: expect.any(String),
      opportunityId: 'o1',
      name: 'Chris Park',
      role: 'hiring_manager',
      email: null,
      phone: null,
      linkedinUrl: null,
      title: null,
      prefers: null,
      bestTime: ['10:00', '11:30'],
    });
  });

  it('adds a contact with addTouch', async () => {
    const mock = fakeBackground({
      getOpportunity: () => detail(),
      addTouch: (params) => ({ id: 't2', ...(params as object) }),
    });
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a contact' }));
    const form = screen.getByRole('form', { name: 'Add a contact' });
    fireEvent.input(within(form).getByLabelText('When'), { target: { value: '2026-03-04T11:15' } });
    fireEvent.change(within(form).getByLabelText('With'), { target: { value: 'p2' } });
    fireEvent.change(within(form).getByLabelText('Direction'), { target: { value: 'received' } });
    fireEvent.change(within(form).getByLabelText('Channel'), { target: { value: 'phone' } });
    fireEvent.change(within(form).getByLabelText('About'), { target: { value: 'status_update' } });
    fireEvent.input(within(form).getByLabelText('New decision date they gave'), {
      target: { value: '2026-03-20' },
    });
    fireEvent.input(within(form).getByLabelText('Note'), { target: { value: 'Still deciding' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a contact' }));
    await waitFor(() => expect(paramsOf('addTouch')).toHaveLength(1));
    expect(mock).toHaveBeenCalledWith('addTouch', {
      id: expect.any(String),
      opportunityId: 'o1',
      at: expect.stringMatching(ISO),
      person: 'p2',
      direction: 'received',
      channel: 'phone',
      purpose: 'status_update',
      note: 'Still deciding',
      decisionBy: '2026-03-20',
      mayCheckBackOn: null,
    });
  });

  it('deletes only after the confirm step', async () => {
    const mock = fakeBackground({ getOpportunity: () => detail(), deleteOpportunity: () => null });
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(paramsOf('deleteOpportunity')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(location.hash).toBe('#/'));
    expect(mock).toHaveBeenCalledWith('deleteOpportunity', { id: 'o1' });
  });

  it('edits the opportunity with the whole record, never the store’s own fields', async () => {
    const mock = backgroundFor(detail());
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit the opportunity' });
    fireEvent.change(within(form).getByLabelText('Culture'), { target: { value: 'traditional' } });
    fireEvent.click(within(form).getByLabelText('Pay was discussed'));
    fireEvent.change(within(form).getByLabelText('Referred by'), { target: { value: 'p2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(paramsOf('saveOpportunity')).toHaveLength(1));
    const sent = paramsOf('saveOpportunity')[0] as Record<string, unknown>;
    expect(sent).toMatchObject({ id: 'o1', culture: 'traditional', payDiscussed: true, referredBy: 'p2' });
    expect(sent).not.toHaveProperty('createdAt');
    expect(sent).not.toHaveProperty('updatedAt');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit the opportunity' })).toBeNull());
    expect(mock.mock.calls.filter(([m]) => m === 'getOpportunity')).toHaveLength(2);
  });
});

describe('outcome actions (R8)', () => {
  const due = '2026-03-05T10:00:00-05:00';
  const cases = [
    {
      button: 'Offer',
      change: { status: 'offer', offer: { inWriting: false, kind: 'as_applied' } },
      tasks: [task('offer_in_writing', due, { rule: 'R8' }), task('compare_offer', due, { rule: 'R8' })],
      shown: ['Ask for the offer in writing', 'Compare the offer'],
    },
    {
      button: 'Different role',
      change: { status: 'offer', offer: { inWriting: false, kind: 'different_role' } },
      tasks: [task('compare_offer', due, { rule: 'R8' })],
      shown: ['Compare the offer'],
    },
    {
      button: 'Contract',
      change: { status: 'offer', offer: { inWriting: false, kind: 'contract' } },
      tasks: [task('compare_offer', due, { rule: 'R8' })],
      shown: ['Compare the offer'],
    },
    {
      button: 'Rejection',
      change: { status: 'closed', outcome: 'rejected' },
      tasks: [
        task('rejection_reply', due, { rule: 'R8', person: 'p1' }),
        task('linkedin_connect', due, { rule: 'R8', person: 'p1' }),
      ],
      shown: ['Reply graciously — Amy Lee', 'Connect on LinkedIn — Amy Lee'],
    },
    {
      button: 'Withdraw',
      change: { status: 'closed', outcome: 'withdrew' },
      tasks: [task('withdrawal_letter', due, { rule: 'R8', person: 'p1' })],
      shown: ['Send your withdrawal — Amy Lee'],
    },
    {
      button: 'Filled',
      change: { status: 'closed', outcome: 'filled' },
      tasks: [],
      shown: [],
    },
  ] as const;

  it.each(cases)(
    '$button: confirms, saves, and shows the close-out tasks',
    async ({ button, change, tasks, shown }) => {
      const mock = backgroundFor(detail(), () => [...tasks]);
      await openPage();
      const outcomes = screen.getByRole('region', { name: 'Outcome' });
      fireEvent.click(within(outcomes).getByRole('button', { name: button }));
      // Nothing is written before the confirm step.
      expect(paramsOf('saveOpportunity')).toHaveLength(0);
      fireEvent.click(within(outcomes).getByRole('button', { name: 'Yes, record it' }));
      await waitFor(() => expect(paramsOf('saveOpportunity')).toHaveLength(1));
      const sent = paramsOf('saveOpportunity')[0] as Record<string, unknown>;
      expect(sent).toMatchObject({
        ...change,
        id: 'o1',
        company: 'Brightwater Labs',
        outcomeAt: expect.stringMatching(ISO),
      });
      expect(Math.abs(Date.parse(sent.outcomeAt as string) - Date.now())).toBeLessThan(60_000);
      if (change.status === 'offer') expect(sent.outcome).toBeNull();
      expect(sent).not.toHaveProperty('createdAt');

      await waitFor(() => expect(mock.mock.calls.filter(([m]) => m === 'getOpportunity')).toHaveLength(2));
      const timeline = screen.getByRole('region', { name: 'Timeline' });
      for (const title of shown) expect(await within(timeline).findByText(title)).toBeTruthy();
      expect(within(outcomes).queryByRole('button', { name: 'Yes, record it' })).toBeNull();
      const subtitle = screen.getByRole('heading', { level: 1 }).nextElementSibling?.textContent ?? '';
      expect(subtitle).toContain(change.status === 'offer' ? 'Offer' : 'Closed');
    },
  );

  it('cancelling the confirm step writes nothing', async () => {
    backgroundFor(detail());
    await openPage();
    const outcomes = screen.getByRole('region', { name: 'Outcome' });
    fireEvent.click(within(outcomes).getByRole('button', { name: 'Rejection' }));
    expect(within(outcomes).getByText('Close Brightwater Labs as not selected?')).toBeTruthy();
    fireEvent.click(within(outcomes).getByRole('button', { name: 'Cancel' }));
    expect(paramsOf('saveOpportunity')).toHaveLength(0);
  });

  it('shows the background’s refusal in the confirm step', async () => {
    fakeBackground({
      getOpportunity: () => detail(),
      saveOpportunity: () => {
        throw new Error('params.outcomeAt: expected an ISO date-time with offset');
      },
    });
    await openPage();
    const outcomes = screen.getByRole('region', { name: 'Outcome' });
    fireEvent.click(within(outcomes).getByRole('button', { name: 'Withdraw' }));
    fireEvent.click(within(outcomes).getByRole('button', { name: 'Yes, record it' }));
    expect((await within(outcomes).findByRole('alert')).textContent).toBe(
      'params.outcomeAt: expected an ISO date-time with offset',
    );
  });

  it('says when the opportunity cannot be found', async () => {
    fakeBackground({
      getOpportunity: () => {
        throw new Error('No opportunity with id "o1"');
      },
    });
    location.hash = '#/opportunity/o1';
    render(<Dashboard />);
    expect((await screen.findByRole('alert')).textContent).toContain('No opportunity with id "o1"');
  });
});
