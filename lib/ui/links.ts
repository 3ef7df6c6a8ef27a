/**
 * Links that hand a drafted message to another app: Gmail's compose window, the user's email
 * app (mailto:, RFC 6068) and the phone (tel:, RFC 3966). Pure: strings in, a URL out.
 */

export interface MailParts {
  to: string | null;
  subject: string | null;
  body: string;
}

/** Percent-encode a value for a query string; `@` and `,` may stay as they are in addresses. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address.trim()).replace(/%40/g, '@').replace(/%2C/gi, ',');
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
    `su=${encodeURIComponent(subject ?? '')}`,
    `body=${encodeURIComponent(body)}`,
  ];
  return `https://mail.google.com/mail/?${params.join('&')}`;
}

/** The user's email app: mailto:amy@acme.example?subject=…&body=… */
export function mailtoUrl({ to, subject, body }: MailParts): string {
  const query: string[] = [];
  if (subject) query.push(`subject=${encodeURIComponent(subject)}`);
  if (body) query.push(`body=${encodeURIComponent(crlf(body))}`);
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
