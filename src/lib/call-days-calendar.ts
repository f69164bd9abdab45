/**
 * The tracker's calendar file: one reminder a call day, each carrying its voicemail
 * script. A module of its own so the tracker loads it, and the `ics` package with it,
 * in one dynamic import when someone asks for the file.
 */
import { buildRemindersCalendar } from './calendar-event';
import type { IsoDate } from './dates';
import { buildCallReminder } from './reminder-details';
import type { Application } from './schemas/application';
import type { Profile } from './schemas/profile';

/** An .ics calendar with a reminder for each `{ application, day }`. */
export function buildCallDaysCalendar(
  callDays: readonly { application: Application; day: IsoDate }[],
  profile: Profile,
  lessonUrl: string,
  now: Date,
): string {
  return buildRemindersCalendar(
    callDays.map(({ application, day }) => buildCallReminder(application, profile, day, lessonUrl)),
    now,
  );
}
