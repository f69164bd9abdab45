/**
 * The calculator's reminder: loaded when it comes near the screen or the tool is used
 * (WhenToCall.tsx), not with the page, as the reminder texts and the calendar file are
 * only wanted once the advice is read.
 */
import { useState } from 'preact/hooks';
import {
  buildReminderFileName,
  buildReminderSummary,
  type ReminderAction,
} from '../../lib/calendar/reminder';
import {
  describeReminderContents,
  hasVoicemailScript,
  reminderFor,
} from '../../lib/calendar/reminder-details';
import { currentInstant, formatLongDate, type DateLocale, type IsoDate } from '../../lib/dates';
import { lessonPath } from '../../lib/paths';
import type { Application } from '../../lib/storage/schemas/application';
import type { Profile } from '../../lib/storage/schemas/profile';
import { calendarCode, type CalendarCode } from '../parts/calendar-code';
import { useActionRetry, warmOn } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';
import { saveWith } from '../parts/save-file';
import { useStaleDayWarning } from '../parts/use-stale-day-warning';
import GoogleCalendarButton from './GoogleCalendarButton';
import { siteHref } from '../parts/site-href';

/** The reminder the advice suggests: its day and whether it is for a call or an email. */
export interface SuggestedReminder {
  day: IsoDate;
  action: ReminderAction;
}

interface Props {
  reminder: SuggestedReminder;
  application: Application | null;
  profile: Profile;
  today: IsoDate;
  /** Whose date style to write the days in (see `useDateLocale`). */
  locale: DateLocale;
  headingLevel: 2 | 3;
}

/** The absolute address of a lesson, for a calendar event to link to. */
function lessonUrlOf(slug: string): string {
  return new URL(siteHref(lessonPath(slug)), window.location.href).href;
}

/** "Add to calendar" (an .ics file) and the same event in Google Calendar, for the call or the email. */
export default function CalendarActions({
  reminder,
  application,
  profile,
  today,
  locale,
  headingLevel,
}: Props) {
  const [message, setMessage] = useState('');
  const downloading = useActionRetry();
  // What the reminder says, without the voicemail script (that loads with the calendar code).
  const details = reminderFor(
    application,
    profile,
    reminder.day,
    reminder.action,
    lessonUrlOf(reminder.action === 'email' ? 'email-instead' : 'prepare-your-script'),
  );
  // Whether the file would carry a voicemail script.
  const hasScript = hasVoicemailScript(application, profile);
  const Heading = `h${headingLevel}` as const;
  const isEmail = details.action === 'email';
  // An edited voicemail is carried as typed: say so before it goes in the calendar with a wrong day.
  const staleWarning = useStaleDayWarning(
    isEmail ? '' : (application?.scripts.voicemail ?? ''),
    application?.interviewDate ?? '',
    // Read on the reminder's own day, so relative words may be right there; in the reader's date style.
    { day: details.suggested, isRelative: true, locale },
    today,
    'your voicemail script goes in the calendar',
  );
  const scriptHref = siteHref('/tools/script-builder/');
  const full = (code: CalendarCode) =>
    code.buildReminder(application, profile, details.suggested, details.action, details.lessonUrl);

  function download() {
    setMessage('');
    void downloading.run(
      calendarCode,
      () =>
        saveWith(calendarCode, (code) => ({
          text: code.buildReminderEvent(full(code), currentInstant()),
          fileName: buildReminderFileName(details),
          type: 'text/calendar;charset=utf-8',
        })).then(({ fileName }) =>
          setMessage(`Downloaded ${fileName}: open it to add the reminder to your calendar.`),
        ),
      () => setMessage('The calendar file could not be made. Try again in a moment.'),
    );
  }

  return (
    <section class="wtc-reminder" aria-labelledby="wtc-reminder-title">
      <Heading id="wtc-reminder-title">{isEmail ? 'Set a reminder to email' : 'Set a reminder'}</Heading>
      <p>
        <strong>{formatLongDate(details.suggested, today, locale)}</strong>, all day: “
        {buildReminderSummary(details)}
        ”. {describeReminderContents(details, hasScript && !isEmail)}
        {!isEmail && !hasScript && (
          <>
            {' '}
            Fill in the <a href={scriptHref}>script builder</a> to add your voicemail script too.
          </>
        )}
      </p>
      {staleWarning && (
        <p class="notice notice--warning" id="wtc-stale-voicemail">
          {staleWarning} <a href={scriptHref}>Edit it in the script builder</a>.
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-describedby={staleWarning ? 'wtc-stale-voicemail' : undefined}
          onClick={download}
          {...warmOn(calendarCode)}
        >
          Add to calendar
        </button>
      </div>
      {downloading.retry && <LoadFailed retry={downloading.retry} />}
      <p role="status" class="wtc-download">
        {message}
      </p>
      <GoogleCalendarButton buildDetails={full} canAddScript={hasScript && !isEmail} isEmail={isEmail} />
      <p class="wtc-note">
        Safari and some other browsers erase what a site saved after 7 days without a visit, which can be
        before your {isEmail ? 'email' : 'call'} is due. So add the reminder to your calendar: it carries
        everything you need.
      </p>
    </section>
  );
}
