/**
 * The user's measured pace as the practice timer shows it: the median of recent runs
 * (practice-history.ts) and how many runs it came from.
 */
import { medianPace } from './history';
import { DEFAULT_WORDS_PER_MINUTE } from '../speech-timing';

/** How many recent runs the pace is the median of. */
export const PACE_RUNS = 5;

/** The measured pace (or `null`) and the number of runs behind it (at most `PACE_RUNS`). */
export function measuredPace(
  runs: ReadonlyArray<{ at: string; wordsPerMinute: number }>,
  since: string | null,
): { wordsPerMinute: number | null; runCount: number } {
  // A run counts when it would give a pace on its own: the same rules as the median's.
  const counted = runs.filter((run) => medianPace([run], since, 1) !== null).length;
  return { wordsPerMinute: medianPace(runs, since, PACE_RUNS), runCount: Math.min(PACE_RUNS, counted) };
}

/** The pace the pacing guide follows: the measured one, else the default 150. */
export function guidePace(wordsPerMinute: number | null): number {
  return wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
}
