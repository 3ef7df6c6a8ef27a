// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Settings } from '@/components/settings/Settings';
import { call } from '@/lib/messaging/client';
import { UserSettings } from '@/lib/model';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

beforeEach(() => {
  vi.mocked(call).mockReset();
});

type Handler = (params: never) => unknown;

function fakeBackground(handlers: Record<string, Handler>) {
  vi.mocked(call).mockImplementation((async (method: string, params: never) => {
    const handler = handlers[method];
    if (!handler) throw new Error(`unexpected call: ${method}`);
    return handler(params);
  }) as unknown as typeof call);
}

const saved = () =>
  vi
    .mocked(call)
    .mock.calls.filter(([m]) => m === 'saveSettings')
    .map(([, params]) => params as UserSettings);

const stored = UserSettings.parse({
  timeZone: 'America/New_York',
  name: 'Sam Rivera',
  daysOff: ['2026-12-24'],
});

async function setup(handlers: Record<string, Handler> = {}) {
  fakeBackground({
    getSettings: () => stored,
    saveSettings: (params: UserSettings) => params,
    ...handlers,
  });
  render(<Settings now={() => new Date('2026-11-03T15:00:00Z')} />);
  return within(await screen.findByRole('region', { name: 'Days off' }));
}

const setDate = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });

describe('Settings: days off', () => {
  it('offers the library’s countries by name, None by default', async () => {
    const section = await setup();
    const select = section.getByLabelText('Public holidays of') as HTMLSelectElement;
    expect(select.value).toBe('');
    const options = [...select.options];
    expect(options[0]?.textContent).toBe('None');
    expect(options.length).toBe(1 + 207);
    expect(options.find((o) => o.value === 'DE')?.textContent).toBe('Germany');
    expect(options.find((o) => o.value === 'US')?.textContent).toBe('United States');
    // Sorted by name, not by code.
    const names = options.slice(1).map((o) => o.textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('saves the country and the days off, checked, with the rest of the settings', async () => {
    const section = await setup();
    expect(section.getByText('Thu, Dec 24, 2026')).toBeTruthy();
    const save = section.getByRole('button', { name: 'Save days off' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.change(section.getByLabelText('Public holidays of'), { target: { value: 'US' } });
    setDate(section.getByLabelText('Day off'), '2026-12-28');
    setDate(section.getByLabelText('Last day, for several days (optional)'), '2026-12-31');
    fireEvent.click(section.getByRole('button', { name: 'Add' }));
    expect(section.getByText('Mon, Dec 28, 2026 to Thu, Dec 31, 2026')).toBeTruthy();
    // Enter in the date field adds too (the add controls are their own form).
    setDate(section.getByLabelText('Day off'), '2026-11-27');
    fireEvent.submit(section.getByLabelText('Day off').closest('form')!);
    expect(section.getAllByRole('listitem').map((li) => li.getAttribute('data-day-off'))).toEqual([
      '2026-11-27',
      '2026-12-24',
      '2026-12-28/2026-12-31',
    ]);

    fireEvent.click(save);
    await waitFor(() => expect(section.getByText('Saved.')).toBeTruthy());
    expect(saved()).toEqual([
      { ...stored, holidayCountry: 'US', daysOff: ['2026-11-27', '2026-12-24', '2026-12-28/2026-12-31'] },
    ]);
    expect(save.disabled).toBe(true);
  });

  it('removes a day with an Undo, keyboard first', async () => {
    const section = await setup();
    fireEvent.click(section.getByRole('button', { name: 'Remove Thu, Dec 24, 2026' }));
    expect(section.queryByText('Thu, Dec 24, 2026')).toBeNull();
    expect(section.getByText('None yet.')).toBeTruthy();
    const undo = section.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(section.getAllByRole('status')[0]?.textContent).toBe(
      'Removed Thu, Dec 24, 2026. Save to keep the change.',
    );

    fireEvent.click(undo);
    const remove = section.getByRole('button', { name: 'Remove Thu, Dec 24, 2026' });
    await waitFor(() => expect(document.activeElement).toBe(remove));
    expect(section.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect((section.getByRole('button', { name: 'Save days off' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(remove);
    fireEvent.click(section.getByRole('button', { name: 'Save days off' }));
    await waitFor(() => expect(saved()).toEqual([{ ...stored, daysOff: [] }]));
  });

  it.each([
    ['no date', '', '', 'Choose the day off first.'],
    [
      'a range that ends before it starts',
      '2026-12-31',
      '2026-12-24',
      'The last day must be on or after the first.',
    ],
    ['a day already in the list', '2026-12-24', '', 'Thu, Dec 24, 2026 is already in the list.'],
    ['more than 366 days in a row', '2026-01-01', '2027-06-01', 'Several days are at most 366 in a row.'],
  ])('refuses %s and says why', async (_name, from, until, message) => {
    const section = await setup();
    setDate(section.getByLabelText('Day off'), from);
    setDate(section.getByLabelText('Last day, for several days (optional)'), until);
    fireEvent.click(section.getByRole('button', { name: 'Add' }));
    expect(section.getByRole('alert').textContent).toBe(message);
    expect(section.getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the background’s refusal', async () => {
    const section = await setup({
      saveSettings: () => {
        throw new Error('Storage is full');
      },
    });
    fireEvent.change(section.getByLabelText('Public holidays of'), { target: { value: 'DE' } });
    fireEvent.click(section.getByRole('button', { name: 'Save days off' }));
    expect((await section.findByRole('alert')).textContent).toBe('Not saved: Storage is full');
  });

  it('names the field when the stored days off are not valid, and sends nothing', async () => {
    const broken = { ...stored, daysOff: ['2026-02-30'] } as UserSettings;
    const section = await setup({ getSettings: () => broken });
    fireEvent.change(section.getByLabelText('Public holidays of'), { target: { value: 'DE' } });
    fireEvent.click(section.getByRole('button', { name: 'Save days off' }));
    expect((await section.findByRole('alert')).textContent).toBe(
      'Your own days off: 2026-02-30 is not a date',
    );
    expect(saved()).toEqual([]);
  });
});
