import { buildApplicationsCsv, buildCsvFileName } from '../../lib/follow-ups/csv';
import type { IsoDate } from '../../lib/dates';
import { upcomingCallDays } from '../../lib/follow-ups/next-action-list';
import { lessonPath, withBase } from '../../lib/paths';
import type { Application } from '../../lib/storage/schemas/application';
import { $profile } from '../../stores/profile';
import { saveTextFile } from '../parts/save-file';

interface Props {
  applications: readonly Application[];
  today: IsoDate;
  announce: (message: string) => void;
}

/** "Download CSV" (every interview and its log) and "Download calendar (.ics)" (every call day). */
export default function ExportActions({ applications, today, announce }: Props) {
  function downloadCsv() {
    const fileName = buildCsvFileName(today);
    saveTextFile(buildApplicationsCsv(applications, today), fileName, 'text/csv;charset=utf-8');
    announce(`Downloaded ${fileName}: every interview and its log, archived ones included.`);
  }

  async function downloadCalendar() {
    const callDays = upcomingCallDays(applications, today);
    if (callDays.length === 0) {
      announce('No call day is coming up, so there is nothing to put in a calendar.');
      return;
    }
    const fileName = `follow-up-calls-${today}.ics`;
    try {
      // The `ics` package and the script texts are heavy: load them only when someone asks for the file.
      const { buildCallDaysCalendar } = await import('../../lib/calendar/call-days');
      const lessonUrl = new URL(
        withBase(import.meta.env.BASE_URL, lessonPath('prepare-your-script')),
        window.location.href,
      ).href;
      // The profile adds your own number to the voicemail script the reminder carries.
      saveTextFile(
        buildCallDaysCalendar(callDays, $profile.get(), lessonUrl, new Date()),
        fileName,
        'text/calendar;charset=utf-8',
      );
      const count = callDays.length === 1 ? 'one call day' : `${callDays.length} call days`;
      announce(`Downloaded ${fileName} with ${count}: open it to add the reminders to your calendar.`);
    } catch {
      announce('The calendar file could not be made. Try again in a moment.');
    }
  }

  return (
    <section class="fu-export" aria-labelledby="fu-export-title">
      <h2 id="fu-export-title">Keep a copy</h2>
      <p>
        A spreadsheet of every interview and what you did, for your records or to show your job search. And a
        calendar file with a reminder on each call day, holding what you need to make the call, in case this
        browser forgets.
      </p>
      <div class="actions">
        <button type="button" class="button button--quiet" onClick={downloadCsv}>
          Download CSV
        </button>
        <button type="button" class="button button--quiet" onClick={downloadCalendar}>
          Download calendar (.ics)
        </button>
      </div>
    </section>
  );
}
