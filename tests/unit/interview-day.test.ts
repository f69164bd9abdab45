import { describe, expect, it } from 'vitest';
import { describeInterviewDay, interviewDayPhrases } from '../../src/lib/script/interview-day';

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
    expect(describeInterviewDay(interview, today)).toBe(said);
  });
});

describe('interviewDayPhrases', () => {
  it.each([
    [
      '2026-11-17',
      '2026-11-25',
      [
        'Tuesday, November 17, 2026',
        'last Tuesday, November 17',
        'Tuesday, November 17',
        'November 17',
        'Tuesday',
      ],
    ],
    [
      '2026-11-23',
      '2026-11-25',
      ['Monday, November 23, 2026', 'Monday, November 23', 'November 23', 'on Monday', 'Monday'],
    ],
    [
      '2026-11-24',
      '2026-11-25',
      ['Tuesday, November 24, 2026', 'Tuesday, November 24', 'November 24', 'yesterday', 'Tuesday'],
    ],
  ])('names %s (today %s) as %j, longest first', (interview, today, phrases) => {
    expect(interviewDayPhrases(interview, today)).toEqual(phrases);
  });
});
