import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  fixturePage,
  launchExtension,
  screenshot,
} from '../../scripts/support/extension';

/**
 * LinkedIn in real Chromium: the built extension, its real service worker and IndexedDB,
 * and hand-built fixtures of LinkedIn's 2026-11 markup served under https://www.linkedin.com.
 */
const LINKEDIN = 'https://www.linkedin.com';
const PRIYA = `${LINKEDIN}/in/priya-natarajan-example/`;
const SAMUEL = `${LINKEDIN}/in/samuel-adeyemi-park-example/`;

interface Row {
  [key: string]: unknown;
}

describe('LinkedIn', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  const open = async (fixture: string, url: string) =>
    session.openPage(url, await fixturePage(`linkedin/${fixture}.html`));
  const profileHost = (page: Page) => page.locator('afterview-ui[data-afterview="profile"]');
  const linkedinRecord = async () =>
    (await session.readStore<Row>('sites')).find((record) => record.site === 'linkedin');

  /**
   * Open a fixture and wait until its content script has told the background what it made
   * of the page (each page reports once; a layout it cannot read only after the grace period).
   */
  async function openReported(fixture: string, url: string): Promise<Page> {
    const before = Number((await linkedinRecord())?.visits ?? 0);
    const page = await open(fixture, url);
    await expect
      .poll(async () => Number((await linkedinRecord())?.visits ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(before);
    return page;
  }

  /** What the popup says of LinkedIn, once it says what `expected` looks for. */
  async function popupSaysOfLinkedIn(expected: RegExp): Promise<string> {
    const popup = await session.openExtensionPage('popup.html');
    const line = popup.locator('li[data-site="linkedin"]');
    await expect.poll(() => line.textContent()).toMatch(expected);
    const text = (await line.textContent()) ?? '';
    await popup.close();
    return text;
  }

  async function addToFollowUps(page: Page, personRole: string, role: string): Promise<string> {
    await page.getByRole('button', { name: 'Add to follow-ups', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to follow-ups' });
    await dialog.waitFor();
    // A new opportunity, its company prefilled from the profile.
    const company = await dialog.getByLabel('Company').inputValue();
    await dialog.getByLabel('Role you applied for').fill(role);
    await dialog.getByLabel(/is your…$/).selectOption(personRole);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    return company;
  }

  it('adds a person from a profile, and shows the chip after navigating away and back', async () => {
    const page = await open('profile-2024', PRIYA);
    await expect.poll(() => profileHost(page).getAttribute('data-state')).toBe('untracked');
    await screenshot(page, 'linkedin-add-button', page.locator('h1').first(), 16);
    const company = await addToFollowUps(page, 'recruiter', 'Senior Product Analyst');
    expect(company).toBe('Brightwater Labs'); // read from the top card's aria-label
    await expect.poll(() => profileHost(page).getAttribute('data-state')).toBe('tracked');

    const people = await session.readStore<Row>('people');
    expect(people).toEqual([
      expect.objectContaining({ name: 'Priya Natarajan', role: 'recruiter', linkedinUrl: PRIYA }),
    ]);
    expect(await session.readStore<Row>('opportunities')).toEqual([
      expect.objectContaining({
        company: 'Brightwater Labs',
        role: 'Senior Product Analyst',
        status: 'applied',
      }),
    ]);

    // Away (a job page, in the same tab) and back: the chip is there without a click.
    await page.goto(`${LINKEDIN}/jobs/view/4210000001/`);
    await page.goto(PRIYA);
    await expect.poll(() => profileHost(page).getAttribute('data-state')).toBe('tracked');
    expect(await page.getByRole('button', { name: /^Brightwater Labs · / }).count()).toBe(1);
    await page.close();
  });

  it('links a job posting to the same job already followed, never a second opportunity', async () => {
    // Runs after the profile test, which started following Senior Product Analyst at Brightwater Labs.
    const before = await session.readStore<Row>('opportunities');
    const page = await open('job-view', `${LINKEDIN}/jobs/view/4210000001/`);
    await page.getByRole('button', { name: 'Track this job', exact: true }).click();
    await expect
      .poll(() => page.locator('afterview-ui [role="status"]').textContent())
      .toMatch(/^You already follow this job/);
    const after = await session.readStore<Row>('opportunities');
    expect(after).toHaveLength(before.length);
    expect(after.filter((o) => o.jobUrl)).toEqual([
      expect.objectContaining({
        jobUrl: `${LINKEDIN}/jobs/view/4210000001/`,
        role: 'Senior Product Analyst',
        company: 'Brightwater Labs',
      }),
    ]);
    await page.close();
  });

  it('holds the connection note back while the process runs, then inserts it within 300 characters', async () => {
    // The invitation dialog covers the page, so Samuel is added the way the popup would add him
    // (adding from a profile is the first test).
    const added = (await session.call('addProfilePerson', {
      newOpportunity: { company: 'Copperleaf Systems', role: 'Analytics Lead' },
      person: { name: 'Samuel Adeyemi-Park', headline: null, profileUrl: SAMUEL, role: 'hiring_manager' },
    })) as { ok: boolean };
    expect(added.ok).toBe(true);
    const page = await open('invitation-modal', SAMUEL);
    const insert = page.getByRole('button', { name: 'Insert note', exact: true });
    await insert.waitFor();
    // The dialog hides the profile from assistive technology: no chip goes under it.
    expect(await profileHost(page).count()).toBe(0);
    await insert.click();
    await expect
      .poll(() => page.locator('afterview-ui [role="status"]').textContent())
      .toMatch(/process is over/);
    const note = page.locator('textarea#custom-message');
    expect(await note.inputValue()).toBe('');

    // The process ends (the user records the rejection): R8 now plans the connection.
    const opportunity = (await session.readStore<Row>('opportunities')).find(
      (o) => o.role === 'Analytics Lead',
    )!;
    const { createdAt: _c, updatedAt: _u, ...rest } = opportunity;
    const saved = (await session.call('saveOpportunity', {
      ...rest,
      status: 'closed',
      outcome: 'rejected',
      outcomeAt: new Date().toISOString(),
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);

    await insert.click();
    await expect.poll(() => note.inputValue()).toMatch(/^Hi Samuel,/);
    const text = await note.inputValue();
    expect(text.length).toBeLessThanOrEqual(300);
    expect(await page.locator('afterview-ui [data-counter]').textContent()).toBe(`${text.length}/300`);
    await page.close();
  });

  it('reads the public "Profile Not Found" page as a missing page: no button, nobody stored', async () => {
    const people = await session.readStore<Row>('people');
    const page = await openReported('profile-not-found-public', `${LINKEDIN}/in/no-such-person-example`);
    expect(await linkedinRecord()).toMatchObject({ layout: 'recognised', missing: null });
    expect(await page.locator('afterview-ui').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add to follow-ups' }).count()).toBe(0);
    const after = await session.readStore<Row>('people');
    expect(after).toEqual(people);
    expect(after.map((person) => person.name)).not.toContain('Profile Not Found');
    await page.close();
  });

  it('puts no button under the sign-in modal of a public profile', async () => {
    const page = await openReported('profile-public-signin', `${LINKEDIN}/in/keiko-brandt-example`);
    expect(await page.locator('[aria-hidden="true"] afterview-ui, [inert] afterview-ui').count()).toBe(0);
    expect(await profileHost(page).count()).toBe(0);
    await page.close();
  });

  it("leaves a profile's subpage alone: no button, and no warning in the popup", async () => {
    const page = await openReported('profile-details', `${PRIYA}details/experience/`);
    expect(await linkedinRecord()).toMatchObject({ layout: 'recognised', missing: null });
    expect(await page.locator('afterview-ui').count()).toBe(0);
    const said = await popupSaysOfLinkedIn(/LinkedIn connected · seen/);
    expect(said).not.toMatch(/paused|partly recognised|not recognised/);
    await page.close();
  });

  it('says in the popup that a profile read in part is partly recognised, naming the missing parts', async () => {
    const page = await openReported(
      'profile-2016-public-limited',
      `${LINKEDIN}/in/ines-okonkwo-berg-example`,
    );
    expect(await linkedinRecord()).toMatchObject({
      layout: 'degraded',
      missing: 'profile headline, current company',
    });
    // What was read still serves: the button is beside her name.
    await expect.poll(() => profileHost(page).count()).toBe(1);
    await popupSaysOfLinkedIn(
      /partly recognised: LinkedIn’s layout has changed in places \(profile headline, current company not found\)/,
    );
    await page.close();
  });
});
