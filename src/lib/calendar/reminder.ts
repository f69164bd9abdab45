/**
 * A reminder (a call, or the email after a voicemail): what it holds, its one-line
 * summary and its file name. Small, so an island can show them at once; the notes
 * (reminder-description.ts), the file and the Google link load on a button.
 */
import { addDays, isIsoDate, type IsoDate } from '../dates';

/** What the reminder is for: the follow-up call, or the short email after a voicemail. */
export type ReminderAction = 'call' | 'email';

/** Everything the reminder says; blank strings count as not given. */
export interface ReminderDetails {
  /** The day to act, an all-day event. */
  suggested: IsoDate;
  /** A call unless said otherwise. */
  action?: ReminderAction | undefined;
  company: string;
  jobTitle: string;
  interviewerName: string;
  interviewerPhone?: string | undefined;
  interviewerEmail?: string | undefined;
  yourPhone?: string | undefined;
  voicemail?: string | undefined;
  lessonUrl?: string | undefined;
  /** The stored application's id: when given, it names the event instead of company and job. */
  applicationId?: string | undefined;
}

/** "Call Greenway Dental about the Office Manager job" (or "Email …"), with sensible fallbacks. */
export function buildReminderSummary(details: ReminderDetails): string {
  const company = cleanLine(details.company);
  const job = cleanLine(details.jobTitle);
  const about = job ? `about the ${job} job` : 'about your interview';
  if (details.action === 'email') return company ? `Email ${company} ${about}` : `Follow-up email ${about}`;
  return company ? `Call ${company} ${about}` : `Follow-up call ${about}`;
}

/** "call-greenway-dental-2026-12-07.ics" (or "email-…"): ASCII letters, digits and hyphens only. */
export function buildReminderFileName(
  details: Pick<ReminderDetails, 'company' | 'suggested' | 'action'>,
): string {
  assertIsoDate(details.suggested);
  const words =
    details.company
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  // Whole words up to 40 characters, so a long name is shortened, not cut mid-word.
  let slug = words[0]?.slice(0, 40) ?? 'reminder';
  for (const word of words.slice(1)) {
    if (slug.length + 1 + word.length > 40) break;
    slug += `-${word}`;
  }
  return `${details.action ?? 'call'}-${slug}-${details.suggested}.ics`;
}

/** The event's first day and the exclusive day after it, as `YYYY-MM-DD`. */
export function eventDays(suggested: IsoDate): [IsoDate, IsoDate] {
  assertIsoDate(suggested);
  return [suggested, addDays(suggested, 1)];
}

/** User text made safe for a calendar: one kind of newline, no control characters. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // RFC 5545 TEXT allows no control characters but tab (and newlines, escaped).
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      // A lone surrogate has no UTF-8 form; encoders would turn it into U+FFFD anyway.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .trim()
  );
}

/** `cleanText` for a field that must stay on one line. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s*\n\s*/g, ' ');
}

function assertIsoDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
}
