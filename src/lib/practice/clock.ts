/**
 * The practice timer's clock, from `performance.now()` timestamps passed in.
 *
 * Elapsed time is always a difference of two timestamps, never a count of interval
 * ticks, so a run that goes on in a hidden tab (where timers are throttled) still
 * reports the true time.
 */

import { VOICEMAIL_SECONDS } from './length';

/** Seconds between two millisecond timestamps, less time spent paused (ms); never negative. */
export function elapsedSeconds(startedAt: number, now: number, pausedTotal = 0): number {
  const ms = now - startedAt - pausedTotal;
  return Number.isFinite(ms) && ms > 0 ? ms / 1000 : 0;
}

// Slack so 9.5 s that arrives as 9.499999999 from float subtraction still shows "9.5".
const TENTH_SLACK = 1e-6;

/** "9.5" under a minute, "1:02.3" from one; tenths are truncated, as a stopwatch does. */
export function formatClock(seconds: number): string {
  // Truncating (not rounding) means "10.0" never shows before the target is reached.
  const tenths = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds * 10 + TENTH_SLACK) : 0;
  const minutes = Math.floor(tenths / 600);
  const rest = ((tenths % 600) / 10).toFixed(1);
  return minutes === 0 ? rest : `${minutes}:${rest.padStart(4, '0')}`;
}

/** Seconds the clock's bar spans: past the end of a voicemail's usual range, and past the target. */
export function barSeconds(targetSeconds: number): number {
  const target = Number.isFinite(targetSeconds) ? targetSeconds : 0;
  return Math.ceil(Math.max(VOICEMAIL_SECONDS.max, target) / 5) * 5 + 5;
}

/** Where `seconds` sits along a bar of `spanSeconds`, from 0 to 1 (a longer run fills it). */
export function barFraction(seconds: number, spanSeconds: number): number {
  if (!(spanSeconds > 0) || !(seconds > 0)) return 0;
  return Math.min(1, seconds / spanSeconds);
}
