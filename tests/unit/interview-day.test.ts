import { describe, expect, it } from 'vitest';
import { describeInterviewDay, interviewDayPhrases } from '../../src/lib/script/interview-day';
import { isoDate } from '../../src/lib/dates';

describe('describeInterviewDay', () => {
  it.each([
    // interview, today, said
    ['2026-11-25', '2026-11-25', 'today'],
    ['2026-11-24', '2026-11-25', 'yesterday'],
    ['2026-11-26', '2026-11-25', 'tomorrow'],
    // This week (weeks start on Monday).
    ['2026-11-23', '2026-11-25', 'on Monday'],
    ['2026-11-16', '2026-11-22', 'on Monday'],
    ['2026-11-22', '2026-11-23', 'yesterday'],
    // The previous week within six days: "last" is unambiguous.
    ['2026-11-20', '2026-11-23', 'last Friday'],
    ['2026-11-18', '2026-11-24', 'last Wednesday'],
    // The previous week, 7–13 days ago: the date removes the doubt.
    ['2026-11-17', '2026-11-25', 'last Tuesday, November 17'],
    ['2026-11-22', '2026-11-29', 'last Sunday, November 22'],
    ['2026-11-16', '2026-11-29', 'last Monday, November 16'],
    // Two weeks back or more.
    ['2026-11-15', '2026-11-23', 'on Sunday, November 15'],
    ['2026-10-30', '2026-11-25', 'on Friday, October 30'],
    // Across a month boundary.
    ['2026-11-30', '2026-12-02', 'on Monday'],
    ['2026-11-27', '2026-12-02', 'last Friday'],
    ['2026-11-24', '2026-12-02', 'last Tuesday, November 24'],
    ['2026-11-01', '2026-12-02', 'on Sunday, November 1'],
    ['2024-02-29', '2024-03-02', 'on Thursday'],
    // Across a year boundary: a date in another year carries it.
    ['2026-12-31', '2027-01-01', 'yesterday'],
    ['2026-12-28', '2027-01-02', 'on Monday'],
    ['2026-12-31', '2027-01-04', 'last Thursday'],
    ['2026-12-29', '2027-01-04', 'last Tuesday'],
    ['2026-12-28', '2027-01-04', 'last Monday, December 28, 2026'],
    ['2026-12-18', '2027-01-04', 'on Friday, December 18, 2026'],
    // Later than today.
    ['2027-01-01', '2026-12-31', 'tomorrow'],
    ['2026-12-04', '2026-11-25', 'on Friday, December 4'],
    ['2026-11-27', '2026-11-25', 'on Friday, November 27'],
    ['2027-01-08', '2026-12-30', 'on Friday, January 8, 2027'],
  ])('%s seen from %s is %j', (interview, today, said) => {
    expect(describeInterviewDay(isoDate(interview), isoDate(today))).toBe(said);
  });
});

describe('describeInterviewDay with a wording', () => {
  it('says the date, never a relative day, when the text is read on a later day', () => {
    const wording = { day: isoDate('2026-12-07'), isRelative: false, locale: 'en-US' };
    expect(describeInterviewDay(isoDate('2026-11-30'), wording)).toBe('on Monday, November 30');
    expect(describeInterviewDay(isoDate('2026-12-06'), wording)).toBe('on Sunday, December 6');
  });

  it("writes dates in the reader's locale", () => {
    expect(
      describeInterviewDay(isoDate('2026-11-24'), {
        day: isoDate('2026-12-07'),
        isRelative: false,
        locale: 'en-GB',
      }),
    ).toBe('on Tuesday 24 November');
    expect(
      describeInterviewDay(isoDate('2026-11-17'), {
        day: isoDate('2026-11-25'),
        isRelative: true,
        locale: 'en-GB',
      }),
    ).toBe('last Tuesday 17 November');
    expect(
      describeInterviewDay(isoDate('2026-11-24'), {
        day: isoDate('2026-11-25'),
        isRelative: true,
        locale: 'en-GB',
      }),
    ).toBe('yesterday');
  });
});

describe('interviewDayPhrases', () => {
  it('names the day in either English order, with and without the year, longest first', () => {
    expect(interviewDayPhrases(isoDate('2026-11-17'), isoDate('2026-11-25'))).toEqual([
      'Tuesday, November 17, 2026',
      'last Tuesday, November 17',
      'Tuesday, 17 November 2026',
      'Tuesday 17 November 2026',
      'Tuesday, November 17',
      'Tuesday, 17 November',
      'Tuesday 17 November',
      'November 17',
      '17 November',
      'Tuesday',
    ]);
  });

  it.each([
    ['2026-11-23', '2026-11-25', 'on Monday'],
    ['2026-11-24', '2026-11-25', 'yesterday'],
  ])('holds the relative phrase for %s seen from %s: %j', (interview, today, phrase) => {
    expect(interviewDayPhrases(isoDate(interview), isoDate(today))).toContain(phrase);
  });

  it('holds the phrase of an en-GB wording', () => {
    const phrases = interviewDayPhrases(isoDate('2026-11-17'), {
      day: isoDate('2026-11-25'),
      isRelative: true,
      locale: 'en-GB',
    });
    expect(phrases).toContain('last Tuesday 17 November');
  });
});
