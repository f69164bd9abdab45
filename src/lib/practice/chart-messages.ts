/**
 * The history chart's wording: when each run was, and the chart's text alternative. Apart
 * from messages.ts because the chart loads after the page (practice/HistoryRuns.tsx), and
 * its words with it.
 */
import { DEFAULT_LOCALE, formatDateTime, type DateLocale } from '../dates';
import type { RunOutcome } from '../storage/schemas/practice';
import { formatClock } from './clock';
import { VOICEMAIL_SECONDS } from './length';

/** A short date and time for a run, in the reader's time zone: "Mar 3, 2:05 PM", en-GB "3 Mar, 14:05". */
export function formatRunTime(at: string, timeZone?: string, locale: DateLocale = DEFAULT_LOCALE): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '–';
  return formatDateTime(date, locale, timeZone);
}

/** The chart's text alternative: each scored run's time, oldest first, the range, and how often the key facts fit. */
export function chartSummary(
  runs: ReadonlyArray<{ seconds: number; fit: boolean; outcome: RunOutcome }>,
  targetSeconds: number,
): string {
  if (runs.length === 0) return 'No practice runs yet.';
  const scored = runs.filter((run) => run.outcome === 'complete');
  const skipped = runs.length - scored.length;
  const left =
    skipped === 0
      ? ''
      : ` ${skipped === 1 ? '1 incomplete run is' : `${skipped} incomplete runs are`} left out.`;
  if (scored.length === 0) return `No scored runs yet.${left}`;
  const times = scored.map((run) => formatClock(run.seconds)).join(', ');
  const fits = scored.filter((run) => run.fit).length;
  const noun = scored.length === 1 ? 'scored run' : `${scored.length} scored runs`;
  return `Your last ${noun}, oldest first: ${times} seconds, against the ${VOICEMAIL_SECONDS.min} to ${VOICEMAIL_SECONDS.max} seconds a voicemail usually takes. The key facts fit the ${targetSeconds}-second target in ${fits} of ${scored.length}.${left}`;
}
