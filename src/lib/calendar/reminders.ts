/**
 * Everything a calendar button needs, in one module loaded on its first use: the
 * voicemail script (the script texts are heavy), the .ics writer and the Google
 * Calendar link. Pages import it with `import()`, never at load.
 */
import { buildRemindersCalendar } from './event';
import { buildGoogleCalendarUrl } from './google-calendar';
import type { ReminderAction, ReminderDetails } from './reminder';
import { reminderFor } from './reminder-details';
import type { IsoDate } from '../dates';
import { missingFields, scriptDetailsOf } from '../script/details';
import { buildVoicemail } from '../script/text';
import type { Application } from '../storage/schemas/application';
import type { Profile } from '../storage/schemas/profile';

export { buildGoogleCalendarUrl };

/** A day to act on an interview: the call, or the email after a voicemail. */
export interface ActionDay {
  application: Application;
  day: IsoDate;
  action: ReminderAction;
}

/** The lesson each kind of reminder links to, as absolute URLs. */
export type LessonUrls = Readonly<Record<ReminderAction, string>>;

/**
 * The voicemail to carry in a call reminder: the user's own version when they edited
 * one, else the script builder's text as said on the call day, or none while a
 * detail it needs is missing (a script full of "[your phone number]" helps no one).
 */
export function voicemailFor(
  application: Application,
  profile: Profile,
  callDay: IsoDate,
): string | undefined {
  const edited = application.scripts.voicemail?.trim();
  if (edited) return edited;
  const details = scriptDetailsOf(application, profile);
  return missingFields(details).length === 0 ? buildVoicemail(details, callDay) : undefined;
}

/** Everything the reminder for `day` says, the voicemail script included for a call. */
export function buildReminder(
  application: Application | null,
  profile: Profile,
  day: IsoDate,
  action: ReminderAction = 'call',
  lessonUrl?: string,
): ReminderDetails {
  const details = reminderFor(application, profile, day, action, lessonUrl);
  if (action !== 'call' || !application) return details;
  return { ...details, voicemail: voicemailFor(application, profile, day) };
}

/** An .ics calendar with a reminder for each day to act. */
export function buildActionsCalendar(
  days: readonly ActionDay[],
  profile: Profile,
  lessonUrls: LessonUrls,
  now: Date,
): string {
  return buildRemindersCalendar(
    days.map(({ application, day, action }) =>
      buildReminder(application, profile, day, action, lessonUrls[action]),
    ),
    now,
  );
}

/** An .ics calendar holding one reminder. */
export { buildReminderEvent } from './event';
