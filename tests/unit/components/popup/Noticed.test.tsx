// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Noticed } from '@/components/popup/Noticed';
import { call } from '@/lib/messaging/client';
import type { ProposalView } from '@/lib/messaging/ui';
import { fakeCall } from './fixtures';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));
afterEach(() => document.body.replaceChildren());

function proposal(over: Partial<ProposalView>): ProposalView {
  return {
    id: 'q1',
    opportunityId: 'o1',
    threadId: 't1',
    kind: 'decision_by',
    outcome: null,
    day: '2026-12-09',
    touchId: 'x1',
    taskId: null,
    quote: 'We will update you by Wednesday, December 9.',
    from: 'Priya Natarajan',
    at: '2026-12-01T16:00:00-05:00',
    createdAt: '2026-12-01T17:00:00-05:00',
    company: 'Brightwater Labs',
    role: 'Senior Product Analyst',
    taskKind: null,
    ...over,
  };
}

function setup(list: ProposalView[]) {
  let open = [...list];
  const fake = fakeCall({
    proposals: () => open,
    resolveProposal: (params) => {
      const { id, apply } = params as { id: string; apply: boolean };
      open = open.filter((p) => p.id !== id);
      return { applied: apply };
    },
  });
  vi.mocked(call).mockImplementation(fake as never);
  const onChanged = vi.fn(async () => {});
  render(<Noticed locale="en-US" onChanged={onChanged} />);
  return { fake, onChanged };
}

describe('Noticed: what Afterview proposes from the mail', () => {
  it('shows nothing when there is nothing to propose', async () => {
    const { fake } = setup([]);
    await vi.waitFor(() => expect(fake).toHaveBeenCalledWith('proposals', {}));
    expect(screen.queryByRole('heading', { name: 'Noticed in your mail' })).toBeNull();
  });

  it.each<[string, Partial<ProposalView>, RegExp]>([
    ['a new decision date', {}, /Priya Natarajan wrote that Brightwater Labs will decide by Wed, Dec 9/],
    [
      'a check-back date',
      { kind: 'check_back_on', day: '2026-12-14' },
      /check back with Brightwater Labs on Mon, Dec 14/,
    ],
    [
      'a rejection',
      { kind: 'outcome', outcome: 'rejected', day: null },
      /reads as a “no”. Close Brightwater Labs/,
    ],
    ['an offer', { kind: 'outcome', outcome: 'offer', day: null }, /reads as an offer/],
    [
      'a sent thank-you',
      { kind: 'mark_sent', taskId: 'thank_you:i1:p2', taskKind: 'thank_you', day: null },
      /You wrote to Brightwater Labs \(Tue, Dec 1\)\. Was it “Send a thank-you”\? Mark it as sent\?/,
    ],
  ])('says %s in words, with the quote', async (_name, over, words) => {
    setup([proposal(over)]);
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toMatch(words);
    expect(within(item).getByLabelText('What the email says').textContent).toMatch(/December 9/);
  });

  it('applies only on "Yes", then the list reloads; "Not now" changes nothing', async () => {
    const { fake, onChanged } = setup([proposal({}), proposal({ id: 'q2', kind: 'check_back_on' })]);
    const [first, second] = await screen.findAllByRole('listitem');
    fireEvent.click(within(second!).getByRole('button', { name: 'Not now' }));
    expect((await screen.findByRole('status')).textContent).toBe('Left as it was.');
    expect(onChanged).not.toHaveBeenCalled();
    fireEvent.click(within(first!).getByRole('button', { name: 'Yes, do it' }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(fake).toHaveBeenCalledWith('resolveProposal', { id: 'q2', apply: false });
    expect(fake).toHaveBeenCalledWith('resolveProposal', { id: 'q1', apply: true });
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('says so when answering fails, and keeps the proposal', async () => {
    setup([proposal({})]);
    vi.mocked(call).mockImplementation((async (method: string) => {
      if (method === 'proposals') return [proposal({})];
      throw new Error('disk full');
    }) as never);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, do it' }));
    expect((await screen.findByRole('alert')).textContent).toBe('disk full');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
