/** The notes of a reminder: everything needed on the day, shared by the .ics file and the Google link. */
import { cleanLine, cleanText, type ReminderDetails } from './reminder';

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
