/**
 * Calendar dates as `YYYY-MM-DD` strings.
 *
 * A follow-up call is due on a day, not at an instant, so dates never become
 * local `Date` objects (which shift a day east or west of UTC). Arithmetic runs on
 * UTC midnights, where no daylight-saving change exists, and only the year, month
 * and day ever come back out.
 */
import { currentInstant } from './now';

declare const checkedDate: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD`, with no time and no time zone, checked to be a
 * real day: a plain string is not one until `isIsoDate` or `isoDate` has said so.
 */
export type IsoDate = string & { readonly [checkedDate]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first year a date may have. An earlier one is a year typed in part (26 for 2026)
 * or a damaged file, and `Date.UTC` would read the years 0–99 as 1900–1999.
 */
export const EARLIEST_YEAR = 1000;

/** Split a `YYYY-MM-DD` string into numbers, or `null` when it is not a real day. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether `value` is a `YYYY-MM-DD` string naming a day that exists. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** `text` as a checked date; a RangeError when it is not a real day. */
export function isoDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new RangeError(`Not a calendar date: ${JSON.stringify(text)}`);
  return text;
}

/** `text` as a checked date, or `''` when it is empty or not a real day. */
export function isoDateOrEmpty(text: string): IsoDate | '' {
  return isIsoDate(text) ? text : '';
}

/** Number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  // setUTCFullYear, unlike Date.UTC, takes the years 0–99 as they are.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  return lastDay.getUTCDate();
}

/** Build a checked date from numbers (month 1–12); a RangeError when there is no such day. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return isoDate(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

function toUtcMidnight(date: IsoDate): Date {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

function fromUtcMidnight(utc: Date): IsoDate {
  const year = utc.getUTCFullYear();
  if (year < EARLIEST_YEAR || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  return toIsoDate(year, utc.getUTCMonth() + 1, utc.getUTCDate());
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

// Also offered here, so code that works with dates takes the clock from the same place.
export { currentInstant };

/** Today's date on this device. */
export function localToday(): IsoDate {
  return localIsoDate(currentInstant());
}

/**
 * Who dates are written for: a BCP 47 locale such as "en-GB". The course is written in
 * US English, so its dates are written in an English style: the reader's own when they
 * read English (en-GB: "Monday 7 December"), else US English with the reader's clock
 * (24-hour or 12-hour). Pure code takes it as an argument; pages pass the browser's.
 */
export type DateLocale = string;

/** What the server renders, and what every formatter uses when given no locale. */
export const DEFAULT_LOCALE: DateLocale = 'en-US';

/** Building a formatter costs far more than using one: a list of 200 interviews formats thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: DateLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function format(date: IsoDate, options: Intl.DateTimeFormatOptions, locale: DateLocale): string {
  return formatterFor(locale, { ...options, timeZone: 'UTC' }).format(toUtcMidnight(date));
}

/** "Tuesday, November 17", en-GB "Tuesday 17 November" (the year is added when it differs from `today`'s). */
export function formatLongDate(date: IsoDate, today?: IsoDate, locale: DateLocale = DEFAULT_LOCALE): string {
  const sameYear = today === undefined || date.slice(0, 4) === today.slice(0, 4);
  return format(
    date,
    sameYear
      ? { weekday: 'long', month: 'long', day: 'numeric' }
      : { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
    locale,
  );
}

/** "Tue, Nov 17", en-GB "Tue 17 Nov": for tight spaces such as a timeline. */
export function formatShortDate(date: IsoDate, locale: DateLocale = DEFAULT_LOCALE): string {
  return format(date, { weekday: 'short', month: 'short', day: 'numeric' }, locale);
}

/** "November 17", en-GB "17 November". */
export function formatMonthDay(date: IsoDate, locale: DateLocale = DEFAULT_LOCALE): string {
  return format(date, { month: 'long', day: 'numeric' }, locale);
}

/** "Tuesday". */
export function formatWeekday(date: IsoDate, locale: DateLocale = DEFAULT_LOCALE): string {
  return format(date, { weekday: 'long' }, locale);
}

/** "Mar 3, 2:05 PM", en-GB "3 Mar, 14:05": an instant on the reader's clock (or in `timeZone`). */
export function formatDateTime(
  instant: Date,
  locale: DateLocale = DEFAULT_LOCALE,
  timeZone?: string,
): string {
  const options: Intl.DateTimeFormatOptions = {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  };
  return formatterFor(locale, timeZone ? { ...options, timeZone } : options).format(instant);
}

/** "Nov 28, 2026, 1:45 PM", en-GB "28 Nov 2026, 13:45": an instant with its year, on the reader's clock (or in `timeZone`). */
export function formatFullDateTime(
  instant: Date,
  locale: DateLocale = DEFAULT_LOCALE,
  timeZone?: string,
): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  return formatterFor(locale, timeZone ? { ...options, timeZone } : options).format(instant);
}
