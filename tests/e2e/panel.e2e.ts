import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, fixturePage, launchExtension } from '../../scripts/support/extension';

/**
 * The Track panel corrected as a job seeker would, in real Chromium over the Gmail interview
 * fixture: a person's address changed, a person added and one removed, the recruiter who sat
 * in marked as met; then the records in IndexedDB and the interviewer's thank-you draft,
 * addressed to the corrected address.
 */
const GMAIL = 'https://mail.google.com/mail/u/0/';
const INTERVIEW = 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD';

interface Row {
  [key: string]: unknown;
}

describe('Track panel: people you can correct', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('corrects, adds, removes and marks who was met; the thank-you goes to the corrected address', async () => {
    const page = await session.openPage(
      `${GMAIL}#inbox/${INTERVIEW}`,
      await fixturePage('gmail/thread-interview.html'),
    );
    await page.getByRole('button', { name: 'Track follow-up', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Track follow-up' });
    await dialog.waitFor();
    expect(
      await dialog
        .getByLabel(/^Name of person \d+$/)
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['Priya Natarajan', 'Marcus Okafor']);

    // The email's interview was a month ago: say it was earlier today, so thank-yous are due.
    const earlierToday = await page.evaluate(() => {
      const d = new Date(Date.now() - 2 * 3600_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await dialog.getByLabel('Interview (your time)').fill(earlierToday);
    await dialog.getByRole('group', { name: 'Who did you meet?' }).waitFor();

    // Priya is the recruiter; the interviewer Marcus is ticked as met by default.
    await dialog.getByLabel('Role of Priya Natarajan').selectOption('recruiter');
    expect(await dialog.getByLabel('Role of person 1').inputValue()).toBe('recruiter');
    expect(await dialog.getByLabel('Person 1 was in the interview').isChecked()).toBe(false);
    expect(await dialog.getByLabel('Person 2 was in the interview').isChecked()).toBe(true);

    // Marcus's address, corrected.
    expect(await dialog.getByLabel('Email of person 2').inputValue()).toBe(
      'marcus.okafor@brightwater.example',
    );
    await dialog.getByLabel('Email of person 2').fill('marcus@brightwater.example');

    // A person added from the keyboard: the new row takes the focus.
    await dialog.getByRole('button', { name: 'Add a person' }).focus();
    await page.keyboard.press('Enter');
    const focused = (label: string) =>
      dialog.getByLabel(label).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);
    await expect.poll(() => focused('Name of person 3')).toBe(true);
    await page.keyboard.type('Dana Ortiz');
    await page.keyboard.press('Tab');
    await page.keyboard.type('dana at brightwater');
    await dialog.getByLabel('Role of Dana Ortiz').selectOption('hiring_manager');
    expect(await dialog.getByLabel('Person 3 was in the interview').isChecked()).toBe(true);

    // Someone added by mistake, removed (and the removal can be undone while the panel is open).
    await dialog.getByRole('button', { name: 'Add a person' }).click();
    await dialog.getByLabel('Name of person 4').fill('Wrong Person');
    await dialog.getByRole('button', { name: 'Remove person 4' }).click();
    await dialog.getByRole('button', { name: 'Undo removing person 4' }).click();
    expect(await dialog.getByLabel('Name of person 4').inputValue()).toBe('Wrong Person');
    await dialog.getByRole('button', { name: 'Remove person 4' }).click();
    expect(await dialog.getByLabel('Name of person 4').count()).toBe(0);

    // The recruiter sat in the interview too.
    await dialog.getByLabel('Person 1 was in the interview').check();

    // Dana's address is not one: said beside the field, focused, and nothing is written.
    await dialog.getByRole('button', { name: 'Track' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/need a fix/);
    const danaEmail = dialog.getByLabel('Email of person 3');
    expect(await danaEmail.getAttribute('aria-invalid')).toBe('true');
    expect(await focused('Email of person 3')).toBe(true);
    expect(
      await dialog.getByText('This does not look like an email address (name@example.com).').count(),
    ).toBe(1);
    expect(await session.readStore('opportunities')).toEqual([]);
    await danaEmail.fill('dana.ortiz@brightwater.example');

    await dialog.getByRole('button', { name: 'Track' }).click();
    await dialog.waitFor({ state: 'detached' });

    // IndexedDB: the people as corrected, and everyone met in the interview.
    await expect.poll(async () => (await session.readStore('people')).length).toBe(3);
    const people = await session.readStore<Row>('people');
    const byName = (name: string) => people.find((p) => p.name === name)!;
    expect(byName('Priya Natarajan')).toMatchObject({
      role: 'recruiter',
      email: 'priya.natarajan@brightwater.example',
    });
    expect(byName('Marcus Okafor')).toMatchObject({
      role: 'interviewer',
      email: 'marcus@brightwater.example',
    });
    expect(byName('Dana Ortiz')).toMatchObject({
      role: 'hiring_manager',
      email: 'dana.ortiz@brightwater.example',
    });
    expect(people.some((p) => p.name === 'Wrong Person')).toBe(false);
    const interviews = await session.readStore<Row>('interviews');
    expect(interviews).toHaveLength(1);
    expect(new Set(interviews[0]!.interviewers as string[])).toEqual(
      new Set([byName('Priya Natarajan').id, byName('Marcus Okafor').id, byName('Dana Ortiz').id]),
    );
    await page.close();

    // The popup: a thank-you for each, the recruiter's too; Marcus's draft goes to his new address.
    const popup = await session.openExtensionPage('popup.html');
    const thanks = (name: string) =>
      popup.locator('li.task').filter({ hasText: `Send a thank-you — ${name}` });
    await thanks('Marcus Okafor').waitFor();
    expect(await thanks('Priya Natarajan').count()).toBe(1);
    expect(await thanks('Dana Ortiz').count()).toBe(1);
    await thanks('Marcus Okafor').getByRole('button', { name: 'Draft' }).click();
    const to = popup.getByTestId('draft-to');
    await expect.poll(() => to.textContent()).toBe('To: Marcus Okafor <marcus@brightwater.example>');
    expect(await popup.getByLabel('Email address for Marcus Okafor').inputValue()).toBe(
      'marcus@brightwater.example',
    );
    const gmail = new URL((await popup.getByRole('link', { name: /Open in Gmail/ }).getAttribute('href'))!);
    expect(gmail.searchParams.get('to')).toBe('marcus@brightwater.example');
    await popup.close();
  });
});
