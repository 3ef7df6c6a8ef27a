import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage } from '../../scripts/support/extension';
import { attributeOf, type FirefoxSession, launchFirefox, valuesOf } from '../../scripts/support/firefox';

/**
 * LinkedIn in real Firefox: the Firefox build, its event page and IndexedDB, and hand-built
 * fixtures of LinkedIn's 2026-11 markup served under https://www.linkedin.com.
 */
const LINKEDIN = 'https://www.linkedin.com';
const PRIYA = `${LINKEDIN}/in/priya-natarajan-example/`;
const JOB = `${LINKEDIN}/jobs/view/4210000001/`;

const profile = 'afterview-ui[data-afterview="profile"]';
const dialog = 'afterview-ui >>> form[role="dialog"]';

interface Row {
  [key: string]: unknown;
}

describe('LinkedIn in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds a person from a profile, and shows the chip after navigating away and back', async () => {
    const page = await session.openPage(PRIYA, await fixturePage('linkedin/profile-2024.html'));
    await expect.poll(() => attributeOf(page, profile, 'data-state')).toBe('untracked');
    const button = await page.waitForSelector(`${profile} >>> button.av-button`);
    expect(await button!.evaluate((b) => b.textContent)).toBe('Add to follow-ups');
    await button!.click();

    await page.waitForSelector(dialog);
    // A new opportunity, its company prefilled from the profile's top card.
    expect(await valuesOf(page, 'afterview-ui >>> #av-company')).toEqual(['Brightwater Labs']);
    await page.type('afterview-ui >>> #av-role', 'Senior Product Analyst');
    await page.select('afterview-ui >>> #av-person-role', 'recruiter');
    await (await page.waitForSelector(`${dialog} button[type="submit"]`))!.click();
    await page.waitForSelector(dialog, { hidden: true });

    await expect.poll(() => attributeOf(page, profile, 'data-state')).toBe('tracked');
    expect(await session.readStore<Row>('people')).toEqual([
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
    await session.goto(page, JOB, await fixturePage('linkedin/job-view.html'));
    await session.goto(page, PRIYA);
    await expect.poll(() => attributeOf(page, profile, 'data-state')).toBe('tracked');
    expect(await page.$$eval(`${profile} >>> button.av-chip`, (chips) => chips.length)).toBe(1);
    await page.close();
  });
});
