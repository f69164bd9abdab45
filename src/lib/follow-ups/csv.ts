/**
 * The follow-up records as a CSV file, for the user's own records (proof of a job
 * search, say): every application, archived ones included, one row per log entry.
 *
 * RFC 4180: fields with a comma, a quote or a line break are quoted and quotes doubled;
 * rows end in CRLF. A UTF-8 byte order mark makes Excel read accents and emoji right.
 * A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, so an imported file cannot run anything.
 */
import { ACTIVITY_LABELS, GIVEN_DATE_MEANING_LABELS } from './activity-labels';
import type { IsoDate } from '../dates';
import { nextActionFor } from './next-action';
import type { ActivityEntry, Application } from '../storage/schemas/application';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'Company',
  'Job title',
  'Interviewer',
  'Interviewer email',
  'Interviewer phone',
  'Interview date',
  'Date they gave',
  'What that date means',
  'Status',
  'Archived',
  'Activity date',
  'Activity',
  'Note',
] as const;

const BOM = '\uFEFF';
const ROW_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell made safe: formulas neutralised, then quoted when it needs to be. */
export function formatCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row, cells joined by commas and ended by CRLF. */
export function formatCsvRow(cells: readonly string[]): string {
  return cells.map(formatCsvCell).join(',') + ROW_END;
}

/** The whole file: BOM, header, then the rows of every application (status as of `today`). */
export function buildApplicationsCsv(applications: readonly Application[], today: IsoDate): string {
  const rows = applications.flatMap((application) => rowsOf(application, today));
  return BOM + [CSV_COLUMNS, ...rows].map(formatCsvRow).join('');
}

/** "follow-ups-2026-11-28.csv". */
export function buildCsvFileName(today: IsoDate): string {
  return `follow-ups-${today}.csv`;
}

function rowsOf(application: Application, today: IsoDate): string[][] {
  const status = nextActionFor(application, today).headline;
  const fixed = [
    application.company,
    application.jobTitle,
    application.interviewerName,
    application.interviewerEmail,
    application.interviewerPhone,
    application.interviewDate,
    application.givenDate,
    application.givenDate === '' ? '' : GIVEN_DATE_MEANING_LABELS[application.givenDateMeaning],
    status,
    application.archived ? 'Yes' : 'No',
  ];
  if (application.log.length === 0) return [[...fixed, '', '', '']];
  // Oldest first, as a record reads; same-day entries keep the order they were logged in.
  const log = [...application.log].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return log.map((entry: ActivityEntry) => [...fixed, entry.date, ACTIVITY_LABELS[entry.kind], entry.note]);
}
