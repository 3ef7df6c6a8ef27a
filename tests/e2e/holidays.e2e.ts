import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../../scripts/support/extension';

/**
 * Days off in real Chromium, over the built extension's background and IndexedDB: a US
 * public holiday keeps a check-in off Thanksgiving (and without the country it lands there),
 * and the settings page offers the country and saves it.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Reply<T> {
  ok: boolean;
  result: T;
  error?: { code: string; message: string };
}

interface StoredTask {
  id: string;
  kind: string;
  opportunityId: string;
  due: string;
  dueAt: number;
}

const ZONE = 'America/New_York';
const THANKSGIVING = '2026-11-26';

/** The calendar date of an instant in New York. */
const dayInNewYork = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);

describe('days off: public holidays in the plan and on the settings page', () => {
  let session: ExtensionSession;
  let opportunityId: string;

  async function settings(): Promise<Record<string, unknown>> {
    const reply = (await session.call('getSettings')) as Reply<Record<string, unknown>>;
    expect(reply.ok).toBe(true);
    return reply.result;
  }

  async function saveSettings(changes: Record<string, unknown>): Promise<void> {
    const reply = (await session.call('saveSettings', {
      ...(await settings()),
      ...changes,
    })) as Reply<unknown>;
    expect(reply.ok, reply.error?.message).toBe(true);
  }

  /** This opportunity's stored tasks due on Thanksgiving, as New York counts days. */
  async function dueOnThanksgiving(): Promise<string[]> {
    const tasks = await session.readStore<StoredTask>('tasks');
    expect(tasks.filter((t) => t.opportunityId === opportunityId)).not.toEqual([]);
    return tasks
      .filter((t) => t.opportunityId === opportunityId && dayInNewYork(t.dueAt) === THANKSGIVING)
      .map((t) => t.id);
  }

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('plans no task on Thanksgiving with the US holidays, and one there without them', async () => {
    await saveSettings({ timeZone: ZONE, holidayCountry: 'US' });
    expect(await settings()).toMatchObject({ timeZone: ZONE, holidayCountry: 'US', daysOff: [] });

    const opportunity = (await session.call('saveOpportunity', {
      company: 'Harbor Freight Analytics',
      role: 'Data Analyst',
      status: 'awaiting_decision',
      payDiscussed: true,
    })) as Reply<{ id: string }>;
    expect(opportunity.ok).toBe(true);
    opportunityId = opportunity.result.id;
    const dana = (await session.call('savePerson', {
      opportunityId,
      name: 'Dana Brooks',
      role: 'hiring_manager',
      email: 'dana.brooks@harbor.example',
    })) as Reply<{ id: string }>;
    expect(dana.ok).toBe(true);
    // A decision promised for the Wednesday before Thanksgiving: the first check-in is due one
    // business day after it (R5.2), which is Thanksgiving unless the holiday counts.
    const interview = (await session.call('saveInterview', {
      opportunityId,
      id: 'i-thanksgiving',
      start: '2026-11-19T14:00:00-05:00',
      end: '2026-11-19T15:00:00-05:00',
      interviewers: [dana.result.id],
      decisionBy: '2026-11-25',
    })) as Reply<unknown>;
    expect(interview.ok, interview.error?.message).toBe(true);

    expect(await dueOnThanksgiving()).toEqual([]);
    const tasks = await session.readStore<StoredTask>('tasks');
    const checkIn = tasks.find((t) => t.id === 'check_in:i-thanksgiving:1');
    expect(checkIn?.due).toBe('2026-11-27T09:00:00-05:00');

    // The same records without the country: saving the settings replans, onto Thanksgiving.
    await saveSettings({ holidayCountry: null });
    expect(await dueOnThanksgiving()).toEqual(['check_in:i-thanksgiving:1']);

    // The user's own day off does the same as the holiday.
    await saveSettings({ daysOff: [THANKSGIVING] });
    expect(await dueOnThanksgiving()).toEqual([]);
    await saveSettings({ holidayCountry: 'US', daysOff: [] });
    expect(await dueOnThanksgiving()).toEqual([]);
  });

  it('refuses an unknown country code through the protocol and keeps the stored settings', async () => {
    const before = await settings();
    const reply = (await session.call('saveSettings', { ...before, holidayCountry: 'XX' })) as Reply<null>;
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(reply.error!.message).toMatch(/holidayCountry.*unknown country code "XX"/);
    expect(await settings()).toEqual(before);
  });

  it('shows the country on the settings page, and saves a new one and a day off', async () => {
    const page = await session.openExtensionPage('dashboard.html#/settings');
    const section = page.getByRole('region', { name: 'Days off' });
    const select = section.getByLabel('Public holidays of');
    await expect.poll(() => select.inputValue()).toBe('US');
    expect(await select.locator('option:checked').textContent()).toBe('United States');
    expect(await select.locator('option').count()).toBe(1 + 207);

    // Keyboard only: choose Germany, type a day off, Enter adds it.
    await select.selectOption({ label: 'Germany' });
    await section.getByLabel('Day off', { exact: true }).fill('2026-12-24');
    await section.getByLabel('Day off', { exact: true }).press('Enter');
    await section.getByRole('button', { name: /^Remove .*2026/ }).waitFor();

    // axe-core over this section as it stands, with an entry in the list.
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(`(() => {
      const section = [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === 'Days off');
      return axe.run(section).then((r) => r.violations.map((v) => v.id + ': ' + v.help));
    })()`)) as string[];
    expect(violations).toEqual([]);

    await section.getByRole('button', { name: 'Save days off' }).click();
    await expect.poll(() => section.getByText('Saved.').count()).toBe(1);
    expect(await settings()).toMatchObject({ holidayCountry: 'DE', daysOff: ['2026-12-24'], timeZone: ZONE });

    // A fresh page shows what was stored.
    await page.reload();
    const again = page.getByRole('region', { name: 'Days off' });
    await expect.poll(() => again.getByLabel('Public holidays of').inputValue()).toBe('DE');
    expect(await again.locator('li[data-day-off="2026-12-24"]').count()).toBe(1);
    await page.close();
  });
});
