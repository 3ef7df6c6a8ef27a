import { describe, expect, it } from 'vitest';
import { gmailComposeUrl, mailtoUrl, telUrl } from '@/lib/ui/links';

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
