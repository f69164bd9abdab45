/**
 * Links built from what the user typed: `mailto:`, `tel:` and a scheme allowlist.
 *
 * Preact escapes text but sets `href` as given, so a typed `javascript:alert(1)` would
 * run on click. Every link here either has a scheme we chose or is refused.
 */
import { digitsOf, validatePhoneNumber } from './phone-number';

// Pragmatic, not RFC 5322: one @, a dot in the domain, nothing that breaks out of a URL.
const EMAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"?&#%/]+@[^\s@<>()[\]\\,;:"?&#%/]+\.[^\s@<>()[\]\\,;:"?&#%/.]+$/u;
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Browsers ignore tabs and line breaks anywhere in a URL and control characters at its ends.
const IGNORED_ANYWHERE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** Whether `text` looks like an email address that is safe to put in a `mailto:` link. */
export function isEmailAddress(text: string): boolean {
  const address = text.trim();
  // No empty labels: "a@.b.example", "a@b..example", ".a@b.example".
  return EMAIL_ADDRESS.test(address) && !/^\.|\.\.|\.@|@\./.test(address);
}

/**
 * A `mailto:` URL with the subject and body percent-encoded (spaces `%20`, line breaks
 * `%0D%0A`). An invalid address leaves the recipient empty for the user to fill in.
 */
export function buildMailto(to: string, subject: string, body: string): string {
  const address = to.trim();
  const recipient = isEmailAddress(address) ? address.split('@').map(encodeURIComponent).join('@') : '';
  // A subject is one line; RFC 6068 asks for CRLF line breaks in the body.
  const oneLineSubject = subject.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const crlfBody = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${recipient}?subject=${encodeURIComponent(oneLineSubject)}&body=${encodeURIComponent(crlfBody)}`;
}

/** A `tel:` URL holding only digits and a leading `+`, or `null` when it is no phone number. */
export function buildTelHref(phone: string): string | null {
  const digits = digitsOf(phone);
  if (digits === '' || validatePhoneNumber(phone) !== null) return null;
  // The extension is dropped: many dialers mishandle `;ext=`, and the user says it anyway.
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${digits}`;
}

/** Whether a link built from user input is safe: http(s), mailto or tel, or a same-site path. */
export function isSafeHref(url: string): boolean {
  const href = url.replace(IGNORED_ANYWHERE, '').replace(IGNORED_AT_ENDS, '');
  if (href === '') return false;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href)?.[1];
  if (scheme !== undefined) return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`);
  // "//host" and "/\host" leave the site; a relative path has no scheme and stays on it.
  return !/^[/\\]{2}/.test(href);
}
