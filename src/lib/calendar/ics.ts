/**
 * A small RFC 5545 writer: just what a calendar of all-day reminders needs. Content
 * lines end in CRLF and are folded at 75 octets (§3.1), never inside a UTF-8
 * character; TEXT values escape backslash, semicolon, comma and newline (§3.3.11).
 */
import { isIsoDate, type IsoDate } from '../dates';

/** One content line before folding: `NAME;PARAM=…:value`, the value already in its final form. */
export type ContentLine = string;

const MAX_LINE_OCTETS = 75;

/** RFC 5545 TEXT: `\` `;` `,` escaped, every newline written as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

/** A DATE value: `2026-12-07` → `20261207`. */
export function formatIcsDate(date: IsoDate): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return date.replaceAll('-', '');
}

/** A UTC DATE-TIME value, to the second: `20261120T150405Z`. */
export function formatIcsStamp(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Not a valid time.');
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** `BEGIN:name`, the lines, `END:name`. */
export function component(name: string, lines: readonly ContentLine[]): ContentLine[] {
  return [`BEGIN:${name}`, ...lines, `END:${name}`];
}

/** Content lines as a file: each folded, each ended by CRLF. */
export function writeIcs(lines: readonly ContentLine[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** One line split into 75-octet pieces on code point boundaries; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // The leading space of a continuation line counts towards its 75 octets.
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
