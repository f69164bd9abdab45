/**
 * The tracker's calendar file: one reminder a call day, each carrying its voicemail
 * script. A module of its own so the tracker loads it, and the `ics` package with it,
 * in one dynamic import when someone asks for the file.
 */
import { buildRemindersCalendar } from './event';
import type { CallDay } from '../follow-ups/next-action-list';
import { buildCallReminder } from './reminder-details';
import type { Profile } from '../storage/schemas/profile';

/** An .ics calendar with a reminder for each call day. */
export function buildCallDaysCalendar(
  callDays: readonly CallDay[],
  profile: Profile,
  lessonUrl: string,
  now: Date,
): string {
  return buildRemindersCalendar(
    callDays.map(({ application, day }) => buildCallReminder(application, profile, day, lessonUrl)),
    now,
  );
}
