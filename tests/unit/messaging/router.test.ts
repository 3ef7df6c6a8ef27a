import { describe, expect, it, vi } from 'vitest';
import { methodNames, protocol } from '@/lib/messaging/protocol';
import {
  type CallContext,
  dispatch,
  ForbiddenError,
  type Handlers,
  identifyCaller,
  type Sender,
} from '@/lib/messaging/router';

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const gmailTab: Sender = { id: 'ourid', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 1 } };
const linkedinTab: Sender = { id: 'ourid', url: 'https://www.linkedin.com/in/someone/', tab: { id: 2 } };
const popup: Sender = { id: 'ourid', url: 'chrome-extension://ourid/popup.html' };

function fakeHandlers(): Handlers {
  // Every method answers something harmless; the ones under test answer for real.
  const handlers = Object.fromEntries(
    methodNames.map((name) => [name, vi.fn(async () => null)]),
  ) as unknown as Handlers;
  handlers.ping = vi.fn(async () => ({ pong: true as const, version: '1.0.0' }));
  handlers.siteSeen = vi.fn(async ({ site }) => ({
    site,
    firstSeen: '2026-01-01T00:00:00Z',
    lastSeen: '2026-01-01T00:00:00Z',
    visits: 1,
    layout: 'recognised' as const,
    missing: null,
    origin: null,
  }));
  handlers.siteStatus = vi.fn(async () => []);
  return handlers;
}

describe('identifyCaller', () => {
  it.each<[string, Sender, ReturnType<typeof identifyCaller>]>([
    ['our popup', popup, { caller: 'extension', site: null }],
    ['a Gmail tab', gmailTab, { caller: 'content', site: 'gmail', origin: 'https://mail.google.com' }],
    [
      'a LinkedIn tab',
      linkedinTab,
      { caller: 'content', site: 'linkedin', origin: 'https://www.linkedin.com' },
    ],
    ...[
      'https://outlook.live.com/mail/0/inbox',
      'https://outlook.office.com/mail/inbox/id/AAQk%3D',
      'https://outlook.office365.com/mail/',
      'https://outlook.cloud.microsoft/mail/inbox',
    ].map((url): [string, Sender, CallContext] => [
      `an Outlook tab at ${url}`,
      { id: 'ourid', url, tab: { id: 3 } },
      { caller: 'content', site: 'outlook', origin: new URL(url).origin },
    ]),
    ['an Outlook look-alike', { ...gmailTab, url: 'https://outlook.live.com.evil.example/mail/' }, null],
    ['outlook.com without its mail host', { ...gmailTab, url: 'https://outlook.com/mail/' }, null],
    ['another extension', { ...gmailTab, id: 'other' }, null],
    ['a look-alike host', { ...gmailTab, url: 'https://mail.google.com.evil.example/' }, null],
    ['plain http Gmail', { ...gmailTab, url: 'http://mail.google.com/' }, null],
    ['linkedin without www', { ...linkedinTab, url: 'https://linkedin.com/in/x' }, null],
    ['a site page that is not a tab', { id: 'ourid', url: 'https://mail.google.com/' }, null],
    ['no url', { id: 'ourid', tab: {} }, null],
    ['a broken url', { id: 'ourid', url: 'not a url', tab: {} }, null],
  ])('%s', (_name, sender, expected) => {
    expect(identifyCaller(sender, self)).toEqual(expected);
  });
});

describe('dispatch', () => {
  const request = (method: string, params: unknown = {}) => ({ afterview: 1, method, params });

  it('runs a valid request and answers its result', async () => {
    const handlers = fakeHandlers();
    const reply = await dispatch(request('siteSeen', { site: 'gmail' }), gmailTab, handlers, self);
    expect(reply).toMatchObject({ ok: true, result: { site: 'gmail', visits: 1 } });
    expect(handlers.siteSeen).toHaveBeenCalledWith(
      { site: 'gmail', layout: 'recognised', missing: null },
      { caller: 'content', site: 'gmail', origin: 'https://mail.google.com' },
    );
  });

  it.each<[string, unknown, Sender, string, RegExp]>([
    ['not an object', 'hello', popup, 'bad_request', /request: /],
    ['null', null, popup, 'bad_request', /request: /],
    [
      'wrong envelope version',
      { afterview: 2, method: 'ping', params: {} },
      popup,
      'bad_request',
      /request\.afterview/,
    ],
    ['extra envelope keys', { ...request('ping'), extra: 1 }, popup, 'bad_request', /request/],
    ['a huge method name', request('x'.repeat(100_000)), popup, 'bad_request', /request\.method/],
    ['an unknown method', request('dropDatabase'), popup, 'unknown_method', /Unknown method "dropDatabase"/],
    ['a prototype key as method', request('__proto__'), popup, 'unknown_method', /Unknown method/],
    ['inherited key as method', request('toString'), popup, 'unknown_method', /Unknown method/],
    ['a wrong param type', request('siteSeen', { site: 42 }), gmailTab, 'bad_request', /params\.site/],
    ['an unknown site', request('siteSeen', { site: 'facebook' }), gmailTab, 'bad_request', /params\.site/],
    [
      'prototype pollution in params',
      request('siteSeen', JSON.parse('{"site":"gmail","__proto__":{"polluted":true}}')),
      gmailTab,
      'bad_request',
      /params/,
    ],
    ['content calling an extension-only method', request('siteStatus'), gmailTab, 'forbidden', /siteStatus/],
    [
      'popup calling a content-only method',
      request('siteSeen', { site: 'gmail' }),
      popup,
      'forbidden',
      /siteSeen/,
    ],
    ['a stranger', request('ping'), { id: 'evil', url: 'https://evil.example/' }, 'forbidden', /Sender/],
    [
      'a template edit with a placeholder Afterview cannot fill',
      request('saveTemplate', { id: 'thank_you.email.warm', subject: null, body: 'Hi {frstName}' }),
      popup,
      'bad_request',
      /\{frstName\}.*try \{firstName\}/,
    ],
    [
      'a template edit from a content script',
      request('saveTemplate', { id: 'thank_you.email.warm', subject: null, body: 'Hi' }),
      gmailTab,
      'forbidden',
      /saveTemplate/,
    ],
  ])('refuses %s with a typed error and runs nothing', async (_name, raw, sender, code, message) => {
    const handlers = fakeHandlers();
    const reply = await dispatch(raw, sender, handlers, self);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe(code);
    expect(reply.error.message).toMatch(message);
    expect(reply.error.message.length).toBeLessThan(1000);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['saveOpportunity', 'savePerson', 'saveInterview', 'addTouch', 'linkThread', 'getOpportunity'])(
    'refuses %s to a content script: only our own pages read or write whole records',
    async (method) => {
      const handlers = fakeHandlers();
      for (const tab of [gmailTab, linkedinTab]) {
        const reply = await dispatch(request(method, { id: 'o1' }), tab, handlers, self);
        expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      expect(handlers[method as keyof Handlers]).not.toHaveBeenCalled();
      // Our own pages still may.
      expect(protocol[method as keyof typeof protocol].callers).toEqual(['extension']);
    },
  );

  it('gives content scripts only the methods their pages call', () => {
    const forContent = methodNames.filter((m) =>
      (protocol[m].callers as readonly string[]).includes('content'),
    );
    expect(forContent.sort()).toEqual(
      [
        'addProfilePerson',
        'classifyRows',
        'confirmOutcome',
        'draftFollowUp',
        'draftForProfile',
        'noticeReply',
        'opportunityChoices',
        'ping',
        'profileStatus',
        'recordThreadMessages',
        'sameJob',
        'siteSeen',
        'threadStatuses',
        'trackJob',
        'trackThread',
        'understandThread',
      ].sort(),
    );
  });

  it('turns a handler failure into an internal error instead of crashing', async () => {
    const handlers = fakeHandlers();
    handlers.siteStatus = vi.fn(async () => {
      throw new Error('disk on fire');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await dispatch(request('siteStatus'), popup, handlers, self)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'siteStatus failed: disk on fire' },
    });
  });

  it('answers forbidden when a handler refuses the caller', async () => {
    const handlers = fakeHandlers();
    handlers.siteSeen = vi.fn(async () => {
      throw new ForbiddenError('not yours');
    });
    expect(await dispatch(request('siteSeen', { site: 'gmail' }), gmailTab, handlers, self)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'not yours' },
    });
  });
});
