import { useMemo, useState } from 'preact/hooks';
import { currentInstant, type DateLocale, type IsoDate } from '../../lib/dates';
import { editedVoicemailDays, upcomingActionDays } from '../../lib/follow-ups/next-action-list';
import { lessonPath } from '../../lib/paths';
import type { Application } from '../../lib/storage/schemas/application';
import { setActiveApplication } from '../../stores/applications';
import { $profile } from '../../stores/profile';
import { calendarCode } from '../parts/calendar-code';
import { lazyModule, useActionRetry, warmOn } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';
import { saveWith } from '../parts/save-file';
import { useStaleVoicemails } from './use-stale-voicemails';
import { siteHref } from '../parts/site-href';

interface Props {
  applications: readonly Application[];
  today: IsoDate;
  /** Whose date style the stale-day warnings write the days in (see `useDateLocale`). */
  locale: DateLocale;
}

// The CSV writer loads on the export, like the calendar code.
const csvCode = lazyModule(() => import('../../lib/follow-ups/csv'));

function lessonUrlOf(slug: string): string {
  return new URL(siteHref(lessonPath(slug)), window.location.href).href;
}

/**
 * "Download CSV" (every interview and its log) and "Download calendar (.ics)" (every next
 * action), under the "Keep a copy" heading the tracker draws (ExportSection.tsx): this part
 * loads as that section nears the screen or the tracker is first used, not with the page.
 */
export default function ExportActions({ applications, today, locale }: Props) {
  // Said here, beside the buttons, where the eyes (and the focus) are.
  const [message, setMessage] = useState('');
  // Either download, when its code could not load: the last one pressed is tried again.
  const downloading = useActionRetry();
  // Edited voicemails go in the calendar as typed: flag stale day words before the download.
  const editedDays = useMemo(() => editedVoicemailDays(applications, today), [applications, today]);
  const stale = useStaleVoicemails(editedDays, today, locale);
  const scriptHref = siteHref('/tools/script-builder/');

  function downloadCsv() {
    setMessage('');
    void downloading.run(
      csvCode,
      () =>
        saveWith(csvCode, (csv) => ({
          text: csv.buildApplicationsCsv(applications, today),
          fileName: csv.buildCsvFileName(today),
          type: 'text/csv;charset=utf-8',
        })).then(({ fileName }) =>
          setMessage(`Downloaded ${fileName}: every interview and its log, archived ones included.`),
        ),
      () => setMessage('The spreadsheet could not be made. Try again in a moment.'),
    );
  }

  function downloadCalendar() {
    const days = upcomingActionDays(applications, today);
    if (days.length === 0) {
      setMessage(
        'No call or email is due for any interview, so there is nothing to put in a calendar. Each interview says why.',
      );
      return;
    }
    setMessage('');
    void downloading.run(
      calendarCode,
      () =>
        saveWith(calendarCode, (code) => ({
          // The profile adds your own number to the voicemail script a call reminder carries.
          text: code.buildActionsCalendar(
            days,
            $profile.get(),
            { call: lessonUrlOf('prepare-your-script'), email: lessonUrlOf('email-instead') },
            currentInstant(),
          ),
          fileName: `follow-up-reminders-${today}.ics`,
          type: 'text/calendar;charset=utf-8',
        })).then(({ fileName }) => {
          const count = days.length === 1 ? 'one reminder' : `${days.length} reminders`;
          setMessage(`Downloaded ${fileName} with ${count}: open it to add them to your calendar.`);
        }),
      () => setMessage('The calendar file could not be made. Try again in a moment.'),
    );
  }

  return (
    <>
      {stale.length > 0 && (
        <div id="fu-stale-voicemails">
          {stale.map(({ application, warning }) => (
            <p key={application.id} class="notice notice--warning">
              {warning}{' '}
              {/* The script builder edits the active interview, so the link makes this one active. */}
              <a href={scriptHref} onClick={() => setActiveApplication(application.id)}>
                Edit it in the script builder
              </a>
              .
            </p>
          ))}
        </div>
      )}
      <div class="actions">
        <button type="button" class="button button--quiet" onClick={downloadCsv} {...warmOn(csvCode)}>
          Download CSV
        </button>
        <button
          type="button"
          class="button button--quiet"
          aria-describedby={stale.length > 0 ? 'fu-stale-voicemails' : undefined}
          onClick={downloadCalendar}
          {...warmOn(calendarCode)}
        >
          Download calendar (.ics)
        </button>
      </div>
      {downloading.retry && <LoadFailed retry={downloading.retry} />}
      <p role="status" class="fu-export-message">
        {message}
      </p>
    </>
  );
}
