import { describe, expect, it } from 'vitest';
import type { SiteRecord } from '@/lib/model/inputs';
import {
  chooseWebmail,
  gmailComposeUrl,
  mailtoUrl,
  outlookComposeUrl,
  telUrl,
  webmailComposeUrl,
} from '@/lib/ui/links';

describe('gmailComposeUrl', () => {
  it.each([
    [
      'plain',
      { to: 'amy@acme.example', subject: 'Thank you', body: 'Hi Amy' },
      'https://mail.google.com/mail/?view=cm&fs=1&to=amy@acme.example&su=Thank%20you&body=Hi%20Amy',
    ],
    [
      'special characters and newlines',
      { to: 'amy+jobs@acme.example', subject: 'Q&A: 100% = yes?', body: 'Hi Amy,\n\nCafé #1 & more\r\nBye' },
      'https://mail.google.com/mail/?view=cm&fs=1&to=amy%2Bjobs@acme.example&su=Q%26A%3A%20100%25%20%3D%20yes%3F&body=Hi%20Amy%2C%0A%0ACaf%C3%A9%20%231%20%26%20more%0D%0ABye',
    ],
    [
      'no recipient, no subject',
      { to: null, subject: null, body: 'x' },
      'https://mail.google.com/mail/?view=cm&fs=1&to=&su=&body=x',
    ],
  ])('%s', (_name, parts, expected) => {
    const url = gmailComposeUrl(parts);
    expect(url).toBe(expected);
    // What Gmail reads back is exactly what was drafted.
    const query = new URL(url).searchParams;
    expect(query.get('su')).toBe(parts.subject ?? '');
    expect(query.get('body')).toBe(parts.body);
    expect(query.get('to')).toBe(parts.to ?? '');
  });
});

describe('outlookComposeUrl', () => {
  it.each([
    [
      'a personal account',
      'https://outlook.live.com',
      { to: 'amy@acme.example', subject: 'Thank you', body: 'Hi Amy' },
      'https://outlook.live.com/mail/deeplink/compose?to=amy@acme.example&subject=Thank%20you&body=Hi%20Amy',
    ],
    [
      'a work account, special characters and newlines',
      'https://outlook.office.com',
      { to: 'amy+jobs@acme.example', subject: 'Q&A: 100% = yes?', body: 'Hi Amy,\n\nCafé #1 & more' },
      'https://outlook.office.com/mail/deeplink/compose?to=amy%2Bjobs@acme.example&subject=Q%26A%3A%20100%25%20%3D%20yes%3F&body=Hi%20Amy%2C%0A%0ACaf%C3%A9%20%231%20%26%20more',
    ],
  ])('%s', (_name, origin, parts, expected) => {
    const url = outlookComposeUrl(origin, parts);
    expect(url).toBe(expected);
    // What Outlook reads back is exactly what was drafted.
    const query = new URL(url).searchParams;
    expect([query.get('to'), query.get('subject'), query.get('body')]).toEqual([
      parts.to,
      parts.subject,
      parts.body,
    ]);
  });
});

describe('chooseWebmail', () => {
  const seen = (site: SiteRecord['site'], lastSeen: string, origin: string | null = null): SiteRecord => ({
    site,
    firstSeen: '2026-11-01T00:00:00Z',
    lastSeen,
    visits: 3,
    layout: 'recognised',
    missing: null,
    origin,
  });
  const outlookWork = seen('outlook', '2026-11-20T09:00:00Z', 'https://outlook.office.com');
  const gmail = seen('gmail', '2026-11-19T09:00:00Z', 'https://mail.google.com');
  const linkedin = seen('linkedin', '2026-11-21T09:00:00Z', 'https://www.linkedin.com');

  it.each<[string, 'auto' | 'gmail' | 'outlook', SiteRecord[], { site: string; origin: string }]>([
    ['nothing seen: Gmail', 'auto', [], { site: 'gmail', origin: 'https://mail.google.com' }],
    ['LinkedIn is not a webmail', 'auto', [linkedin], { site: 'gmail', origin: 'https://mail.google.com' }],
    [
      'the webmail seen last, at its address',
      'auto',
      [gmail, outlookWork, linkedin],
      { site: 'outlook', origin: 'https://outlook.office.com' },
    ],
    [
      'Gmail seen last',
      'auto',
      [seen('gmail', '2026-11-22T09:00:00Z'), outlookWork],
      { site: 'gmail', origin: 'https://mail.google.com' },
    ],
    [
      'the user chose Gmail',
      'gmail',
      [outlookWork, gmail],
      { site: 'gmail', origin: 'https://mail.google.com' },
    ],
    [
      'the user chose Outlook, never seen: personal accounts',
      'outlook',
      [gmail],
      { site: 'outlook', origin: 'https://outlook.live.com' },
    ],
  ])('%s', (_name, choice, sites, expected) => {
    expect(chooseWebmail(choice, sites)).toEqual(expected);
  });

  it('opens the chosen webmail', () => {
    const parts = { to: 'a@b.example', subject: 's', body: 'b' };
    expect(webmailComposeUrl({ site: 'gmail', origin: 'https://mail.google.com' }, parts)).toBe(
      gmailComposeUrl(parts),
    );
    expect(webmailComposeUrl({ site: 'outlook', origin: 'https://outlook.office365.com' }, parts)).toBe(
      outlookComposeUrl('https://outlook.office365.com', parts),
    );
  });
});

describe('mailtoUrl', () => {
  it.each([
    [
      'plain',
      { to: 'amy@acme.example', subject: 'Thank you', body: 'Hi Amy' },
      'mailto:amy@acme.example?subject=Thank%20you&body=Hi%20Amy',
    ],
    [
      'newlines become CRLF, special characters encoded',
      { to: 'amy@acme.example', subject: 'Hello & welcome?', body: 'Line 1\nLine 2\r\nLine 3\rEnd=100%' },
      'mailto:amy@acme.example?subject=Hello%20%26%20welcome%3F&body=Line%201%0D%0ALine%202%0D%0ALine%203%0D%0AEnd%3D100%25',
    ],
    ['no address, no subject', { to: null, subject: null, body: 'Hi' }, 'mailto:?body=Hi'],
    ['nothing at all', { to: ' amy@acme.example ', subject: '', body: '' }, 'mailto:amy@acme.example'],
    [
      'an address needing escapes',
      { to: 'a b@x.example', subject: null, body: '' },
      'mailto:a%20b@x.example',
    ],
  ])('%s', (_name, parts, expected) => {
    expect(mailtoUrl(parts)).toBe(expected);
  });
});

describe('telUrl', () => {
  it.each([
    ['+1 555 0100', 'tel:+15550100'],
    ['(555) 010-0199', 'tel:5550100199'],
    ['+44 20 7946 0958 ext. 12', 'tel:+442079460958;ext=12'],
    ['555-0100 x7', 'tel:5550100;ext=7'],
    ['  +33 (0)1 23 45 67 89 ', 'tel:+330123456789'],
    ['call me', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (phone, expected) => expect(telUrl(phone)).toBe(expected));
});
