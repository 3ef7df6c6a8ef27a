import { describe, expect, it } from 'vitest';
import { gmailComposeUrl, mailtoUrl, outlookComposeUrl, webmailComposeUrl } from '@/lib/ui/links';

/**
 * Issue 17: a lone UTF-16 surrogate (in a stored company or person's name) made
 * encodeURIComponent throw, so the draft never opened. The links encode a well-formed copy.
 */
const parts = {
  to: 'amy\uD800@acme.example',
  subject: 'Thank you, Acme\uDC00',
  body: 'Hi \uD83D,\nthanks 😀',
};

function query(url: string): URLSearchParams {
  return new URLSearchParams(url.slice(url.indexOf('?') + 1));
}

function expectReplaced(
  params: URLSearchParams,
  names: Record<'to' | 'subject' | 'body', string | null>,
): void {
  if (names.to) expect(params.get(names.to)).toBe('amy\uFFFD@acme.example');
  if (names.subject) expect(params.get(names.subject)).toBe('Thank you, Acme\uFFFD');
  if (names.body) expect(params.get(names.body)?.replace(/\r\n/g, '\n')).toBe('Hi \uFFFD,\nthanks 😀');
}

describe('links with a lone surrogate', () => {
  it('gmailComposeUrl returns a URL with U+FFFD in its place', () => {
    const url = gmailComposeUrl(parts);
    expect(url.startsWith('https://mail.google.com/mail/?view=cm&fs=1&to=')).toBe(true);
    expectReplaced(query(url), { to: 'to', subject: 'su', body: 'body' });
  });

  it('outlookComposeUrl returns a URL with U+FFFD in its place', () => {
    const url = outlookComposeUrl('https://outlook.office.com', parts);
    expect(url.startsWith('https://outlook.office.com/mail/deeplink/compose?')).toBe(true);
    expectReplaced(query(url), { to: 'to', subject: 'subject', body: 'body' });
  });

  it('webmailComposeUrl does not throw for either webmail', () => {
    expect(() =>
      webmailComposeUrl({ site: 'gmail', origin: 'https://mail.google.com' }, parts),
    ).not.toThrow();
    expect(() =>
      webmailComposeUrl({ site: 'outlook', origin: 'https://outlook.live.com' }, parts),
    ).not.toThrow();
  });

  it('mailtoUrl returns a URL with U+FFFD in its place', () => {
    const url = mailtoUrl(parts);
    expect(url.startsWith('mailto:')).toBe(true);
    expect(decodeURIComponent(url.slice('mailto:'.length, url.indexOf('?')))).toBe('amy\uFFFD@acme.example');
    expectReplaced(query(url), { to: null, subject: 'subject', body: 'body' });
  });

  it('keeps a valid surrogate pair', () => {
    expect(gmailComposeUrl({ to: null, subject: '😀', body: '😀' })).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=&su=%F0%9F%98%80&body=%F0%9F%98%80',
    );
  });
});
