/**
 * Calendar dates as `YYYY-MM-DD` strings.
 *
 * A follow-up call is due on a day, not at an instant, so dates never become
 * local `Date` objects (which shift a day east or west of UTC). Arithmetic runs on
 * UTC midnights, where no daylight-saving change exists, and only the year, month
 * and day ever come back out.
 */

/** A calendar date written `YYYY-MM-DD`, with no time and no time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Split a `YYYY-MM-DD` string into numbers, or `null` when it is not a real day. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether `value` is a `YYYY-MM-DD` string naming a day that exists. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** Number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Build a `YYYY-MM-DD` string from numbers (month 1–12). */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtcMidnight(date: IsoDate): Date {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

function fromUtcMidnight(utc: Date): IsoDate {
  return toIsoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** The date `days` calendar days after (or, when negative, before) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const utc = toUtcMidnight(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtcMidnight(utc);
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  // Both are UTC midnights, so the difference is an exact multiple of a day.
  return Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / 86_400_000);
}

/** Day of the week: 0 for Sunday through 6 for Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return toUtcMidnight(date).getUTCDay();
}

/** Whether the date falls on a Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** The first weekday (Monday to Friday) on or after `date`. */
export function weekdayOnOrAfter(date: IsoDate): IsoDate {
  const day = dayOfWeek(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** The last weekday (Monday to Friday) on or before `date`. */
export function weekdayOnOrBefore(date: IsoDate): IsoDate {
  const day = dayOfWeek(date);
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date;
}

/** Compare two dates for sorting: negative when `a` comes first. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar date an instant falls on in the device's own time zone. */
export function localIsoDate(instant: Date): IsoDate {
  return toIsoDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

const LOCALE = 'en-US';

/** Building a formatter costs far more than using one: a list of 200 interviews formats thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(date: IsoDate, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(toUtcMidnight(date));
}

/** "Tuesday, November 17" (the year is added when it differs from `today`'s). */
export function formatLongDate(date: IsoDate, today?: IsoDate): string {
  const sameYear = today === undefined || date.slice(0, 4) === today.slice(0, 4);
  return format(
    date,
    sameYear
      ? { weekday: 'long', month: 'long', day: 'numeric' }
      : { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
  );
}

/** "Tue, Nov 17": for tight spaces such as a timeline. */
export function formatShortDate(date: IsoDate): string {
  return format(date, { weekday: 'short', month: 'short', day: 'numeric' });
}

/** "Tuesday". */
export function formatWeekday(date: IsoDate): string {
  return format(date, { weekday: 'long' });
}
