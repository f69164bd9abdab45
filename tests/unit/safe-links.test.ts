import { describe, expect, it } from 'vitest';
import { buildMailto, buildTelHref, isEmailAddress, isSafeHref } from '../../src/lib/safe-links';

/** The parts of a mailto URL, decoded as a mail app decodes them. */
function parseMailto(url: string) {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(url);
  if (!match) throw new Error(`Not a mailto URL: ${url}`);
  return {
    to: decodeURIComponent(match[1] ?? ''),
    subject: decodeURIComponent(match[2] ?? ''),
    body: decodeURIComponent(match[3] ?? ''),
  };
}

describe('buildMailto', () => {
  it('encodes spaces as %20 and line breaks as %0D%0A, never +', () => {
    const url = buildMailto(
      'd.alvarez@brightwell.example',
      'Following up – Priya Shah',
      'Dear Ms. Alvarez,\n\nThanks!\nPriya',
    );
    expect(url).toBe(
      'mailto:d.alvarez@brightwell.example?subject=Following%20up%20%E2%80%93%20Priya%20Shah' +
        '&body=Dear%20Ms.%20Alvarez%2C%0D%0A%0D%0AThanks!%0D%0APriya',
    );
    expect(url).not.toContain('+');
  });

  it.each([
    ['&', 'Q&A', 'Q%26A'],
    ['?', 'Any news?', 'Any%20news%3F'],
    ['#', 'Req #42', 'Req%20%2342'],
    ['=', 'a=b', 'a%3Db'],
    ['%', '15% less', '15%25%20less'],
    ['+', 'C++', 'C%2B%2B'],
    ['non-ASCII', 'Zoë Ñúñez 王小明', 'Zo%C3%AB%20%C3%91%C3%BA%C3%B1ez%20%E7%8E%8B%E5%B0%8F%E6%98%8E'],
    ['markup', '<img src=x onerror=alert(1)>', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ])('encodes %s in the subject and body', (_, text, encoded) => {
    const url = buildMailto('a@b.example', text, text);
    expect(url).toBe(`mailto:a@b.example?subject=${encoded}&body=${encoded}`);
    expect(parseMailto(url)).toEqual({ to: 'a@b.example', subject: text, body: text });
  });

  it.each([
    ['\r\n', 'a\r\nb'],
    ['\n', 'a\nb'],
    ['\r', 'a\rb'],
  ])('writes a %j line break as CRLF', (_, body) => {
    expect(buildMailto('a@b.example', 's', body)).toBe('mailto:a@b.example?subject=s&body=a%0D%0Ab');
  });

  it('keeps the subject on one line', () => {
    expect(parseMailto(buildMailto('a@b.example', 'Line one\n  line two', '')).subject).toBe(
      'Line one line two',
    );
  });

  it.each([
    '',
    'not an address',
    'javascript:alert(1)',
    'a@b',
    'a@@b.example',
    'a@.b.example',
    'a@b..example',
    '.a@b.example',
    'a b@c.example',
    'x@y.example?cc=eve@evil.example',
    'x@y.example&bcc=eve@evil.example',
    'x@y.example#frag',
    '<x@y.example>',
    'x@y.example, eve@evil.example',
  ])('leaves the recipient empty for %j', (to) => {
    const url = buildMailto(to, 'Hi', 'Body');
    expect(url).toBe('mailto:?subject=Hi&body=Body');
    expect(isSafeHref(url)).toBe(true);
  });

  it.each([
    ['d.alvarez@brightwell.example', 'mailto:d.alvarez@brightwell.example?'],
    ['  j_lee+jobs@mail.example.org ', 'mailto:j_lee%2Bjobs@mail.example.org?'],
    ['zoë@exämple.com', 'mailto:zo%C3%AB@ex%C3%A4mple.com?'],
  ])('accepts and encodes the address %j', (to, start) => {
    expect(isEmailAddress(to)).toBe(true);
    expect(buildMailto(to, '', '').startsWith(start)).toBe(true);
  });
});

describe('buildTelHref', () => {
  it.each([
    ['555-0148', 'tel:5550148'],
    ['(555) 010-0148', 'tel:5550100148'],
    ['+1 (555) 010-0142', 'tel:+15550100142'],
    ['  +44 20 7946 0958 ', 'tel:+442079460958'],
    ['555-010-0148 ext 12', 'tel:5550100148'],
    ['555.010.0148x12', 'tel:5550100148'],
    ['', null],
    ['555-014', null],
    ['1-800-FLOWERS', null],
    ['javascript:alert(1)', null],
    ['<img src=x onerror=alert(1)>', null],
  ])('%j → %j', (phone, href) => {
    expect(buildTelHref(phone)).toBe(href);
    if (href) expect(href).toMatch(/^tel:\+?\d+$/);
  });
});

describe('isSafeHref', () => {
  it.each([
    'https://www.indeed.com/career-advice',
    'http://example.com',
    'HTTPS://EXAMPLE.COM',
    'mailto:a@b.example?subject=Hi',
    'mailto:?subject=Hi',
    'tel:+15550100142',
    '/tools/script-builder/',
    './lesson',
    '../lessons/when-to-call/',
    'lessons/when-to-call/',
    '#checklist',
    '?tab=email',
    '/coach/path:with-colon',
  ])('allows %j', (url) => expect(isSafeHref(url)).toBe(true));

  it.each([
    '',
    '   ',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/x',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
  ])('refuses %j', (url) => expect(isSafeHref(url)).toBe(false));
});
