// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Settings } from '@/components/settings/Settings';
import { call } from '@/lib/messaging/client';
import { UserSettings } from '@/lib/model';
import { defaultTemplate } from '@/lib/templates/catalog';
import { downloadFile } from '@/lib/ui/download';
import { messages } from '@/lib/ui/strings';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));
// Only the download itself is faked; file names and types are the real ones.
vi.mock('@/lib/ui/download', async (original) => ({
  ...(await original<object>()),
  downloadFile: vi.fn(),
}));

beforeEach(() => {
  vi.mocked(call).mockReset();
  vi.mocked(downloadFile).mockReset();
});

type Handler = (params: never) => unknown;

/** A fake background: each method answers from its handler; a throw is the background's refusal. */
function fakeBackground(handlers: Record<string, Handler>) {
  const mocked = vi.mocked(call);
  mocked.mockImplementation((async (method: string, params: never) => {
    const handler = handlers[method];
    if (!handler) throw new Error(`unexpected call: ${method}`);
    return handler(params);
  }) as unknown as typeof call);
  return mocked;
}

function paramsOf(method: string): unknown[] {
  return vi
    .mocked(call)
    .mock.calls.filter(([m]) => m === method)
    .map(([, params]) => params);
}

const stored = UserSettings.parse({
  timeZone: 'America/New_York',
  name: 'Sam Rivera',
  phone: '+1 555 0100',
  templates: {
    'check_in.email.warm.before_decision': { subject: 'Checking in', body: 'Hi {firstName}, any news?' },
  },
});

function setup(handlers: Record<string, Handler> = {}) {
  const background = fakeBackground({
    getSettings: () => stored,
    saveSettings: (params: UserSettings) => params,
    ...handlers,
  });
  render(<Settings now={() => new Date('2026-11-03T15:00:00Z')} />);
  return background;
}

const input = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('Settings: profile and schedule', () => {
  it('shows the stored settings and saves the user’s changes', async () => {
    setup();
    const name = (await screen.findByLabelText('Your name')) as HTMLInputElement;
    expect(name.value).toBe('Sam Rivera');
    expect((screen.getByLabelText('Time zone') as HTMLSelectElement).value).toBe('America/New_York');

    input('Your name', 'Sam R. Rivera');
    input('Signature', 'Sam\nsam@example.com');
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Europe/Berlin' } });
    input('Start of the working day', '08:30');
    input('End of the working day', '16:00');
    fireEvent.change(screen.getByLabelText('How you usually follow up'), { target: { value: 'phone' } });
    fireEvent.click(screen.getByLabelText('3 check-ins without a reply'));
    fireEvent.click(screen.getByLabelText(/^Formal/));
    fireEvent.click(screen.getByLabelText('Notify me when a follow-up is due'));
    fireEvent.click(screen.getByLabelText('Keep the whole text of tracked emails'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    const profile = screen.getByRole('region', { name: 'You and your schedule' });
    await waitFor(() => expect(within(profile).getByRole('status').textContent).toBe('Saved.'));
    expect(paramsOf('saveSettings')).toEqual([
      {
        ...stored,
        name: 'Sam R. Rivera',
        signature: 'Sam\nsam@example.com',
        timeZone: 'Europe/Berlin',
        workday: ['08:30', '16:00'],
        defaultChannel: 'phone',
        maxUnanswered: 3,
        tone: 'formal',
        notifications: false,
        keepEmailText: true,
      },
    ]);
  });

  it('explains the move-on setting and the privacy of keeping email text', async () => {
    setup();
    await screen.findByLabelText('Your name');
    expect(screen.getByText(/After this many check-ins without a reply, Afterview suggests/)).toBeTruthy();
    expect(screen.getByText(/only the subject, the people, the date and a short snippet/)).toBeTruthy();
  });

  it('names the field when the working day ends before it starts, and sends nothing', async () => {
    setup();
    await screen.findByLabelText('Your name');
    input('Start of the working day', '17:00');
    input('End of the working day', '09:00');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Working hours: the start must come before the end');
    expect(screen.getByLabelText('End of the working day').getAttribute('aria-invalid')).toBe('true');
    expect(paramsOf('saveSettings')).toEqual([]);
  });

  it('names the phone number when it is too long', async () => {
    setup();
    await screen.findByLabelText('Your name');
    input('Your phone number', '5'.repeat(61));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your phone number is too long: at most 60 characters.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Your phone number'));
    expect(paramsOf('saveSettings')).toEqual([]);
  });

  it('shows the background’s refusal', async () => {
    setup({
      saveSettings: () => {
        throw new Error('Storage is full');
      },
    });
    await screen.findByLabelText('Your name');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Storage is full');
  });
});

describe('Settings: templates', () => {
  const thankYou = () => screen.getByRole('form', { name: 'Thank-you: Email, warm' });

  it('lists the catalog by kind, marking the edited ones', async () => {
    setup();
    await screen.findByLabelText('Your name');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['Thank-you', 'Check-in', 'LinkedIn connection note']));
    const edited = screen.getByRole('form', { name: 'Check-in: Email, warm, before their decision date' });
    expect(within(edited.closest('details')!).getByText('Edited')).toBeTruthy();
    expect((within(edited).getByLabelText('Subject') as HTMLInputElement).value).toBe('Checking in');
    expect(within(thankYou().closest('details')!).queryByText('Edited')).toBeNull();
    // Only an email has a subject.
    const card = screen.getByRole('form', { name: 'Thank-you: Handwritten card, warm' });
    expect(within(card).queryByLabelText('Subject')).toBeNull();
  });

  it('shows every problem of an edit as it is typed, and will not save it', async () => {
    setup();
    await screen.findByLabelText('Your name');
    const form = thankYou();
    fireEvent.input(within(form).getByLabelText('Message'), {
      target: { value: 'Hi {frstName}, thanks {company' },
    });
    const items = within(form)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'body: {frstName} is not something Afterview can fill in (try {firstName}).',
      'body: “{company” opens a placeholder but never closes it.',
    ]);
    expect(within(form).getByLabelText('Message').getAttribute('aria-invalid')).toBe('true');
    expect((within(form).getByRole('button', { name: 'Save wording' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('saves a valid edit and marks it edited', async () => {
    setup({
      saveTemplate: (params: { id: string; subject: string | null; body: string }) => ({
        ...stored,
        templates: { ...stored.templates, [params.id]: { subject: params.subject, body: params.body } },
      }),
    });
    await screen.findByLabelText('Your name');
    const form = thankYou();
    fireEvent.input(within(form).getByLabelText('Subject'), { target: { value: 'Thank you, {firstName}' } });
    fireEvent.input(within(form).getByLabelText('Message'), {
      target: { value: 'Hi {firstName},\n\nThank you for today.\n\n{signature}' },
    });
    expect(within(form).queryAllByRole('listitem')).toEqual([]);
    fireEvent.click(within(form).getByRole('button', { name: 'Save wording' }));
    await waitFor(() => expect(within(form).getByRole('status').textContent).toBe('Saved.'));
    expect(paramsOf('saveTemplate')).toEqual([
      {
        id: 'thank_you.email.warm',
        subject: 'Thank you, {firstName}',
        body: 'Hi {firstName},\n\nThank you for today.\n\n{signature}',
      },
    ]);
    expect(within(thankYou().closest('details')!).getByText('Edited')).toBeTruthy();
  });

  it('asks before going back to the default wording', async () => {
    const defaults = defaultTemplate('check_in.email.warm.before_decision')!;
    setup({ resetTemplate: () => ({ ...stored, templates: {} }) });
    await screen.findByLabelText('Your name');
    const form = screen.getByRole('form', { name: 'Check-in: Email, warm, before their decision date' });
    fireEvent.click(within(form).getByRole('button', { name: 'Reset to default' }));
    expect(paramsOf('resetTemplate')).toEqual([]);
    const question = within(form).getByRole('group', { name: /Go back to Afterview’s wording\?/ });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Yes, reset' }));

    // Cancel keeps the user's version.
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(paramsOf('resetTemplate')).toEqual([]);
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Reset to default' }));

    fireEvent.click(within(form).getByRole('button', { name: 'Reset to default' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() =>
      expect(within(form).getByRole('status').textContent).toBe('Back to the default wording.'),
    );
    expect(paramsOf('resetTemplate')).toEqual([{ id: 'check_in.email.warm.before_decision' }]);
    expect(within(form.closest('details')!).queryByText('Edited')).toBeNull();
    await waitFor(() =>
      expect((within(form).getByLabelText('Message') as HTMLTextAreaElement).value).toBe(defaults.body),
    );
    expect((within(form).getByLabelText('Subject') as HTMLInputElement).value).toBe(defaults.subject);
  });
});

describe('Settings: data', () => {
  const counts = { opportunities: 2, people: 3, interviews: 1, touches: 4, taskStates: 0, threads: 1 };

  function chooseFile(text: string) {
    const file = new File([text], 'afterview-backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Backup file'), { target: { files: [file] } });
  }

  it('exports JSON, CSV and ICS as dated files', async () => {
    const backup = { format: 'afterview-backup', version: 1 };
    setup({ exportBackup: () => backup, exportCsv: () => 'company\r\n', exportIcs: () => 'BEGIN:VCALENDAR' });
    await screen.findByLabelText('Your name');
    fireEvent.click(screen.getByRole('button', { name: 'Backup (JSON)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(2));
    fireEvent.click(screen.getByRole('button', { name: /ICS/ }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(3));
    expect(vi.mocked(downloadFile).mock.calls).toEqual([
      ['afterview-backup-2026-11-03.json', backup, 'application/json'],
      ['afterview-opportunities-2026-11-03.csv', 'company\r\n', 'text/csv;charset=utf-8'],
      ['afterview-follow-ups-2026-11-03.ics', 'BEGIN:VCALENDAR', 'text/calendar;charset=utf-8'],
    ]);
    expect(screen.getByText('Downloaded afterview-follow-ups-2026-11-03.ics.')).toBeTruthy();
  });

  it('imports a file, merging by default, and shows the counts', async () => {
    setup({ importBackup: () => counts });
    await screen.findByLabelText('Your name');
    chooseFile('{"format":"afterview-backup"}');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported. Records written:');
    expect(paramsOf('importBackup')).toEqual([{ file: '{"format":"afterview-backup"}', mode: 'merge' }]);
    const list = screen.getByText('Imported. Records written:').nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Opportunities: 2',
      'People: 3',
      'Interviews: 1',
      'Messages and calls: 4',
      'Follow-up states: 0',
      'Gmail threads: 1',
    ]);
    // The stored settings may have come with the file: they are read again.
    await waitFor(() => expect(paramsOf('getSettings')).toHaveLength(2));
  });

  it('says that replace replaces everything, asks once more, and sends that mode', async () => {
    setup({ importBackup: () => counts });
    await screen.findByLabelText('Your name');
    chooseFile('{}');
    fireEvent.click(screen.getByLabelText(/replaces everything/));
    fireEvent.click(screen.getByRole('button', { name: 'Import and replace everything' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/erases every opportunity/);
    expect(paramsOf('importBackup')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase and replace' }));
    await screen.findByText('Imported. Records written:');
    expect(paramsOf('importBackup')).toEqual([{ file: '{}', mode: 'replace' }]);
  });

  it('shows the background’s error naming the record and field, and that nothing changed', async () => {
    setup({
      importBackup: () => {
        throw new Error('people[0].role: Invalid option: expected one of "interviewer"|"recruiter"');
      },
    });
    await screen.findByLabelText('Your name');
    chooseFile('{}');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The file was not imported: people[0].role: Invalid option: expected one of "interviewer"|"recruiter"',
    );
    expect(alert.textContent).toContain('Nothing was changed');
  });

  it('asks for a file before importing', async () => {
    setup();
    await screen.findByLabelText('Your name');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a backup file first.');
    expect(paramsOf('importBackup')).toEqual([]);
  });

  it('erases everything only after the user types WIPE', async () => {
    setup({ wipe: () => null });
    await screen.findByLabelText('Your name');
    expect(screen.queryByLabelText('Type WIPE to confirm')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    const typed = screen.getByLabelText('Type WIPE to confirm');
    expect(document.activeElement).toBe(typed);
    const confirm = screen.getByRole('button', { name: 'Erase everything now' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    fireEvent.input(typed, { target: { value: 'wipe' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(confirm.closest('form')!);
    expect(paramsOf('wipe')).toEqual([]);

    fireEvent.input(typed, { target: { value: 'WIPE' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await screen.findByText('Everything was erased.');
    expect(paramsOf('wipe')).toEqual([{ confirm: true }]);
    expect(screen.queryByLabelText('Type WIPE to confirm')).toBeNull();
  });

  it('cancels the erase without calling the background', async () => {
    setup({ wipe: () => null });
    await screen.findByLabelText('Your name');
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.input(screen.getByLabelText('Type WIPE to confirm'), { target: { value: 'WIPE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Type WIPE to confirm')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Erase everything…' }));
    expect(paramsOf('wipe')).toEqual([]);
  });
});

describe('Settings: loading', () => {
  it('says when the settings cannot be read', async () => {
    fakeBackground({
      getSettings: () => {
        throw new Error('no background');
      },
    });
    render(<Settings />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Afterview could not load its data: no background',
    );
  });

  it('still offers the backup when the data was written by a newer Afterview', async () => {
    const newer = messages.newerDatabase;
    const backup = { format: 'afterview-backup', version: 1 };
    fakeBackground({
      getSettings: () => {
        throw new Error(newer);
      },
      exportBackup: () => backup,
    });
    render(<Settings now={() => new Date('2026-11-03T15:00:00Z')} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Afterview could not load its data: ${newer}`,
    );
    expect(screen.queryByRole('button', { name: /CSV/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Backup (JSON)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    expect(vi.mocked(downloadFile).mock.calls[0]).toEqual([
      expect.stringMatching(/^afterview-backup-2026-11-0[34]\.json$/),
      backup,
      'application/json',
    ]);
  });
});
