/**
 * The practice timer's sentences: what the status region announces (start, target
 * reached, result, nothing else), the result and pace lines, and the chart's summary.
 * Seconds are said as the clock shows them, tenths truncated, so the two never disagree.
 */
import { formatClock, overtime } from './clock';
import type { RunSummary } from './run';
import { DEFAULT_WORDS_PER_MINUTE } from '../speech-timing';

/** "9.5 s" or "1:02.3" (a minute or more reads as a clock). */
export function formatSeconds(seconds: number): string {
  const clock = formatClock(seconds);
  return clock.includes(':') ? clock : `${clock} s`;
}

/** "9.5 seconds", for sentences read aloud. */
function spokenSeconds(seconds: number): string {
  const clock = formatClock(seconds);
  return clock.includes(':') ? clock : `${clock} seconds`;
}

/** Announced when the run itself begins (after the countdown, if any). */
export const STARTED_MESSAGE = 'Started. Read your voicemail aloud now.';

/** Announced once, when the clock passes the target. */
export function targetReachedMessage(targetSeconds: number): string {
  return `${targetSeconds} seconds: target reached. Keep going, and press Stop when you finish.`;
}

/** "overtime +2.3 s" past the target; `null` within it. */
export function overtimeLabel(seconds: number, targetSeconds: number): string | null {
  const over = overtime(seconds, targetSeconds);
  return over > 0 ? `overtime +${formatSeconds(over)}` : null;
}

/** Whether the key facts fit, as a sentence: "Your key facts fit within the 10-second target." */
export function keyFactsSentence(summary: RunSummary, targetSeconds: number): string {
  const about = formatSeconds(summary.keyFactsSeconds);
  return summary.fit
    ? `Your key facts took about ${about}, within the ${targetSeconds}-second target.`
    : `Your key facts took about ${about}, over the ${targetSeconds}-second target.`;
}

/** Announced when a run stops: time, pace and whether the key facts fit. */
export function resultMessage(summary: RunSummary, targetSeconds: number): string {
  const pace = summary.wordsPerMinute > 0 ? `, ${summary.wordsPerMinute} words a minute` : '';
  return `Stopped at ${spokenSeconds(summary.seconds)}${pace}. ${keyFactsSentence(summary, targetSeconds)}`;
}

/** Announced when a run is too short to count (a double press). */
export function tooShortMessage(seconds: number): string {
  return `Stopped at ${spokenSeconds(seconds)}: too short to count, so it was not saved.`;
}

/** "Your pace: 142 words a minute (median of your last 5 runs)", or how estimates work without one. */
export function paceSentence(wordsPerMinute: number | null, runCount: number): string {
  if (wordsPerMinute === null || runCount === 0) {
    return `Your pace: not measured yet. Until it is, estimates use ${DEFAULT_WORDS_PER_MINUTE} words a minute.`;
  }
  const rounded = Math.round(wordsPerMinute);
  const from = runCount === 1 ? 'from your last run' : `median of your last ${runCount} runs`;
  return `Your pace: ${rounded} words a minute (${from})`;
}

/** A short date and time for a run, in the reader's time zone: "Mar 3, 2:05 PM". */
export function formatRunTime(at: string, timeZone?: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '–';
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** The chart's text alternative: every run's time, oldest first, and how often the key facts fit. */
export function chartSummary(
  runs: ReadonlyArray<{ seconds: number; fit: boolean }>,
  targetSeconds: number,
): string {
  if (runs.length === 0) return 'No practice runs yet.';
  const times = runs.map((run) => formatClock(run.seconds)).join(', ');
  const fits = runs.filter((run) => run.fit).length;
  const noun = runs.length === 1 ? 'run' : `${runs.length} runs`;
  return `Your last ${noun}, oldest first: ${times} seconds, against a ${targetSeconds}-second target line. The key facts fit in ${fits} of ${runs.length}.`;
}
