/**
 * The .ics file for a call reminder: one all-day event on the suggested day, or a
 * calendar of several (the follow-up tracker exports every call day at once).
 *
 * Built with the `ics` package, then corrected where `ics` 3.12 breaks RFC 5545:
 * it folds lines every 75 *characters*, so a line of accented letters or emoji
 * runs past the 75-*octet* limit (§3.1); and it does not escape `,` `;` `\` in a
 * VALARM's DESCRIPTION. We escape that text ourselves and refold every line by
 * octets, never inside a UTF-8 character. Import this module lazily (on click):
 * `ics` brings `yup` with it. The light parts live in `calendar-reminder.ts`.
 */
import { createEvents, type EventAttributes } from 'ics';
import {
  buildReminderSummary,
  buildReminderDescription,
  cleanLine,
  eventDays,
  type ReminderDetails,
} from './reminder';
import { parseIsoDate, type IsoDate } from '../dates';

export {
  buildGoogleCalendarUrl,
  buildReminderDescription,
  buildReminderFileName,
  buildReminderSummary,
  type ReminderDetails,
} from './reminder';

const PRODUCT_ID = '-//Callback Coach//When to call//EN';
const MAX_LINE_OCTETS = 75;

/** An .ics calendar holding one all-day reminder to make the call. */
export function buildReminderEvent(details: ReminderDetails, now: Date): string {
  return buildRemindersCalendar([details], now);
}

/** One .ics calendar holding a reminder for each of several call days. */
export function buildRemindersCalendar(reminders: readonly ReminderDetails[], now: Date): string {
  // RFC 5545 wants at least one component in a calendar.
  if (reminders.length === 0) throw new RangeError('A calendar needs at least one reminder.');
  if (Number.isNaN(now.getTime())) throw new RangeError('`now` is not a valid time.');
  const { error, value } = createEvents(
    reminders.map((details) => toEventAttributes(details, now)),
    {
      productId: PRODUCT_ID,
    },
  );
  if (error || value === null)
    throw new Error(`Could not build the calendar file: ${error?.message ?? 'no output'}`);
  return refold(value);
}

/** A UID that stays the same for the same application and day, so a re-download updates the event. */
export function buildReminderUid(details: ReminderDetails): string {
  const application =
    cleanLine(details.applicationId ?? '') ||
    `${normalize(details.company)}\u0000${normalize(details.jobTitle)}`;
  return `call-${details.suggested}-${hash(`${application}\u0000${details.suggested}`)}@callback-coach`;
}

function toEventAttributes(details: ReminderDetails, now: Date): EventAttributes {
  const [start, end] = eventDays(details.suggested);
  const summary = buildReminderSummary(details);
  // `timestamp` (DTSTAMP) is in the schema of `ics` but missing from its types;
  // without it, `ics` would read the clock itself.
  const event: EventAttributes & { timestamp: number } = {
    uid: buildReminderUid(details),
    timestamp: now.getTime(),
    title: summary,
    description: buildReminderDescription(details),
    start: toDateArray(start),
    end: toDateArray(end),
    // A reminder, not a meeting: the day must not show as busy.
    transp: 'TRANSPARENT',
    // 9:00 on the day: the trigger counts from the start of the (floating) day.
    alarms: [{ action: 'display', description: escapeText(summary), trigger: { hours: 9 } }],
  };
  return event;
}

function toDateArray(date: IsoDate): [number, number, number] {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return [parts.year, parts.month, parts.day];
}

/** RFC 5545 TEXT escaping, for the one field `ics` leaves raw. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Undo the folding of `ics`, then fold again at 75 octets on code point boundaries. */
function refold(ics: string): string {
  // Escaped text holds no raw CR or LF, so every CRLF + space/tab is a fold.
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // continuation lines start with a space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function normalize(text: string): string {
  return cleanLine(text).toLowerCase().replace(/\s+/g, ' ');
}

/** 64-bit FNV-1a over UTF-8, as 16 hex digits: stable, synchronous, no randomness. */
function hash(text: string): string {
  let value = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    value = BigInt.asUintN(64, (value ^ BigInt(byte)) * 0x100000001b3n);
  }
  return value.toString(16).padStart(16, '0');
}
