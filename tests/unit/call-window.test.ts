import { describe, expect, it } from 'vitest';
import { adviceForToday, type CallLog, type CallStatus } from '../../src/lib/call-window/advice';
import {
  computeCallWindow,
  timelineDays,
  validateCallWindowInput,
  type CallWindowErrors,
  type CallWindowInput,
  type GivenDateMeaning,
} from '../../src/lib/call-window/rule';
import type { CallWindow } from '../../src/lib/call-window/types';
import { isoDate, addDays } from '../../src/lib/dates';

function windowFor(
  interviewDate: string,
  givenDate?: string,
  givenDateMeaning?: GivenDateMeaning,
): CallWindow {
  const result = computeCallWindow({ interviewDate, givenDate, givenDateMeaning }, isoDate(interviewDate));
  if (!result.ok) throw new Error(`Unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.window;
}

describe('computeCallWindow: the rule of thumb (day 7 to day 14)', () => {
  it.each([
    // [why, interview, opens (= suggested), closes]
    ['Monday interview', '2026-11-16', '2026-11-23', '2026-11-30'],
    ['Tuesday interview', '2026-11-17', '2026-11-24', '2026-12-01'],
    ['Friday interview', '2026-11-20', '2026-11-27', '2026-12-04'],
    ['Saturday interview: both edges on a Saturday move inwards', '2026-11-21', '2026-11-30', '2026-12-04'],
    ['Sunday interview: both edges on a Sunday move inwards', '2026-11-22', '2026-11-30', '2026-12-04'],
    ['month end', '2026-01-24', '2026-02-02', '2026-02-06'],
    ['year end, weekdays', '2026-12-24', '2026-12-31', '2027-01-07'],
    ['year end, weekend edges', '2026-12-19', '2026-12-28', '2027-01-01'],
    ['leap day opens the window', '2028-02-22', '2028-02-29', '2028-03-07'],
    ['interview on the leap day', '2028-02-29', '2028-03-07', '2028-03-14'],
    ['US spring DST week (Mar 8)', '2026-03-02', '2026-03-09', '2026-03-16'],
    ['US spring DST day, a Sunday', '2026-03-08', '2026-03-16', '2026-03-20'],
    ['US fall DST week (Nov 1)', '2026-10-26', '2026-11-02', '2026-11-09'],
    ['US fall DST day, a Sunday', '2026-11-01', '2026-11-09', '2026-11-13'],
    ['NZ autumn DST week (Apr 5)', '2026-03-30', '2026-04-06', '2026-04-13'],
    ['NZ autumn DST day, a Sunday', '2026-04-05', '2026-04-13', '2026-04-17'],
    ['NZ spring DST week (Sep 27)', '2026-09-21', '2026-09-28', '2026-10-05'],
    ['NZ spring DST day, a Sunday', '2026-09-27', '2026-10-05', '2026-10-09'],
  ])('%s: %s → %s to %s', (_why, interviewDate, opens, closes) => {
    expect(windowFor(interviewDate)).toEqual({
      interviewDate,
      opens,
      closes,
      suggested: opens,
      basis: 'rule-of-thumb',
    });
  });

  it.each(['', '   '])('treats a blank given date (%j) as none', (givenDate) => {
    expect(windowFor('2026-11-17', givenDate, 'decide-by').basis).toBe('rule-of-thumb');
  });
});

describe('computeCallWindow: the date they gave', () => {
  it.each<[string, string, GivenDateMeaning | undefined, string, string]>([
    // [interview, given date, meaning, suggested (= opens), closes]
    ['2026-11-17', '2026-11-20', 'call-on', '2026-11-20', '2026-11-27'], // a Friday: that day
    ['2026-11-17', '2026-11-21', 'call-on', '2026-11-23', '2026-11-30'], // a Saturday: Monday
    ['2026-11-17', '2026-11-22', 'call-on', '2026-11-23', '2026-11-30'], // a Sunday: Monday
    ['2026-11-17', '2026-11-17', 'call-on', '2026-11-17', '2026-11-24'], // "call me later today"
    ['2026-11-17', '2026-11-20', undefined, '2026-11-20', '2026-11-27'], // meaning defaults to call-on
    // "decide by": the second working day after the day they named
    ['2026-11-17', '2026-11-20', 'decide-by', '2026-11-24', '2026-12-01'], // Friday → Tuesday
    ['2026-11-17', '2026-11-18', 'decide-by', '2026-11-20', '2026-11-27'], // Wednesday → Friday
    ['2026-11-17', '2026-11-19', 'decide-by', '2026-11-23', '2026-11-30'], // Thursday → Monday
    ['2026-11-17', '2026-11-17', 'decide-by', '2026-11-19', '2026-11-26'], // Tuesday → Thursday
    ['2026-11-17', '2026-11-21', 'decide-by', '2026-11-24', '2026-12-01'], // Saturday → Tuesday
    ['2026-11-17', '2026-11-22', 'decide-by', '2026-11-24', '2026-12-01'], // Sunday → Tuesday
    ['2026-12-22', '2026-12-31', 'decide-by', '2027-01-04', '2027-01-11'], // across the year end
    ['2028-02-22', '2028-02-25', 'decide-by', '2028-02-29', '2028-03-07'], // onto the leap day
    ['2026-03-02', '2026-03-06', 'decide-by', '2026-03-10', '2026-03-17'], // US DST weekend
    ['2026-09-21', '2026-09-25', 'decide-by', '2026-09-29', '2026-10-06'], // NZ DST weekend
  ])(
    'interview %s, given %s (%s) → call %s, window closes %s',
    (interviewDate, givenDate, meaning, suggested, closes) => {
      expect(windowFor(interviewDate, givenDate, meaning)).toEqual({
        interviewDate,
        opens: suggested,
        closes,
        suggested,
        basis: meaning ?? 'call-on',
      });
    },
  );
});

describe('validateCallWindowInput', () => {
  const TODAY = isoDate('2026-11-20');
  it.each<[string, CallWindowInput, string, CallWindowErrors]>([
    [
      'no interview date',
      { interviewDate: '' },
      TODAY,
      { interviewDate: 'Enter the date of your interview.' },
    ],
    [
      'a blank interview date',
      { interviewDate: '  ' },
      TODAY,
      { interviewDate: 'Enter the date of your interview.' },
    ],
    [
      'February 30',
      { interviewDate: '2026-02-30' },
      TODAY,
      { interviewDate: 'There is no February 30 in 2026. Check the day.' },
    ],
    [
      'February 29 of a common year',
      { interviewDate: '2027-02-29' },
      '2027-03-01',
      { interviewDate: 'There is no February 29 in 2027. Check the day.' },
    ],
    [
      'month 13',
      { interviewDate: '2026-13-01' },
      TODAY,
      { interviewDate: 'Enter a full date: day, month and year.' },
    ],
    [
      'day 0',
      { interviewDate: '2026-11-00' },
      TODAY,
      { interviewDate: 'Enter a full date: day, month and year.' },
    ],
    [
      'words',
      { interviewDate: 'next Tuesday' },
      TODAY,
      { interviewDate: 'Enter a full date: day, month and year.' },
    ],
    [
      'more than a year ahead',
      { interviewDate: '2027-11-21' },
      TODAY,
      { interviewDate: 'That is more than a year from today. Check the year.' },
    ],
    [
      'more than a year ago',
      { interviewDate: '2025-11-19' },
      TODAY,
      {
        interviewDate:
          'That is more than a year ago. Check the year; after so long, a short email is the better follow-up.',
      },
    ],
    [
      'a year ahead from a leap day',
      { interviewDate: '2029-03-01' },
      '2028-02-29',
      { interviewDate: 'That is more than a year from today. Check the year.' },
    ],
    [
      'a given date before the interview',
      { interviewDate: '2026-11-17', givenDate: '2026-11-16' },
      TODAY,
      { givenDate: 'This date is before your interview. Check both dates.' },
    ],
    [
      'an impossible given date',
      { interviewDate: '2026-11-17', givenDate: '2026-11-31' },
      TODAY,
      { givenDate: 'There is no November 31 in 2026. Check the day.' },
    ],
    [
      'a given date over a year after the interview',
      { interviewDate: '2026-11-17', givenDate: '2027-11-18' },
      TODAY,
      { givenDate: 'This date is more than a year after your interview. Check the year.' },
    ],
    [
      'both fields wrong',
      { interviewDate: '', givenDate: 'soon' },
      TODAY,
      {
        interviewDate: 'Enter the date of your interview.',
        givenDate: 'Enter a full date: day, month and year.',
      },
    ],
  ])('%s', (_why, input, today, errors) => {
    expect(validateCallWindowInput(input, isoDate(today))).toEqual(errors);
    expect(computeCallWindow(input, isoDate(today))).toEqual({ ok: false, errors });
    for (const message of Object.values(errors)) expect(message).not.toMatch(/NaN|Invalid|undefined/);
  });

  it.each([
    ['exactly a year ahead', '2027-11-20'],
    ['exactly a year ago', '2025-11-20'],
    ['today', TODAY],
  ])('accepts an interview %s', (_why, interviewDate) => {
    expect(validateCallWindowInput({ interviewDate, givenDate: interviewDate }, TODAY)).toEqual({});
  });
});

describe('adviceForToday', () => {
  const WINDOWS = {
    // Interview Monday Nov 30: window Monday Dec 7 to Monday Dec 14.
    monday: windowFor('2026-11-30'),
    // Interview Tuesday Nov 17: window Tuesday Nov 24 to Tuesday Dec 1.
    tuesday: windowFor('2026-11-17'),
    // Window Thursday Dec 31 to Thursday Jan 7 2027.
    'year-end': windowFor('2026-12-24'),
    // They decide by Friday Jan 15: call Tuesday Jan 19, more than six weeks after the interview.
    'decide-late': windowFor('2026-11-02', '2027-01-15', 'decide-by'),
  };
  const VOICEMAIL: CallLog = { voicemailLeftOn: isoDate('2026-12-08') };

  it.each<[keyof typeof WINDOWS, string, CallLog, CallStatus, number, string]>([
    [
      'monday',
      '2026-11-20',
      {},
      'interview-ahead',
      17,
      "Your interview is on Monday, November 30. Plan to call on Monday, December 7 if you haven't heard back by then.",
    ],
    [
      'monday',
      '2026-11-29',
      {},
      'interview-ahead',
      8,
      "Your interview is tomorrow, Monday, November 30. Plan to call on Monday, December 7 if you haven't heard back by then.",
    ],
    ['monday', '2026-11-30', {}, 'too-soon', 7, 'Wait 7 more days, until Monday, December 7.'],
    ['monday', '2026-12-04', {}, 'too-soon', 3, 'Wait 3 more days, until Monday, December 7.'],
    ['monday', '2026-12-06', {}, 'too-soon', 1, 'Wait 1 more day, until tomorrow, Monday, December 7.'],
    ['monday', '2026-12-07', {}, 'in-window', 0, 'Call today, or by Monday, December 14.'],
    ['monday', '2026-12-11', {}, 'in-window', -4, 'Call today, or by Monday, December 14.'],
    [
      'monday',
      '2026-12-12',
      {},
      'in-window',
      -5,
      "It's the weekend: call on Monday, December 14, the last day of your window.",
    ],
    [
      'monday',
      '2026-12-13',
      {},
      'in-window',
      -6,
      "It's the weekend: call tomorrow, Monday, December 14, the last day of your window.",
    ],
    ['monday', '2026-12-14', {}, 'in-window', -7, 'Call today, the last day of your window.'],
    [
      'tuesday',
      '2026-11-28',
      {},
      'in-window',
      -4,
      "It's the weekend: call on Monday, November 30, or by Tuesday, December 1.",
    ],
    ['tuesday', '2026-11-30', {}, 'in-window', -6, 'Call today, or by tomorrow, Tuesday, December 1.'],
    [
      'monday',
      '2026-12-15',
      {},
      'past-window',
      -8,
      'Your window has passed: call now, or send a short email instead.',
    ],
    [
      'monday',
      '2026-12-19',
      {},
      'past-window',
      -12,
      'Your window has passed: call on Monday, December 21, or send a short email instead.',
    ],
    [
      'monday',
      '2026-12-20',
      {},
      'past-window',
      -13,
      'Your window has passed: call tomorrow, Monday, December 21, or send a short email instead.',
    ],
    [
      'monday',
      '2027-01-11',
      {},
      'past-window',
      -35,
      'Your window has passed: call now, or send a short email instead.',
    ],
    [
      'monday',
      '2027-01-12',
      {},
      'long-past',
      -36,
      'It has been over six weeks: send a short email and keep applying.',
    ],
    ['year-end', '2026-12-28', {}, 'too-soon', 3, 'Wait 3 more days, until Thursday, December 31.'],
    ['year-end', '2026-12-31', {}, 'in-window', 0, 'Call today, or by Thursday, January 7, 2027.'],
    [
      'decide-late',
      '2027-01-27',
      {},
      'past-window',
      -8,
      'Your window has passed: call now, or send a short email instead.',
    ],
    [
      'decide-late',
      '2027-02-24',
      {},
      'long-past',
      -36,
      'It has been over six weeks: send a short email and keep applying.',
    ],
    [
      'monday',
      '2026-12-08',
      VOICEMAIL,
      'voicemail-left',
      -1,
      "You left a voicemail today, so don't call again. If they haven't called back by Tuesday, December 15, send a short email; meanwhile, keep applying.",
    ],
    [
      'monday',
      '2026-12-09',
      VOICEMAIL,
      'voicemail-left',
      -2,
      "You left a voicemail yesterday, so don't call again. If they haven't called back by Tuesday, December 15, send a short email; meanwhile, keep applying.",
    ],
    [
      'monday',
      '2026-12-14',
      VOICEMAIL,
      'voicemail-left',
      -7,
      "You left a voicemail on Tuesday, December 8, so don't call again. If they haven't called back by tomorrow, Tuesday, December 15, send a short email; meanwhile, keep applying.",
    ],
    [
      'monday',
      '2026-12-15',
      VOICEMAIL,
      'voicemail-left',
      -8,
      "You left a voicemail on Tuesday, December 8 and they haven't called back: don't call again. Send a short email, and keep applying.",
    ],
    [
      'monday',
      '2026-12-14',
      { voicemailLeftOn: isoDate('2026-12-05') },
      'voicemail-left',
      -7,
      "You left a voicemail on Saturday, December 5 and they haven't called back: don't call again. Send a short email, and keep applying.",
    ],
    [
      'monday',
      '2026-12-10',
      { repliedOn: isoDate('2026-12-09') },
      'replied',
      -3,
      'No follow-up call is due. Note what they said, and keep applying elsewhere until you have an offer.',
    ],
    [
      'monday',
      '2026-12-10',
      { ...VOICEMAIL, repliedOn: isoDate('2026-12-09') },
      'replied',
      -3,
      'No follow-up call is due. Note what they said, and keep applying elsewhere until you have an offer.',
    ],
  ])('%s window, on %s with %o → %s', (name, today, log, status, daysUntilSuggested, sentence) => {
    const advice = adviceForToday(WINDOWS[name], isoDate(today), log);
    expect(advice).toMatchObject({ status, daysUntilSuggested, sentence });
    expect(advice.headline).not.toBe('');
    expect(`${advice.headline} ${advice.sentence}`).not.toMatch(/NaN|Invalid|undefined/);
  });
});

describe('timelineDays', () => {
  it('marks the interview, weekends, the window, today and the suggested day', () => {
    const days = timelineDays(windowFor('2026-11-30'), isoDate('2026-12-08'));
    expect(days).toHaveLength(15);
    expect(days[0]).toEqual({
      date: '2026-11-30',
      dayNumber: 0,
      weekday: 'Monday',
      label: 'Mon, Nov 30',
      isWeekend: false,
      inWindow: false,
      isToday: false,
      isSuggested: false,
      isInterview: true,
    });
    expect(days[7]).toMatchObject({
      date: '2026-12-07',
      label: 'Mon, Dec 7',
      inWindow: true,
      isSuggested: true,
    });
    expect(days.filter((day) => day.isWeekend).map((day) => day.dayNumber)).toEqual([5, 6, 12, 13]);
    expect(days.filter((day) => day.inWindow).map((day) => day.dayNumber)).toEqual([
      7, 8, 9, 10, 11, 12, 13, 14,
    ]);
    expect(days.filter((day) => day.isToday).map((day) => day.date)).toEqual(['2026-12-08']);
    expect(days.filter((day) => day.isSuggested)).toHaveLength(1);
  });

  it('runs on to a window that closes later than day 14', () => {
    const days = timelineDays(windowFor('2026-11-02', '2027-01-15', 'decide-by'), isoDate('2026-11-20'));
    expect(days).toHaveLength(86);
    expect(days.at(-1)).toMatchObject({ date: '2027-01-26', dayNumber: 85, inWindow: true });
  });

  it.each(['2026-03-02', '2026-10-26', '2026-03-30', '2026-09-21', '2028-02-22', '2026-12-24'])(
    'counts one calendar day per row from %s (DST, leap day, year end)',
    (interviewDate) => {
      const days = timelineDays(windowFor(interviewDate), isoDate(interviewDate));
      expect(days.map((day) => day.date)).toEqual(days.map((_, i) => addDays(isoDate(interviewDate), i)));
      expect(new Set(days.map((day) => day.label)).size).toBe(days.length);
      expect(days[0]?.isToday).toBe(true);
    },
  );
});
