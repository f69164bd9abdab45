/**
 * Saved practice runs: keeping the newest, and the pace they measured.
 *
 * The user's pace is the median of recent runs, not the mean, so one run where they
 * stumbled or forgot to press Stop does not move it far.
 */
import { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE } from '../speech-timing';

/** Milliseconds since the epoch of an ISO timestamp; unreadable ones sort as oldest. */
function timeOf(at: string): number {
  const time = Date.parse(at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Runs ordered newest first (stable for equal times). */
export function newestFirst<T extends { at: string }>(runs: readonly T[]): T[] {
  return [...runs].sort((a, b) => {
    const [ta, tb] = [timeOf(a.at), timeOf(b.at)];
    return ta === tb ? 0 : tb > ta ? 1 : -1;
  });
}

/** Middle value of a non-empty list; the mean of the two middle ones when even. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * Median pace of the `recent` newest runs at or after `since` (the last pace reset),
 * ignoring paces outside 60–300 wpm; null when no run counts.
 */
export function medianPace(
  runs: ReadonlyArray<{ at: string; wordsPerMinute: number }>,
  since: string | null,
  recent = 5,
): number | null {
  const from = since === null ? Number.NEGATIVE_INFINITY : timeOf(since);
  const counted = newestFirst(runs)
    .filter((run) => since === null || timeOf(run.at) >= from)
    .filter((run) => run.wordsPerMinute >= MIN_WORDS_PER_MINUTE && run.wordsPerMinute <= MAX_WORDS_PER_MINUTE)
    .slice(0, Math.max(1, Math.floor(Number.isFinite(recent) ? recent : 5)));
  return counted.length === 0 ? null : median(counted.map((run) => run.wordsPerMinute));
}
