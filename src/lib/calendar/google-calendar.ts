/** The reminder as a link to Google Calendar's "new event" form. */
import { buildReminderSummary, eventDays, type ReminderDetails } from './reminder';
import { buildReminderDescription } from './reminder-description';
import type { IsoDate } from '../dates';

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

function compact(date: IsoDate): string {
  return date.replaceAll('-', '');
}
