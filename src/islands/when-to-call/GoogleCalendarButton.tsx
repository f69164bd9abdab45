import { useState } from 'preact/hooks';
import type { ReminderDetails } from '../../lib/calendar/reminder';
import { calendarCode, type CalendarCode } from '../parts/calendar-code';
import { useActionRetry, warmOn } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';

interface Props {
  /** The reminder, script included, from the loaded calendar code. */
  buildDetails: (code: CalendarCode) => ReminderDetails;
  /** Whether there is a voicemail script that could go along. */
  canAddScript: boolean;
  /** An email reminder carries the email address instead of the phone numbers. */
  isEmail: boolean;
}

/**
 * The event in Google Calendar's "new event" form. Everything in its web address goes to
 * Google, so the page says what, and the voicemail script goes only when asked for.
 */
export default function GoogleCalendarButton({ buildDetails, canAddScript, isEmail }: Props) {
  const [withScript, setWithScript] = useState(false);
  const [problem, setProblem] = useState('');
  const opening = useActionRetry();

  function open() {
    const show = (code: CalendarCode) => {
      const url = code.buildGoogleCalendarUrl(buildDetails(code), { withScript: canAddScript && withScript });
      window.open(url, '_blank', 'noopener,noreferrer');
    };
    setProblem('');
    // Opened within the click when the code is here (the usual case after warmOn), as pop-up blockers expect.
    const ready = calendarCode.now();
    void opening.run(
      calendarCode,
      () => (ready ? Promise.resolve(show(ready)) : calendarCode.get().then(show)),
      () => setProblem('Google Calendar could not be opened. Try again.'),
    );
  }

  return (
    <div class="wtc-google">
      <p class="wtc-note" id="wtc-google-note">
        Google Calendar gets the event through its web address: the company, the job, the interviewer’s name
        and {isEmail ? 'their email address' : 'the phone numbers'} go to Google
        {canAddScript ? ', and your voicemail script only if you tick the box' : ''}. The calendar file stays
        on this device until you open it.
      </p>
      {canAddScript && (
        <label class="choice">
          <input
            type="checkbox"
            checked={withScript}
            onChange={(event) => setWithScript(event.currentTarget.checked)}
          />
          Send my voicemail script to Google too
        </label>
      )}
      <div class="actions">
        <button
          type="button"
          class="button button--quiet"
          aria-describedby="wtc-google-note"
          onClick={open}
          {...warmOn(calendarCode)}
        >
          Open in Google Calendar<span class="visually-hidden"> (opens in a new tab)</span>
        </button>
      </div>
      {opening.retry && <LoadFailed retry={opening.retry} />}
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
