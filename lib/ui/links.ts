/**
 * Links that hand a drafted message to another app: Gmail's or Outlook's compose window, the
 * user's email app (mailto:, RFC 6068) and the phone (tel:, RFC 3966). Pure: strings in, a
 * URL out.
 */
import type { UserSettings } from '../model';
import type { SiteRecord } from '../model/inputs';
import { wellFormed } from '../model/text';

/** The webmail a draft opens in, and at which address (Outlook has one per kind of account). */
export interface Webmail {
  site: 'gmail' | 'outlook';
  origin: string;
}

const DEFAULT_ORIGINS: Record<Webmail['site'], string> = {
  gmail: 'https://mail.google.com',
  // Personal accounts (Outlook.com, Hotmail, Live); a work account's address is learnt when used.
  outlook: 'https://outlook.live.com',
};

/**
 * Which webmail drafts open in: the one the user chose, else the one Afterview saw them use
 * last (Gmail when it has seen neither). Outlook opens at the address it was last used at.
 */
export function chooseWebmail(choice: UserSettings['mailApp'], sites: readonly SiteRecord[]): Webmail {
  const seen = sites
    .filter((s): s is SiteRecord & { site: Webmail['site'] } => s.site === 'gmail' || s.site === 'outlook')
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
  const site = choice === 'auto' ? (seen[0]?.site ?? 'gmail') : choice;
  const origin = seen.find((s) => s.site === site)?.origin ?? DEFAULT_ORIGINS[site];
  return { site, origin };
}

/** The chosen webmail's compose window, filled in. */
export function webmailComposeUrl(webmail: Webmail, parts: MailParts): string {
  return webmail.site === 'outlook' ? outlookComposeUrl(webmail.origin, parts) : gmailComposeUrl(parts);
}

export interface MailParts {
  to: string | null;
  subject: string | null;
  body: string;
}

/**
 * Percent-encode a value for a URL. A lone surrogate (in a record stored before schemas made
 * text well-formed) becomes U+FFFD instead of making encodeURIComponent throw.
 */
function encode(value: string): string {
  return encodeURIComponent(wellFormed(value));
}

/** Percent-encode a value for a query string; `@` and `,` may stay as they are in addresses. */
function encodeAddress(address: string): string {
  return encode(address.trim()).replace(/%40/g, '@').replace(/%2C/gi, ',');
}

/** Line breaks as CRLF, which RFC 6068 asks for in a mailto body. */
function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/** Gmail's compose window, filled in: https://mail.google.com/mail/?view=cm&fs=1&to=…&su=…&body=… */
export function gmailComposeUrl({ to, subject, body }: MailParts): string {
  const params = [
    'view=cm',
    'fs=1',
    `to=${encodeAddress(to ?? '')}`,
    `su=${encode(subject ?? '')}`,
    `body=${encode(body)}`,
  ];
  return `https://mail.google.com/mail/?${params.join('&')}`;
}

/**
 * Outlook on the web's new message, filled in:
 * https://outlook.live.com/mail/deeplink/compose?to=…&subject=…&body=… (the same path on
 * every Outlook address; `origin` says which).
 */
export function outlookComposeUrl(origin: string, { to, subject, body }: MailParts): string {
  const params = [
    `to=${encodeAddress(to ?? '')}`,
    `subject=${encode(subject ?? '')}`,
    `body=${encode(body)}`,
  ];
  return `${origin}/mail/deeplink/compose?${params.join('&')}`;
}

/** The user's email app: mailto:amy@acme.example?subject=…&body=… */
export function mailtoUrl({ to, subject, body }: MailParts): string {
  const query: string[] = [];
  if (subject) query.push(`subject=${encode(subject)}`);
  if (body) query.push(`body=${encode(crlf(body))}`);
  return `mailto:${encodeAddress(to ?? '')}${query.length ? `?${query.join('&')}` : ''}`;
}

/**
 * A number to dial: tel:+15550100, keeping a leading + and the digits, and an extension
 * ("x12", "ext. 12") as ;ext=12. Null when there is no digit to dial.
 */
export function telUrl(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const [main = '', extension] = phone.split(/\s*(?:;\s*ext=|ext\.?|extension|x|#)\s*/i);
  const digits = main.replace(/\D/g, '');
  if (!digits) return null;
  const plus = main.trim().startsWith('+') ? '+' : '';
  const ext = extension?.replace(/\D/g, '');
  return `tel:${plus}${digits}${ext ? `;ext=${ext}` : ''}`;
}
