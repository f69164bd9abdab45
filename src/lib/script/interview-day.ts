/**
 * The interview day as a person says it on the phone, relative to today.
 *
 * Rules (weeks run Monday to Sunday, the working week a hiring manager thinks in;
 * "n days ago" counts calendar days):
 * - 0 days: "today"; 1 day: "yesterday"; 1 day ahead: "tomorrow".
 * - 2–6 days ago in this week: "on Monday".
 * - 2–6 days ago in the previous week: "last Thursday". Within six days the most
 *   recent Thursday is that one, so both readings of "last Thursday" agree.
 * - 7–13 days ago in the previous week: "last Tuesday, November 17". Here "last
 *   Tuesday" alone is ambiguous (many hear it as the most recent Tuesday, which is
 *   this week's), so the date settles it.
 * - Anything else, older or later: "on Tuesday, November 17".
 * The year is added to a date whenever it differs from today's year.
 */
import { type IsoDate, addDays, dayOfWeek, daysBetween, formatLongDate, formatWeekday } from '../dates';

/** The Monday that starts the week `date` falls in. */
function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** How the interview day is said: "yesterday", "on Monday", "last Tuesday, November 17"… */
export function describeInterviewDay(interview: IsoDate, today: IsoDate): string {
  const daysAgo = daysBetween(interview, today);
  if (daysAgo === 0) return 'today';
  if (daysAgo === 1) return 'yesterday';
  if (daysAgo === -1) return 'tomorrow';
  const weekday = formatWeekday(interview);
  const thisWeek = mondayOf(today);
  const inThisWeek = mondayOf(interview) === thisWeek;
  const inLastWeek = mondayOf(interview) === addDays(thisWeek, -7);
  if (daysAgo >= 2 && daysAgo <= 6) return inThisWeek ? `on ${weekday}` : `last ${weekday}`;
  if (daysAgo >= 7 && inLastWeek) return `last ${formatLongDate(interview, today)}`;
  return `on ${formatLongDate(interview, today)}`;
}

/**
 * Every way a text may name the interview day, longest first: the phrase above, the
 * long date with and without its year, "November 17" and the weekday.
 */
export function interviewDayPhrases(interview: IsoDate, today: IsoDate): string[] {
  const phrase = describeInterviewDay(interview, today);
  const longDate = formatLongDate(interview);
  // A "today" in another year makes formatLongDate add the year.
  const withYear = formatLongDate(interview, addDays(interview, 366));
  const monthDay = longDate.slice(longDate.indexOf(', ') + 2);
  const phrases = [
    phrase,
    phrase.replace(/^on /, ''),
    withYear,
    longDate,
    monthDay,
    formatWeekday(interview),
  ];
  return [...new Set(phrases)].sort((a, b) => b.length - a.length);
}
