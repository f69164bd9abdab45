import { describe, expect, it } from 'vitest';
import {
  isoDate,
  addDays,
  daysBetween,
  dayOfWeek,
  daysInMonth,
  formatDateTime,
  formatLongDate,
  formatMonthDay,
  formatShortDate,
  formatWeekday,
  isIsoDate,
  isWeekend,
  localIsoDate,
  parseIsoDate,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  type IsoDate,
} from '../../../src/lib/dates';

describe('the test run', () => {
  it('runs in the time zone its project names', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});

describe('isoDate', () => {
  it('gives back a real day, checked', () => {
    const checked: IsoDate = isoDate('2024-02-29');
    expect(checked).toBe('2024-02-29');
  });

  it.each(['2025-02-29', '2026-1-5', '0050-01-01', ''])('refuses %j with a RangeError', (text) => {
    expect(() => isoDate(text)).toThrow(RangeError);
  });

  it('is the only way a plain string becomes one (a type check, run by astro check)', () => {
    // @ts-expect-error a plain string is not a checked date
    const unchecked: IsoDate = '2026-11-28';
    expect(isIsoDate(unchecked)).toBe(true);
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2026-12-31', { year: 2026, month: 12, day: 31 }],
  ])('reads %s', (text, parts) => expect(parseIsoDate(text)).toEqual(parts));

  it.each([
    '2025-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-00-10',
    '2026-1-5',
    '',
    'tomorrow',
    '2026-11-28T00:00',
  ])('refuses %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isIsoDate(20261128)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-28', 7, '2026-12-05'],
    ['2026-12-25', 14, '2027-01-08'],
    ['2024-02-22', 7, '2024-02-29'],
    ['2025-02-22', 7, '2025-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    // Daylight-saving weeks: US (Mar 8 2026), Europe (Mar 29 2026), New Zealand (Apr 5 and Sep 27 2026).
    ['2026-03-05', 7, '2026-03-12'],
    ['2026-03-26', 7, '2026-04-02'],
    ['2026-04-01', 7, '2026-04-08'],
    ['2026-09-24', 7, '2026-10-01'],
    ['2026-10-29', 7, '2026-11-05'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(isoDate(date), days)).toBe(expected);
    expect(daysBetween(isoDate(date), isoDate(expected))).toBe(days);
  });

  // `as IsoDate`: a value that skipped the check, as a bug or a damaged store could give.
  it('throws on a date that does not exist', () => {
    expect(() => addDays('2026-02-30' as IsoDate, 1)).toThrow(RangeError);
  });
});

// Date.UTC reads the years 0–99 as 1900–1999: addDays('0050-01-01', 1) once gave 1950-01-02.
describe('years before 1000', () => {
  it.each(['0050-01-01', '0000-02-29', '0099-12-31', '0999-12-31'])('%s is not a calendar date', (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });

  it('cannot be counted from, or into', () => {
    expect(() => addDays('0050-01-01' as IsoDate, 1)).toThrow(RangeError);
    expect(() => daysBetween('0050-01-01' as IsoDate, isoDate('2026-01-01'))).toThrow(RangeError);
    expect(() => dayOfWeek('0050-01-01' as IsoDate)).toThrow(RangeError);
    expect(() => addDays(isoDate('1000-01-01'), -1)).toThrow(RangeError);
  });

  it('start at 1000-01-01, counted as it is, not as 1900 or 2000', () => {
    expect(isIsoDate('1000-01-01')).toBe(true);
    expect(addDays(isoDate('1000-02-28'), 1)).toBe('1000-03-01'); // 1000 is not a leap year; 2000 was
    expect(daysInMonth(1000, 2)).toBe(28);
    expect(daysInMonth(50, 2)).toBe(28); // not 1950's 28 by chance: 52 was a leap year, 1952 too
    expect(daysInMonth(0, 2)).toBe(29); // year 0 is divisible by 400; 1900 was not a leap year
  });
});

describe('weekdays', () => {
  it.each([
    ['2026-11-28', 6, true],
    ['2026-11-29', 0, true],
    ['2026-11-30', 1, false],
    ['2024-02-29', 4, false],
  ])('%s is day %i (weekend: %s)', (date, day, weekend) => {
    expect(dayOfWeek(isoDate(date))).toBe(day);
    expect(isWeekend(isoDate(date))).toBe(weekend);
  });
});

describe('weekdayOnOrAfter / weekdayOnOrBefore', () => {
  it.each([
    // [date, on or after, on or before]
    ['2026-11-27', '2026-11-27', '2026-11-27'], // Friday stays
    ['2026-11-28', '2026-11-30', '2026-11-27'], // Saturday
    ['2026-11-29', '2026-11-30', '2026-11-27'], // Sunday
    ['2026-11-30', '2026-11-30', '2026-11-30'], // Monday stays
    ['2027-01-03', '2027-01-04', '2027-01-01'], // Sunday after New Year's Day, a Friday
    ['2022-01-01', '2022-01-03', '2021-12-31'], // Saturday, across the year end
    ['2032-02-29', '2032-03-01', '2032-02-27'], // a Sunday leap day
  ])('%s → %s after, %s before', (date, after, before) => {
    expect(weekdayOnOrAfter(isoDate(date))).toBe(after);
    expect(weekdayOnOrBefore(isoDate(date))).toBe(before);
  });
});

describe('formatting', () => {
  it('writes a long date without shifting the day', () => {
    expect(formatLongDate(isoDate('2026-11-17'))).toBe('Tuesday, November 17');
    expect(formatLongDate(isoDate('2027-01-04'), isoDate('2026-12-30'))).toBe('Monday, January 4, 2027');
  });

  it('reads the local calendar date of an instant', () => {
    const instant = new Date(2026, 10, 28, 23, 30);
    expect(localIsoDate(instant)).toBe('2026-11-28');
  });
});

describe("dates in the reader's locale", () => {
  it('writes dates in the locale given, US English by default', () => {
    expect(formatLongDate(isoDate('2026-12-07'), undefined, 'en-GB')).toBe('Monday 7 December');
    expect(formatLongDate(isoDate('2027-01-04'), isoDate('2026-12-30'), 'en-GB')).toBe(
      'Monday, 4 January 2027',
    );
    expect(formatShortDate(isoDate('2026-12-07'), 'en-GB')).toBe('Mon 7 Dec');
    expect(formatShortDate(isoDate('2026-12-07'))).toBe('Mon, Dec 7');
    expect(formatMonthDay(isoDate('2026-12-07'), 'en-GB')).toBe('7 December');
    expect(formatMonthDay(isoDate('2026-12-07'))).toBe('December 7');
    expect(formatWeekday(isoDate('2026-12-07'), 'en-GB')).toBe('Monday');
  });

  it("writes times on the reader's clock: 24-hour in en-GB, 12-hour in en-US", () => {
    const instant = new Date('2026-12-07T14:05:00Z');
    expect(formatDateTime(instant, 'en-GB', 'UTC')).toBe('7 Dec, 14:05');
    expect(formatDateTime(instant, 'en-US', 'UTC')).toMatch(/^Dec 7, 2:05\sPM$/u);
  });
});
