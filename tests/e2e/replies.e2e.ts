import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, fixturePage, launchExtension } from '../../scripts/support/extension';

/**
 * The reply watch in real Chromium (R5.5): a tracked Gmail thread's row in the inbox shows
 * a newer message without the thread being opened. The employer's reply is recorded and its
 * new decision date proposed in the popup, applied only when confirmed (the check-in moves);
 * the user's own newer message proposes "Mark as sent" for the thank-you it was.
 */
const GMAIL = 'https://mail.google.com/mail/u/0/';
const INTERVIEW_THREAD = 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD';
/** The interview thread's legacy id, as its row in inbox-100.html carries it. */
const LEGACY_ID = '1a187cbc1c0134c6';

interface Row {
  [key: string]: unknown;
}

/** A Gmail date title ("Thu, Dec 3, 2026, 8:05 AM") for a moment, in UTC (the browser's zone here). */
function gmailTitle(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
  return parts.replace(/\u202f/g, ' ');
}

/** `datetime-local` value for a moment, in UTC. */
const localInput = (date: Date) => date.toISOString().slice(0, 16);

describe('the reply watch', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The interview thread's row: its newest message becomes `fields`. */
  const changeRow = (
    page: Page,
    fields: { title: string; snippet: string; people: Array<[string, string]> },
  ) =>
    page.evaluate(
      ([id, { title, snippet, people }]) => {
        const subject = document.querySelector(`[data-legacy-thread-id="${id}"]`)!;
        const row = subject.closest('tr')!;
        row.querySelector('td.xW span[title]')!.setAttribute('title', title);
        row.querySelector('.y2')!.textContent = ` - ${snippet}`;
        const shown = [...row.querySelectorAll('span[email]')];
        const senders = shown[0]!.parentElement!;
        for (const span of shown) span.remove();
        senders.append(
          ...people.map(([name, email]) => {
            const span = document.createElement('span');
            span.setAttribute('email', email);
            span.setAttribute('name', name);
            span.textContent = name;
            return span;
          }),
        );
      },
      [LEGACY_ID, fields] as const,
    );

  it('records an employer reply seen in the list, and moves the check-in once its date is confirmed', async () => {
    // Track the interview thread, with the interview yesterday (so thank-yous are due).
    const thread = await session.openPage(
      `${GMAIL}#inbox/${INTERVIEW_THREAD}`,
      await fixturePage('gmail/thread-interview.html'),
    );
    await thread.getByRole('button', { name: 'Track follow-up', exact: true }).click();
    const dialog = thread.getByRole('dialog', { name: 'Track follow-up' });
    await dialog.waitFor();
    const interview = new Date(Date.now() - 24 * 60 * 60 * 1000);
    interview.setUTCHours(14, 0, 0, 0);
    await dialog.getByLabel('Interview (your time)').fill(localInput(interview));
    await dialog.getByLabel('They will decide by').fill('');
    await dialog.getByRole('button', { name: 'Track' }).click();
    await dialog.waitFor({ state: 'detached' });
    await thread.close();
    const [threadRecord] = await session.readStore<Row>('threads');
    expect(threadRecord?.lastMessageAt).toBeTruthy();
    const touchesBefore = (await session.readStore<Row>('touches')).length;

    // The inbox: the tracked thread's row now shows a newer message from the recruiter.
    const inbox = await session.openPage(`${GMAIL}#inbox`, await fixturePage('gmail/inbox-100.html'));
    await inbox.locator(`[data-legacy-thread-id="${LEGACY_ID}"]`).waitFor();
    const replyAt = new Date(interview.getTime() + 3 * 60 * 60 * 1000);
    await changeRow(inbox, {
      title: gmailTitle(replyAt),
      snippet: 'Hi Jordan, thanks again for your time. We will update you by Wednesday, December 9.',
      people: [
        ['Priya Natarajan', 'priya.natarajan@brightwater.example'],
        ['me', 'jordan.rivera@example.com'],
        ['Priya Natarajan', 'priya.natarajan@brightwater.example'],
      ],
    });
    // Recorded without opening the thread: one received touch more.
    await expect.poll(async () => (await session.readStore<Row>('touches')).length).toBe(touchesBefore + 1);
    const received = (await session.readStore<Row>('touches')).find((t) =>
      String(t.gmailMessageId).startsWith('row:'),
    );
    expect(received).toMatchObject({ direction: 'received', channel: 'email', decisionBy: null });

    // The popup proposes the date with the words it came from; the check-in moves only on "yes".
    const checkIn = async () =>
      (await session.readStore<Row>('tasks')).find((t) => t.kind === 'check_in' && t.open === 1);
    const before = await checkIn();
    expect(Date.parse(String(before?.due))).toBeLessThan(Date.parse('2026-12-10T00:00:00Z'));
    const popup = await session.openExtensionPage('popup.html');
    const proposal = popup.locator('[data-proposal="decision_by"]');
    await proposal.waitFor();
    expect(await proposal.textContent()).toMatch(/Dec 9/);
    expect(await proposal.getByLabel('What the email says').textContent()).toMatch(/December 9/);
    await proposal.getByRole('button', { name: 'Yes, do it' }).click();
    await proposal.waitFor({ state: 'detached' });
    await expect
      .poll(async () => Date.parse(String((await checkIn())?.due)))
      .toBeGreaterThanOrEqual(Date.parse('2026-12-10T00:00:00Z'));
    await popup.close();

    // Then the user's own thank-you to the interviewer appears as the row's newest message.
    await changeRow(inbox, {
      title: gmailTitle(new Date(replyAt.getTime() + 60 * 60 * 1000)),
      snippet: 'Hi Marcus, thank you for taking the time to talk with me yesterday.',
      people: [
        ['Priya Natarajan', 'priya.natarajan@brightwater.example'],
        ['Marcus Okafor', 'marcus.okafor@brightwater.example'],
        ['me', 'jordan.rivera@example.com'],
      ],
    });
    const again = await session.openExtensionPage('popup.html');
    const sent = again.locator('[data-proposal="mark_sent"]');
    await expect
      .poll(async () => {
        await again.reload();
        return sent.count();
      })
      .toBe(1);
    expect(await sent.textContent()).toMatch(/thank-you/i);
    const thankYou = async () =>
      (await session.readStore<Row>('tasks')).find(
        (t) => t.kind === 'thank_you' && String(t.id).endsWith(String(marcusId)),
      );
    const marcusId = (await session.readStore<Row>('people')).find((p) => p.name === 'Marcus Okafor')?.id;
    expect((await thankYou())?.state).not.toBe('done');
    await sent.getByRole('button', { name: 'Yes, do it' }).click();
    await expect.poll(async () => (await thankYou())?.state).toBe('done');
    await again.close();
    await inbox.close();
  });
});
