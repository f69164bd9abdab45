/**
 * The words of a reminder (a call, or the email after a voicemail), shared by the
 * .ics file and the Google Calendar link. Small, so an island can show the summary
 * and the file name at once; the rest of the calendar code loads on a button.
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

/** The event's notes: who to ask for, the number, and the voicemail script, line by line. */
export function buildReminderDescription(details: ReminderDetails): string {
  const company = cleanLine(details.company);
  const job = cleanLine(details.jobTitle);
  const interviewer = cleanLine(details.interviewerName);
  const phone = cleanLine(details.interviewerPhone ?? '');
  const email = cleanLine(details.interviewerEmail ?? '');
  const yourPhone = cleanLine(details.yourPhone ?? '');
  const voicemail = cleanText(details.voicemail ?? '');
  const lessonUrl = cleanLine(details.lessonUrl ?? '');
  const about = `your interview${company ? ` with ${company}` : ''}${job ? ` for the ${job} job` : ''}`;
  // The browser may have forgotten everything by the day (Safari clears script-written
  // storage after 7 days without a visit), so the event carries it all.
  const lines =
    details.action === 'email'
      ? [
          `Send a short follow-up email after ${about}: you left a voicemail and have not heard back.`,
          interviewer && `Write to: ${interviewer}`,
          email && `Email: ${email}`,
          lessonUrl && `\nWhat to write: ${lessonUrl}`,
        ]
      : [
          `Follow-up call after ${about}.`,
          interviewer && `Ask for: ${interviewer}`,
          phone && `Call: ${phone}`,
          yourPhone && `Your number (to leave in a voicemail): ${yourPhone}`,
          voicemail && `\nIf you reach voicemail, say:\n${voicemail}`,
          lessonUrl && `\nHow to make the call: ${lessonUrl}`,
        ];
  return lines.filter((line) => line !== '').join('\n');
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

/**
 * A link that opens the same all-day event in Google Calendar's "new event" form.
 * Everything in it travels to Google, so the voicemail script goes only when asked.
 */
export function buildGoogleCalendarUrl(
  details: ReminderDetails,
  { withScript }: { withScript: boolean },
): string {
  const [start, end] = eventDays(details.suggested);
  // encodeURIComponent, not URLSearchParams: Google's form shows a "+" literally.
  const text = encodeURIComponent(buildReminderSummary(details));
  const shared = withScript ? details : { ...details, voicemail: undefined };
  const notes = encodeURIComponent(buildReminderDescription(shared));
  return (
    `https://calendar.google.com/calendar/render?action=TEMPLATE&text=${text}` +
    `&dates=${compact(start)}/${compact(end)}&details=${notes}`
  );
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

function compact(date: IsoDate): string {
  return date.replaceAll('-', '');
}

function assertIsoDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
}
