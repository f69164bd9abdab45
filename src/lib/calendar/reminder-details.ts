/**
 * A reminder's details from what is saved: the application (company, role,
 * interviewer, their phone, an edited voicemail) and the profile (your phone and
 * name). The calendar event must carry all of it, because the browser may have
 * forgotten everything by the day of the call.
 */
import type { ReminderAction, ReminderDetails } from './reminder';
import type { IsoDate } from '../dates';
import type { Application } from '../storage/schemas/application';
import type { Profile } from '../storage/schemas/profile';
import { missingFields, scriptDetailsOf } from '../script/details';

/** Whether a reminder would carry a voicemail script: an edited one, or every detail the script needs. */
export function hasVoicemailScript(application: Application | null, profile: Profile): boolean {
  if (!application) return false;
  if (application.scripts.voicemail?.trim()) return true;
  return missingFields(scriptDetailsOf(application, profile)).length === 0;
}

/**
 * What a reminder for `day` says, without the voicemail script: enough to describe it
 * on the page. The calendar file and link add the script (reminders.ts, loaded on use).
 */
export function reminderFor(
  application: Application | null,
  profile: Profile,
  day: IsoDate,
  action: ReminderAction = 'call',
  lessonUrl?: string,
): ReminderDetails {
  return {
    suggested: day,
    action,
    company: application?.company ?? '',
    jobTitle: application?.jobTitle ?? '',
    interviewerName: application?.interviewerName ?? '',
    interviewerPhone: action === 'call' ? application?.interviewerPhone : undefined,
    interviewerEmail: action === 'email' ? application?.interviewerEmail : undefined,
    yourPhone: action === 'call' ? profile.phone : undefined,
    lessonUrl,
    applicationId: application?.id,
  };
}

/** "It holds the company, the job title and your voicemail script.": what the reminder carries. */
export function describeReminderContents(
  details: ReminderDetails,
  hasScript = (details.voicemail ?? '').trim() !== '',
): string {
  const has = (text: string | undefined) => (text ?? '').trim() !== '';
  const parts = [
    has(details.company) && 'the company',
    has(details.jobTitle) && 'the job title',
    has(details.interviewerName) && "the interviewer's name",
    has(details.interviewerPhone) && 'the number to call',
    has(details.interviewerEmail) && 'their email address',
    has(details.yourPhone) && 'your own number',
    hasScript && 'your voicemail script',
  ].filter((part): part is string => part !== false);
  if (parts.length === 0)
    return 'Add “Details for your reminder” above, so it says who to call and about what.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `It holds ${list}.`;
}
