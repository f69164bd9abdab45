/**
 * The interview day as a person says it on the phone.
 *
 * A text is worded for the day it will be read out (`DayWording`): the planned call
 * day. Said relative to that day ("yesterday", "last Thursday"), it is right only on
 * that day, so the relative form is used only when the call is today; a text read on
 * a later day names the date ("on Tuesday, November 17"), which is right on any day.
 *
 * Relative rules (weeks run Monday to Sunday, the working week a hiring manager thinks
 * in; "n days ago" counts calendar days):
 * - 0 days: "today"; 1 day: "yesterday"; 1 day ahead: "tomorrow".
 * - 2–6 days ago in this week: "on Monday".
 * - 2–6 days ago in the previous week: "last Thursday". Within six days the most
 *   recent Thursday is that one, so both readings of "last Thursday" agree.
 * - 7–13 days ago in the previous week: "last Tuesday, November 17". Here "last
 *   Tuesday" alone is ambiguous (many hear it as the most recent Tuesday, which is
 *   this week's), so the date settles it.
 * - Anything else, older or later: "on Tuesday, November 17".
 * The year is added to a date whenever it differs from the reading day's year, and
 * dates follow the reader's locale ("Tuesday 17 November" in en-GB).
 */
import {
  type DateLocale,
  type IsoDate,
  addDays,
  dayOfWeek,
  daysBetween,
  DEFAULT_LOCALE,
  formatLongDate,
  formatMonthDay,
  formatWeekday,
} from '../dates';

/** How a text names the interview day: for which day, whether relative to it, and in whose date style. */
export interface DayWording {
  /** The day the text will be read out: the planned call day, or today. */
  day: IsoDate;
  /** Whether the day may be said relative to `day` ("yesterday"); else it is always the date. */
  isRelative: boolean;
  locale: DateLocale;
}

/** A wording, or a plain day: read on that very day (as a calendar reminder is), in US English. */
export type SaidOn = IsoDate | DayWording;

/** The wording a `SaidOn` stands for. */
export function wordingOf(saidOn: SaidOn): DayWording {
  return typeof saidOn === 'string' ? { day: saidOn, isRelative: true, locale: DEFAULT_LOCALE } : saidOn;
}

/** The Monday that starts the week `date` falls in. */
function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** How the interview day is said: "yesterday", "on Monday", "last Tuesday, November 17"… */
export function describeInterviewDay(interview: IsoDate, saidOn: SaidOn): string {
  const { day, isRelative, locale } = wordingOf(saidOn);
  const longDate = formatLongDate(interview, day, locale);
  if (!isRelative) return `on ${longDate}`;
  const daysAgo = daysBetween(interview, day);
  if (daysAgo === 0) return 'today';
  if (daysAgo === 1) return 'yesterday';
  if (daysAgo === -1) return 'tomorrow';
  const weekday = formatWeekday(interview, locale);
  const thisWeek = mondayOf(day);
  const inThisWeek = mondayOf(interview) === thisWeek;
  const inLastWeek = mondayOf(interview) === addDays(thisWeek, -7);
  if (daysAgo >= 2 && daysAgo <= 6) return inThisWeek ? `on ${weekday}` : `last ${weekday}`;
  if (daysAgo >= 7 && inLastWeek) return `last ${longDate}`;
  return `on ${longDate}`;
}

/**
 * Every way a text may name the interview day, longest first: the phrase above, and
 * the date in either English order ("Tuesday, November 17", "Tuesday 17 November"),
 * with and without its year, "November 17", "17 November" and the weekday. Both
 * orders, whatever the locale, so a text written in one style is still recognized.
 */
export function interviewDayPhrases(interview: IsoDate, saidOn: SaidOn): string[] {
  const phrase = describeInterviewDay(interview, saidOn);
  const weekday = formatWeekday(interview);
  const [month, day] = formatMonthDay(interview).split(' ');
  const year = String(Number(interview.slice(0, 4)));
  const monthFirst = `${month} ${day}`;
  const dayFirst = `${day} ${month}`;
  const phrases = [
    phrase,
    phrase.replace(/^on /, ''),
    `${weekday}, ${monthFirst}, ${year}`,
    `${weekday} ${dayFirst} ${year}`,
    `${weekday}, ${dayFirst} ${year}`,
    `${weekday}, ${monthFirst}`,
    `${weekday} ${dayFirst}`,
    `${weekday}, ${dayFirst}`,
    monthFirst,
    dayFirst,
    weekday,
  ];
  return [...new Set(phrases)].sort((a, b) => b.length - a.length);
}
