// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/Popup';
import { DraftPanel } from '@/components/popup/DraftPanel';
import { call } from '@/lib/messaging/client';
import type { DraftView } from '@/lib/messaging/ui';
import { draftView, fakeCall, popupData, type Replies, task } from './fixtures';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

const amy = task();

function setup(
  draft: DraftView | null | ((params: { tone?: unknown; channel?: unknown }) => DraftView),
  extra: Replies = {},
) {
  const fake = fakeCall({
    draftTask: (params) => (typeof draft === 'function' ? draft(params) : draft),
    markSent: () => ({ tasks: [] }),
    ...extra,
  });
  vi.mocked(call).mockImplementation(fake as never);
  const onBack = vi.fn();
  const onSent = vi.fn();
  render(<DraftPanel task={amy} locale="en-US" onBack={onBack} onSent={onSent} />);
  return { fake, onBack, onSent };
}

const body = () => screen.getByLabelText('Message') as HTMLTextAreaElement;
const markSent = () => screen.getByRole('button', { name: 'Mark as sent' }) as HTMLButtonElement;

describe('DraftPanel', () => {
  it('asks for the draft in the user’s locale and shows subject and body, editable', async () => {
    const { fake } = setup(draftView());
    expect(await screen.findByRole('heading', { name: 'Send a thank-you — Amy Lee' })).toBeTruthy();
    expect(fake.mock.calls[0]).toEqual([
      'draftTask',
      { opportunityId: 'o1', taskId: 'thank_you:p1', tone: null, channel: null, locale: 'en-US' },
    ]);
    expect((screen.getByLabelText('Subject') as HTMLTextAreaElement).value).toBe('Thank you, Amy & team');
    expect(body().value).toContain('[something specific Amy said]');
    expect(screen.getByText('Send it today: thank-yous land best the same day.')).toBeTruthy();
  });

  it('highlights the gaps in the preview as text, lists the flags, and blocks Mark as sent saying why', async () => {
    setup(draftView());
    await screen.findByLabelText('Message');
    const marks = [...screen.getByTestId('preview-body').querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['[something specific Amy said]']);
    const flags = screen.getByRole('region', { name: 'Check before sending' });
    expect(flags.textContent).toContain('Fill in “something specific Amy said” before sending');
    expect(markSent().disabled).toBe(true);
    expect(screen.getByText(/Fill in the highlighted gaps first/).id).toBe(
      markSent().getAttribute('aria-describedby'),
    );
  });

  it('keeps markup in a draft as text', async () => {
    const text = 'Hi <b>Amy</b>, [a gap]';
    setup(
      draftView({
        body: { text, gaps: [] },
        flags: [
          {
            code: 'gap',
            field: 'text',
            start: text.indexOf('['),
            end: text.length,
            message: 'Fill in “a gap”.',
          },
        ],
      }),
    );
    await screen.findByLabelText('Message');
    const preview = screen.getByTestId('preview-body');
    expect(preview.querySelector('b')).toBeNull();
    expect(preview.textContent).toBe(text);
    expect(preview.querySelector('mark')!.textContent).toBe('[a gap]');
  });

  it('proofreads again on edits: filling the gap clears its flag and allows Mark as sent, which records it', async () => {
    const { fake, onSent } = setup(draftView());
    await screen.findByLabelText('Message');
    fireEvent.input(body(), {
      target: {
        value: body().value.replace('[something specific Amy said]', 'your plans for the spring launch'),
      },
    });
    await waitFor(() => expect(markSent().disabled).toBe(false));
    expect(screen.getByTestId('preview-body').querySelector('mark')).toBeNull();
    expect(screen.queryByText(/Fill in “something specific/)).toBeNull();

    // A new problem typed in is flagged.
    fireEvent.input(body(), { target: { value: `${body().value}\nI was was glad to meet you.` } });
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Check before sending' })).getAllByRole('listitem').length,
      ).toBeGreaterThan(0),
    );
    expect(screen.getByRole('region', { name: 'Check before sending' }).textContent).toMatch(
      /was was|twice|repeat/i,
    );

    fireEvent.click(markSent());
    await waitFor(() => expect(onSent).toHaveBeenCalledWith(amy));
    expect(fake.mock.calls.find(([m]) => m === 'markSent')).toEqual([
      'markSent',
      { opportunityId: 'o1', taskId: 'thank_you:p1', channel: 'email' },
    ]);
  });

  it.each([
    ['linkedin_note', 'linkedin'],
    ['linkedin', 'linkedin'],
    ['letter', 'letter'],
    ['phone', 'phone'],
    ['voicemail', 'voicemail'],
  ] as const)('records a %s draft as sent by %s', async (draftChannel, recorded) => {
    const { fake } = setup(draftView({ channel: draftChannel, subject: null, flags: [], final: true }));
    await screen.findByLabelText('Message');
    fireEvent.click(markSent());
    await waitFor(() =>
      expect(fake.mock.calls.find(([m]) => m === 'markSent')?.[1]).toEqual({
        opportunityId: 'o1',
        taskId: 'thank_you:p1',
        channel: recorded,
      }),
    );
  });

  it('re-drafts on a tone or channel switch', async () => {
    const { fake } = setup((params) =>
      draftView({
        tone: (params.tone as 'warm' | 'formal' | null) ?? 'warm',
        channel: (params.channel as DraftView['channel'] | null) ?? 'email',
      }),
    );
    await screen.findByLabelText('Message');
    fireEvent.click(screen.getByRole('radio', { name: 'Formal' }));
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Formal' }) as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Send as' }), { target: { value: 'linkedin' } });
    await waitFor(() => expect(fake.mock.calls.length).toBe(3));
    expect(
      fake.mock.calls.map(([, p]) => [(p as { tone: unknown }).tone, (p as { channel: unknown }).channel]),
    ).toEqual([
      [null, null],
      ['formal', null],
      ['formal', 'linkedin'],
    ]);
    await waitFor(() => expect(screen.queryByRole('link', { name: /Open in Gmail/ })).toBeNull());
  });

  it('offers Gmail, the email app and a call with the draft filled in, and copies it', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    setup(draftView());
    await screen.findByLabelText('Message');
    const gmail = screen.getByRole('link', { name: /Open in Gmail/ });
    const href = gmail.getAttribute('href')!;
    expect(href).toMatch(
      /^https:\/\/mail\.google\.com\/mail\/\?view=cm&fs=1&to=amy@acme\.example&su=Thank%20you%2C%20Amy%20%26%20team&body=Hi%20Amy%2C%0A%0AThank/,
    );
    expect(gmail.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: 'Email app' }).getAttribute('href')).toMatch(
      /^mailto:amy@acme\.example\?subject=Thank%20you%2C%20Amy%20%26%20team&body=Hi%20Amy%2C%0D%0A%0D%0AThank/,
    );
    expect(screen.getByRole('link', { name: 'Call +1 555 0100' }).getAttribute('href')).toBe('tel:+15550100');

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`Thank you, Amy & team\n\n${body().value}`));
    expect((await screen.findByRole('status')).textContent).toBe('Copied.');
  });

  it("opens the draft in Outlook when that is the user's webmail, at the address they use", async () => {
    setup(draftView({ webmail: { site: 'outlook', origin: 'https://outlook.office.com' } }));
    await screen.findByLabelText('Message');
    expect(screen.queryByRole('link', { name: /Open in Gmail/ })).toBeNull();
    const outlook = screen.getByRole('link', { name: /Open in Outlook/ });
    expect(outlook.getAttribute('href')).toMatch(
      /^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?to=amy@acme\.example&subject=Thank%20you%2C%20Amy%20%26%20team&body=Hi%20Amy%2C%0A%0AThank/,
    );
    expect(outlook.getAttribute('target')).toBe('_blank');
  });

  it('has no call link without a phone, and says when there is nothing to draft', async () => {
    setup(draftView({ recipient: { name: 'Amy Lee', email: null, phone: null, linkedinUrl: null } }));
    await screen.findByLabelText('Message');
    expect(screen.queryByRole('link', { name: /^Call/ })).toBeNull();
    document.body.replaceChildren();
    setup(null);
    expect(await screen.findByText('This task has no message to draft.')).toBeTruthy();
  });
});

describe('Popup draft flow', () => {
  it('opens the draft from a task, and Mark as sent returns to the reloaded list', async () => {
    let sent = false;
    let loads = 0;
    const fake = fakeCall({
      siteStatus: () => [],
      proposals: () => [],
      popupData: () => {
        loads++;
        return sent ? popupData() : popupData({ dueToday: [amy], totals: { overdue: 0, dueToday: 1 } });
      },
      draftTask: () => draftView({ flags: [], final: true }),
      markSent: () => {
        sent = true;
        return { tasks: [] };
      },
    });
    vi.mocked(call).mockImplementation(fake as never);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Draft' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as sent' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Recorded as sent: Send a thank-you — Amy Lee',
    );
    expect(loads).toBe(2);
    expect(screen.queryByLabelText('Message')).toBeNull();
  });

  it('Back returns to the list without writing', async () => {
    const fake = fakeCall({
      siteStatus: () => [],
      proposals: () => [],
      popupData: () => popupData({ dueToday: [amy], totals: { overdue: 0, dueToday: 1 } }),
      draftTask: () => draftView(),
    });
    vi.mocked(call).mockImplementation(fake as never);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Draft' }));
    fireEvent.click(await screen.findByRole('button', { name: /Back to the list/ }));
    expect(await screen.findByRole('heading', { name: 'Due today (1)' })).toBeTruthy();
    expect(fake.mock.calls.map(([m]) => m).filter((m) => m !== 'proposals')).toEqual([
      'siteStatus',
      'popupData',
      'draftTask',
    ]);
  });
});
