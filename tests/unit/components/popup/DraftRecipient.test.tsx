// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DraftPanel } from '@/components/popup/DraftPanel';
import { call } from '@/lib/messaging/client';
import type { DraftView } from '@/lib/messaging/ui';
import { draftView, fakeCall, type Replies, task } from './fixtures';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

const amy = { id: 'p1', name: 'Amy Lee', email: 'amy@acme.example', phone: '+1 555 0100', linkedinUrl: null };

function setup(draft: DraftView | ((params: { tone?: unknown }) => DraftView), extra: Replies = {}) {
  const fake = fakeCall({
    draftTask: (params) => (typeof draft === 'function' ? draft(params) : draft),
    ...extra,
  });
  vi.mocked(call).mockImplementation(fake as never);
  render(<DraftPanel task={task()} locale="en-US" onBack={vi.fn()} onSent={vi.fn()} />);
  return fake;
}

const toLine = () => screen.getByTestId('draft-to').textContent;
const address = () => screen.getByLabelText('Email address for Amy Lee') as HTMLInputElement;
const gmailTo = () =>
  new URL(screen.getByRole('link', { name: /Open in Gmail/ }).getAttribute('href')!).searchParams.get('to');
const mailto = () => screen.getByRole('link', { name: 'Email app' }).getAttribute('href')!;

describe('the draft’s To', () => {
  it('shows whom an email goes to, with the address to change', async () => {
    setup(draftView({ recipient: amy }));
    await screen.findByLabelText('Message');
    expect(toLine()).toBe('To: Amy Lee <amy@acme.example>');
    expect(address().value).toBe('amy@acme.example');
    expect(gmailTo()).toBe('amy@acme.example');
    expect(mailto()).toMatch(/^mailto:amy@acme\.example\?/);
    // Nothing changed, nothing to save.
    expect(screen.queryByRole('button', { name: /Save this address/ })).toBeNull();
  });

  it('uses a changed address in the links, for this message only, until it is saved', async () => {
    const fake = setup(draftView({ recipient: amy }));
    await screen.findByLabelText('Message');
    fireEvent.input(address(), { target: { value: 'amy.lee@acme.example' } });
    expect(toLine()).toBe('To: Amy Lee <amy.lee@acme.example>');
    expect(gmailTo()).toBe('amy.lee@acme.example');
    expect(mailto()).toMatch(/^mailto:amy\.lee@acme\.example\?/);
    expect(screen.getByText('Only this message uses the changed address until you save it.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save this address to Amy Lee' })).toBeTruthy();
    expect(fake.mock.calls.map(([method]) => method)).toEqual(['draftTask']);
  });

  it('says when the address does not look like one, and sends the links without it', async () => {
    setup(draftView({ recipient: amy }));
    await screen.findByLabelText('Message');
    fireEvent.input(address(), { target: { value: 'amy at acme' } });
    fireEvent.blur(address());
    expect(address().getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(address().getAttribute('aria-describedby')!);
    expect(error?.textContent).toBe('This does not look like an email address (name@example.com).');
    expect(gmailTo()).toBe('');
    expect(mailto()).toMatch(/^mailto:\?/);
    expect(toLine()).toBe('To: Amy Lee (no address yet)');
    expect(screen.queryByRole('button', { name: /Save this address/ })).toBeNull();
  });

  it('saves the address to the person when asked', async () => {
    const fake = setup(draftView({ recipient: amy }), {
      setPersonEmail: ({ email }) => ({
        id: 'p1',
        opportunityId: 'o1',
        name: 'Amy Lee',
        role: 'interviewer',
        email: email.toLowerCase(),
        phone: null,
        linkedinUrl: null,
        title: null,
        prefers: null,
        bestTime: null,
      }),
    });
    await screen.findByLabelText('Message');
    fireEvent.input(address(), { target: { value: 'Amy.Lee@acme.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this address to Amy Lee' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Saved: Amy Lee’s address is now amy.lee@acme.example.',
    );
    expect(fake).toHaveBeenCalledWith('setPersonEmail', {
      opportunityId: 'o1',
      personId: 'p1',
      email: 'Amy.Lee@acme.example',
    });
    expect(screen.queryByRole('button', { name: /Save this address/ })).toBeNull();
    expect(gmailTo()).toBe('amy.lee@acme.example');
  });

  it('says so when saving fails', async () => {
    setup(draftView({ recipient: amy }), {
      setPersonEmail: () => {
        throw new Error('not_found: No person with id "p1"');
      },
    });
    await screen.findByLabelText('Message');
    fireEvent.input(address(), { target: { value: 'amy.lee@acme.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this address to Amy Lee' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not save the address: not_found/);
  });

  it('keeps the typed address when the draft is redone in another tone', async () => {
    setup(({ tone }) => draftView({ recipient: amy, tone: tone === 'formal' ? 'formal' : 'warm' }));
    await screen.findByLabelText('Message');
    fireEvent.input(address(), { target: { value: 'amy.lee@acme.example' } });
    fireEvent.click(screen.getByLabelText('Formal'));
    await waitFor(() => expect((screen.getByLabelText('Formal') as HTMLInputElement).checked).toBe(true));
    expect(address().value).toBe('amy.lee@acme.example');
  });

  it('has no one to send to, and says whom to find', async () => {
    const note =
      'This came from an address nobody reads — find the recruiter’s or hiring manager’s address (their LinkedIn profile or the company’s careers page) and send it there.';
    setup(draftView({ recipient: null, recipientNote: note }));
    await screen.findByLabelText('Message');
    expect(toLine()).toBe('To: nobody yet');
    expect(screen.getByText(note)).toBeTruthy();
    const typed = screen.getByLabelText('Email address') as HTMLInputElement;
    fireEvent.input(typed, { target: { value: 'rita@northwind.example' } });
    expect(gmailTo()).toBe('rita@northwind.example');
    // Nobody to save it to.
    expect(screen.queryByRole('button', { name: /Save this address/ })).toBeNull();
  });

  it('shows the number for a call, and the profile for LinkedIn (https only)', async () => {
    setup(draftView({ channel: 'phone', subject: null, recipient: amy }));
    await screen.findByLabelText('Message');
    expect(toLine()).toBe('To: Amy Lee, +1 555 0100');
    expect(screen.queryByLabelText('Email address for Amy Lee')).toBeNull();
  });

  it('links a LinkedIn draft to the person’s profile', async () => {
    const linkedinUrl = 'https://www.linkedin.com/in/amy-lee-example/';
    setup(draftView({ channel: 'linkedin', subject: null, recipient: { ...amy, linkedinUrl } }));
    await screen.findByLabelText('Message');
    expect(toLine()).toBe('To: Amy Lee’s LinkedIn profile');
    expect(screen.getByRole('link', { name: 'Amy Lee’s LinkedIn profile' }).getAttribute('href')).toBe(
      linkedinUrl,
    );
  });

  it('never links a profile that is not https', async () => {
    setup(
      draftView({
        channel: 'linkedin',
        subject: null,
        recipient: { ...amy, linkedinUrl: 'javascript:alert(1)' },
      }),
    );
    await screen.findByLabelText('Message');
    expect(toLine()).toBe('To: Amy Lee (no LinkedIn profile yet: add it on the dashboard)');
    expect(screen.queryByRole('link', { name: /LinkedIn profile/ })).toBeNull();
  });
});
