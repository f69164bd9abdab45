/**
 * The .ics file for a reminder: one all-day event on the day to act, or a calendar of
 * several (the follow-up tracker exports every next action at once). Written by the
 * small RFC 5545 writer in `ics.ts`: TEXT escaped everywhere (the alarm's too), lines
 * folded by octets.
 */
import { component, escapeText, formatIcsDate, formatIcsStamp, writeIcs, type ContentLine } from './ics';
import { buildReminderSummary, cleanLine, eventDays, type ReminderDetails } from './reminder';
import { buildReminderDescription } from './reminder-description';

const PRODUCT_ID = '-//Callback Coach//When to call//EN';

/** An .ics calendar holding one all-day reminder. */
export function buildReminderEvent(details: ReminderDetails, now: Date): string {
  return buildRemindersCalendar([details], now);
}

/** One .ics calendar holding a reminder for each of several days. */
export function buildRemindersCalendar(reminders: readonly ReminderDetails[], now: Date): string {
  // RFC 5545 wants at least one component in a calendar.
  if (reminders.length === 0) throw new RangeError('A calendar needs at least one reminder.');
  const stamp = formatIcsStamp(now);
  return writeIcs(
    component('VCALENDAR', [
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      `PRODID:${PRODUCT_ID}`,
      'METHOD:PUBLISH',
      ...reminders.flatMap((details) => eventLines(details, stamp)),
    ]),
  );
}

/** A UID that stays the same for the same application, action and day, so a re-download updates the event. */
export function buildReminderUid(details: ReminderDetails): string {
  const application =
    cleanLine(details.applicationId ?? '') ||
    `${normalize(details.company)}\u0000${normalize(details.jobTitle)}`;
  const action = details.action ?? 'call';
  // A call keeps the key it always had, so reminders downloaded before emails existed still update.
  const key = `${application}\u0000${details.suggested}${action === 'call' ? '' : `\u0000${action}`}`;
  return `${action}-${details.suggested}-${hash(key)}@callback-coach`;
}

function eventLines(details: ReminderDetails, stamp: string): ContentLine[] {
  const [start, end] = eventDays(details.suggested);
  const summary = escapeText(buildReminderSummary(details));
  return component('VEVENT', [
    `UID:${escapeText(buildReminderUid(details))}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${formatIcsDate(start)}`,
    `DTEND;VALUE=DATE:${formatIcsDate(end)}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${escapeText(buildReminderDescription(details))}`,
    // A reminder, not a meeting: the day must not show as busy.
    'TRANSP:TRANSPARENT',
    // 9:00 on the day: the trigger counts from the start of the (floating) day.
    ...component('VALARM', ['ACTION:DISPLAY', `DESCRIPTION:${summary}`, 'TRIGGER:PT9H']),
  ]);
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
