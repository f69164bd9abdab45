/**
 * The rule for when to make a follow-up call after a job interview.
 *
 * Without a date from the interviewer, the window runs from day 7 to day 14 after
 * the interview, with weekend edges pulled inwards to a weekday. With a date, the
 * interviewer's word wins: "call me on Friday" opens the window that day (or the next
 * weekday); "we decide by Friday" opens it on the second working day after Friday, so
 * they have had a full day to finish deciding. Everything is calendar-date arithmetic on `IsoDate`
 * strings, and "today" is passed in, so the answer is the same in every time zone.
 */
import {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  DEFAULT_LOCALE,
  EARLIEST_YEAR,
  formatShortDate,
  formatWeekday,
  isIsoDate,
  isoDate,
  isWeekend,
  parseIsoDate,
  toIsoDate,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  type DateLocale,
  type IsoDate,
} from '../dates';
import type { GivenDateMeaning } from '../storage/schemas/application';
import type { CallWindow } from './types';

// One definition of what the given date means: the one stored with each application.
export type { GivenDateMeaning };

/** What the user typed: dates as `YYYY-MM-DD`, an empty given date meaning none. */
export interface CallWindowInput {
  interviewDate: string;
  givenDate?: string | undefined;
  /** Defaults to 'call-on', as the application schema does. */
  givenDateMeaning?: GivenDateMeaning | undefined;
}

/** One sentence per field that needs fixing; a missing key means the field is fine. */
export interface CallWindowErrors {
  interviewDate?: string;
  givenDate?: string;
}

/** Either the window or the reasons there is none. */
export type CallWindowResult = { ok: true; window: CallWindow } | { ok: false; errors: CallWindowErrors };

/** One day of the timeline drawn under the calculator. */
export interface TimelineDay {
  date: IsoDate;
  /** Days after the interview: 0 is the interview itself. */
  dayNumber: number;
  /** "Tuesday". */
  weekday: string;
  /** "Tue, Nov 17", en-GB "Tue 17 Nov". */
  label: string;
  isWeekend: boolean;
  inWindow: boolean;
  isToday: boolean;
  isSuggested: boolean;
  isInterview: boolean;
}

const OPENS_AFTER_DAYS = 7;
/** Working days after a "decide by" day before the window opens: a Friday decision means a Tuesday call. */
export const DECIDE_BY_WAIT_WORKING_DAYS = 2;
/** Days a window opened by the interviewer's date stays open. */
export const GIVEN_DATE_WINDOW_DAYS = 7;
const CLOSES_AFTER_DAYS = 14;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Check the input: each field gets one plain sentence, never "Invalid Date". */
export function validateCallWindowInput(input: CallWindowInput, today: IsoDate): CallWindowErrors {
  const errors: CallWindowErrors = {};
  const interview = input.interviewDate.trim();
  const given = (input.givenDate ?? '').trim();
  if (!isIsoDate(interview)) {
    errors.interviewDate =
      interview === '' ? 'Enter the date of your interview.' : describeBadDate(interview);
  } else if (compareIsoDates(interview, sameDayInYear(today, 1)) > 0) {
    errors.interviewDate = 'That is more than a year from today. Check the year.';
  } else if (compareIsoDates(interview, sameDayInYear(today, -1)) < 0) {
    errors.interviewDate =
      'That is more than a year ago. Check the year; after so long, a short email is the better follow-up.';
  }
  if (given === '') return errors;
  if (!isIsoDate(given)) errors.givenDate = describeBadDate(given);
  else if (errors.interviewDate || !isIsoDate(interview)) return errors;
  else if (compareIsoDates(given, interview) < 0) {
    errors.givenDate = 'This date is before your interview. Check both dates.';
  } else if (compareIsoDates(given, sameDayInYear(interview, 1)) > 0) {
    errors.givenDate = 'This date is more than a year after your interview. Check the year.';
  }
  return errors;
}

/** Work out the call window, or say what is wrong with the input. */
export function computeCallWindow(input: CallWindowInput, today: IsoDate): CallWindowResult {
  const errors = validateCallWindowInput(input, today);
  if (errors.interviewDate !== undefined || errors.givenDate !== undefined) return { ok: false, errors };
  // Both were checked just above: these cannot throw.
  const interviewDate = isoDate(input.interviewDate.trim());
  const givenText = (input.givenDate ?? '').trim();
  if (givenText === '') {
    // Edges move inwards, so a weekend never stretches the window past day 7–14.
    const opens = weekdayOnOrAfter(addDays(interviewDate, OPENS_AFTER_DAYS));
    const closes = weekdayOnOrBefore(addDays(interviewDate, CLOSES_AFTER_DAYS));
    return { ok: true, window: { interviewDate, opens, closes, suggested: opens, basis: 'rule-of-thumb' } };
  }
  const given = isoDate(givenText);
  const basis = input.givenDateMeaning ?? 'call-on';
  const suggested = basis === 'call-on' ? weekdayOnOrAfter(given) : decideByCallDay(given);
  // A given date opens the window; it stays open a week, like the rule of thumb.
  // `suggested` is a weekday, so a week later is the same weekday.
  const closes = addDays(suggested, GIVEN_DATE_WINDOW_DAYS);
  return { ok: true, window: { interviewDate, opens: suggested, closes, suggested, basis } };
}

/** The day to call after "we decide by `decisionDay`": the second working day after it. */
export function decideByCallDay(decisionDay: IsoDate): IsoDate {
  // A decision on the day itself may land late in the afternoon, and the news takes a day to
  // reach candidates: the first working day after is still their time, the second is yours.
  let day = decisionDay;
  for (let counted = 0; counted < DECIDE_BY_WAIT_WORKING_DAYS; counted += 1) {
    day = weekdayOnOrAfter(addDays(day, 1));
  }
  return day;
}

/** Days 0 to at least 14 after the interview (further if the window closes later), labelled for `locale`. */
export function timelineDays(
  window: CallWindow,
  today: IsoDate,
  locale: DateLocale = DEFAULT_LOCALE,
): TimelineDay[] {
  const lastDay = Math.max(CLOSES_AFTER_DAYS, daysBetween(window.interviewDate, window.closes));
  return Array.from({ length: lastDay + 1 }, (_, dayNumber) => {
    const date = addDays(window.interviewDate, dayNumber);
    return {
      date,
      dayNumber,
      weekday: formatWeekday(date, locale),
      label: formatShortDate(date, locale),
      isWeekend: isWeekend(date),
      inWindow: date >= window.opens && date <= window.closes,
      isToday: date === today,
      isSuggested: date === window.suggested,
      isInterview: dayNumber === 0,
    };
  });
}

/** Why text that is not a real day is not one. */
function describeBadDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match && Number(match[1]) < EARLIEST_YEAR) return 'Check the year: write it in full, such as 2026.';
  const month = MONTH_NAMES[Number(match?.[2]) - 1];
  if (match && month && Number(match[3]) > 0) {
    return `There is no ${month} ${Number(match[3])} in ${match[1]}. Check the day.`;
  }
  return 'Enter a full date: day, month and year.';
}

/** The same day `years` later or earlier; February 29 becomes February 28. */
function sameDayInYear(date: IsoDate, years: number): IsoDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  const year = parts.year + years;
  return toIsoDate(year, parts.month, Math.min(parts.day, daysInMonth(year, parts.month)));
}
