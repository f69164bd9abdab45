/**
 * A call reminder's details from what is saved: the application (company, role,
 * interviewer, their phone, an edited voicemail) and the profile (your phone and
 * name). The calendar event must carry all of it, because the browser may have
 * forgotten everything by the day of the call.
 */
import type { ReminderDetails } from './reminder';
import type { IsoDate } from '../dates';
import type { Application } from '../storage/schemas/application';
import type { Profile } from '../storage/schemas/profile';
import { missingFields, type ScriptDetails } from '../script/details';
import { buildVoicemail } from '../script/text';

/** The script builder's details, filled from an application and the profile. */
export function scriptDetailsOf(application: Application, profile: Profile): ScriptDetails {
  return {
    fullName: profile.fullName,
    phone: profile.phone,
    email: profile.email,
    jobTitle: application.jobTitle,
    company: application.company,
    interviewerName: application.interviewerName,
    interviewerEmail: application.interviewerEmail,
    interviewDate: application.interviewDate,
    achievements: application.achievements,
  };
}

/**
 * The voicemail to carry in the reminder: the user's own version when they edited
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

/** Everything the reminder for `callDay` says. */
export function buildCallReminder(
  application: Application | null,
  profile: Profile,
  callDay: IsoDate,
  lessonUrl?: string,
): ReminderDetails {
  return {
    suggested: callDay,
    company: application?.company ?? '',
    jobTitle: application?.jobTitle ?? '',
    interviewerName: application?.interviewerName ?? '',
    interviewerPhone: application?.interviewerPhone,
    yourPhone: profile.phone,
    voicemail: application ? voicemailFor(application, profile, callDay) : undefined,
    lessonUrl,
    applicationId: application?.id,
  };
}

/** "Office Manager at Greenway Dental", either half alone, or `null` when neither is known. */
export function describeApplication(
  application: Pick<Application, 'company' | 'jobTitle'> | null,
): string | null {
  const job = application?.jobTitle.trim() ?? '';
  const company = application?.company.trim() ?? '';
  if (job && company) return `${job} at ${company}`;
  return job || company || null;
}

/** "It holds the company, the job title and your voicemail script.": what the reminder carries. */
export function describeReminderContents(details: ReminderDetails): string {
  const has = (text: string | undefined) => (text ?? '').trim() !== '';
  const parts = [
    has(details.company) && 'the company',
    has(details.jobTitle) && 'the job title',
    has(details.interviewerName) && "the interviewer's name",
    has(details.interviewerPhone) && 'the number to call',
    has(details.yourPhone) && 'your own number',
    has(details.voicemail) && 'your voicemail script',
  ].filter((part): part is string => part !== false);
  if (parts.length === 0)
    return 'Add “Details for your reminder” above, so it says who to call and about what.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `It holds ${list}.`;
}
