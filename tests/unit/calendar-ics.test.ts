import { describe, expect, it } from 'vitest';
import {
  component,
  escapeText,
  foldLine,
  formatIcsDate,
  formatIcsStamp,
  writeIcs,
} from '../../src/lib/calendar/ics';
import { isoDate, type IsoDate } from '../../src/lib/dates';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('foldLine', () => {
  it('leaves a line of up to 75 octets alone', () => {
    const line = `DESCRIPTION:${'a'.repeat(63)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it.each([
    ['two-octet letters', 'é'],
    ['three-octet letters', '€'],
    ['four-octet emoji', '😀'],
  ])('folds %s by octets, never inside a character', (_name, char) => {
    const line = `SUMMARY:${char.repeat(100)}`;
    const pieces = foldLine(line).split('\r\n');
    // 100 two-octet letters need more than two 75-octet lines; counting characters would need two.
    expect(pieces.length).toBeGreaterThan(Math.ceil(line.length / 75));
    pieces.forEach((piece, index) => {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      if (index > 0) expect(piece.startsWith(' ')).toBe(true);
      // Each piece is whole characters: it re-encodes to the same bytes it decodes from.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(piece))).toBe(piece);
    });
    expect(pieces.map((piece, index) => (index > 0 ? piece.slice(1) : piece)).join('')).toBe(line);
  });

  it('fills a line to exactly 75 octets when the next character would not fit', () => {
    // 8 ASCII octets + 33 × 2 = 74; one more 2-octet letter would make 76.
    const pieces = foldLine(`SUMMARY:${'é'.repeat(40)}`).split('\r\n');
    expect(octets(pieces[0] ?? '')).toBe(74);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('formatIcsDate and formatIcsStamp', () => {
  it('writes a DATE and a UTC DATE-TIME', () => {
    expect(formatIcsDate(isoDate('2026-12-07'))).toBe('20261207');
    expect(formatIcsStamp(new Date(Date.UTC(2026, 10, 20, 15, 4, 5, 678)))).toBe('20261120T150405Z');
  });

  it('refuses what is not a date or a time', () => {
    expect(() => formatIcsDate('2026-02-30' as IsoDate)).toThrow(RangeError);
    expect(() => formatIcsStamp(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('writeIcs', () => {
  it('ends every line, the last too, with CRLF', () => {
    expect(writeIcs(component('VCALENDAR', ['VERSION:2.0']))).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
    );
  });
});
