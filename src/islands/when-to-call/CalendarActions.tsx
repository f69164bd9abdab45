import { useState } from 'preact/hooks';
import {
  buildGoogleCalendarUrl,
  buildReminderFileName,
  buildReminderSummary,
  type ReminderDetails,
} from '../../lib/calendar/reminder';
import { formatLongDate, type IsoDate } from '../../lib/dates';
import { withBase } from '../../lib/paths';
import { describeReminderContents } from '../../lib/calendar/reminder-details';
import { saveTextFile } from '../parts/save-file';

interface Props {
  details: ReminderDetails;
  today: IsoDate;
  headingLevel: 2 | 3;
}

/** "Add to calendar" (an .ics file, built on click) and the same event in Google Calendar. */
export default function CalendarActions({ details, today, headingLevel }: Props) {
  const [message, setMessage] = useState('');
  const Heading = `h${headingLevel}` as const;
  const scriptHref = withBase(import.meta.env.BASE_URL, '/tools/script-builder/');

  async function download() {
    const fileName = buildReminderFileName(details);
    try {
      // The `ics` package is heavy: load it only when someone asks for the file.
      const { buildReminderEvent } = await import('../../lib/calendar/event');
      saveTextFile(buildReminderEvent(details, new Date()), fileName, 'text/calendar;charset=utf-8');
      setMessage(`Downloaded ${fileName}: open it to add the reminder to your calendar.`);
    } catch {
      setMessage('The calendar file could not be made. Try again, or use the Google Calendar link.');
    }
  }

  return (
    <section class="wtc-reminder" aria-labelledby="wtc-reminder-title">
      <Heading id="wtc-reminder-title">Set a reminder</Heading>
      <p>
        <strong>{formatLongDate(details.suggested, today)}</strong>, all day: “{buildReminderSummary(details)}
        ”. {describeReminderContents(details)}
        {!details.voicemail && (
          <>
            {' '}
            Fill in the <a href={scriptHref}>script builder</a> to add your voicemail script too.
          </>
        )}
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={download}>
          Add to calendar
        </button>
        <a
          class="button button--quiet"
          href={buildGoogleCalendarUrl(details)}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open in Google Calendar<span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
      <p role="status" class="wtc-download">
        {message}
      </p>
      <p class="wtc-note">
        Safari and some other browsers erase what a site saved after 7 days without a visit, which can be
        before your call is due. So add the reminder to your calendar: it carries everything you need to make
        the call.
      </p>
    </section>
  );
}
