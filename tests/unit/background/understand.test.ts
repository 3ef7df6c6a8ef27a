import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { ThreadUnderstanding, type UnderstandThreadParams } from '@/lib/messaging/gmail';
import { dispatch, type Sender } from '@/lib/messaging/router';
import { useTestDb } from '../store/fixtures';

const newDb = useTestDb('afterview-test-understand');

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const gmailTab: Sender = { id: 'ourid', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 1 } };
const popup: Sender = { id: 'ourid', url: 'chrome-extension://ourid/popup.html' };
const content = { caller: 'content' as const, site: 'gmail' as const };

function setup() {
  const opened = newDb();
  const afterWrite = vi.fn(async () => {});
  const handlers = createHandlers({
    db: () => opened,
    now: () => new Date('2026-11-16T12:00:00Z'),
    version: '9.9.9',
    afterWrite,
  });
  return { handlers, opened, afterWrite };
}

const ME = 'jordan@example.com';
const priya = { name: 'Priya Natarajan', email: 'priya@brightwater.example' };
const marcus = { name: 'Marcus Okafor', email: 'marcus@brightwater.example' };

/** A clearly worded invitation: what it is does not hang on the model's fine judgement. */
const invitation: UnderstandThreadParams = {
  subject: 'Interview invitation: Senior Product Analyst at Brightwater Labs',
  account: ME,
  messages: [
    {
      messageId: 'm1',
      from: priya,
      to: [{ name: 'Jordan Rivera', email: ME }],
      cc: [marcus],
      date: '2026-10-29T09:14:00-04:00',
      text:
        'Hi Jordan,\n\nThank you for applying for the Senior Product Analyst role at Brightwater Labs. ' +
        "We'd like to invite you to a first interview with Marcus Okafor on Tuesday, November 3 at " +
        '2:00 PM ET. Please let me know if that time works for you.\n\nBest,\nPriya Natarajan\n' +
        'Talent Partner, Brightwater Labs',
      quoted: '',
    },
  ],
};

describe('understandThread in the background', () => {
  it('answers what the thread means, within the protocol, and writes nothing', async () => {
    const { handlers, opened, afterWrite } = setup();
    const u = await handlers.understandThread(invitation, content);
    expect(ThreadUnderstanding.safeParse(u).success).toBe(true);
    expect(u.jobRelated).toBe(true);
    expect(u.messages).toEqual([expect.objectContaining({ messageId: 'm1', fromUser: false })]);
    expect(u.suggestion.people.map((p) => p.email)).toEqual([priya.email, marcus.email]);
    expect(afterWrite).not.toHaveBeenCalled();
    expect(await (await opened).getAll('opportunities')).toEqual([]);
  });

  it('is reached from a Gmail tab through the router, and refused to our own pages', async () => {
    const { handlers } = setup();
    const request = { afterview: 1, method: 'understandThread', params: invitation };
    expect(await dispatch(request, gmailTab, handlers, self)).toMatchObject({
      ok: true,
      result: { jobRelated: true },
    });
    expect(await dispatch(request, popup, handlers, self)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  const message = invitation.messages[0]!;
  const withMessage = (over: object) => ({ ...invitation, messages: [{ ...message, ...over }] });
  it.each<[string, unknown, RegExp]>([
    ['no messages list', { subject: 'x', account: null }, /params\.messages/],
    ['too many messages', { ...invitation, messages: Array(201).fill(message) }, /params\.messages/],
    ['a text too long', withMessage({ text: 'x'.repeat(20_001) }), /params\.messages\.0\.text/],
    ['quotes too long', withMessage({ quoted: 'x'.repeat(20_001) }), /params\.messages\.0\.quoted/],
    ['too many Cc', withMessage({ cc: Array(51).fill(marcus) }), /params\.messages\.0\.cc/],
    [
      'a sender without address',
      withMessage({ from: { name: 'Priya' } }),
      /params\.messages\.0\.from\.email/,
    ],
    ['a date without offset', withMessage({ date: '2026-10-29T09:14:00' }), /params\.messages\.0\.date/],
    ['an empty message id', withMessage({ messageId: '' }), /params\.messages\.0\.messageId/],
    ['a huge subject', { ...invitation, subject: 's'.repeat(2001) }, /params\.subject/],
    ['an unknown field', withMessage({ html: '<b>hi</b>' }), /params\.messages\.0/],
  ])('refuses a thread with %s, naming the field', async (_name, params, field) => {
    const { handlers } = setup();
    const spy = vi.spyOn(handlers, 'understandThread');
    const reply = await dispatch(
      { afterview: 1, method: 'understandThread', params },
      gmailTab,
      handlers,
      self,
    );
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringMatching(field) },
    });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('classifyRows in the background', () => {
  const row = (key: string, subject: string, snippet: string, from = priya) => ({
    key,
    subject,
    from,
    snippet,
    date: '2026-11-02T10:42:00-05:00',
  });

  it('answers the keys of the rows that look interview-related, and only those', async () => {
    const { handlers } = setup();
    const { jobRelated } = await handlers.classifyRows(
      {
        rows: [
          row(
            'invite',
            'Interview invitation: Senior Product Analyst',
            "We'd like to invite you to a first interview for the Senior Product Analyst role. Are you available on Tuesday?",
          ),
          row(
            'hike',
            'Sunday hike photos',
            'That was such a good day. Photos are in the shared album — the one at the summit came out great.',
            { name: 'Theo Marchetti', email: 'theo@postbox.example' },
          ),
        ],
      },
      content,
    );
    expect(jobRelated).toContain('invite');
    expect(jobRelated).not.toContain('hike');
  });

  it('answers nothing for no rows, and refuses more than 200 or a row without a key', async () => {
    const { handlers } = setup();
    expect(await handlers.classifyRows({ rows: [] }, content)).toEqual({ jobRelated: [] });
    const rows = Array.from({ length: 201 }, (_, i) => row(`k${i}`, 's', 't'));
    const many = await dispatch(
      { afterview: 1, method: 'classifyRows', params: { rows } },
      gmailTab,
      handlers,
      self,
    );
    expect(many).toMatchObject({ ok: false, error: { code: 'bad_request', message: /params\.rows/ } });
    const keyless = await dispatch(
      { afterview: 1, method: 'classifyRows', params: { rows: [{ ...row('', 's', 't') }] } },
      gmailTab,
      handlers,
      self,
    );
    expect(keyless).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: /params\.rows\.0\.key/ },
    });
  });
});
