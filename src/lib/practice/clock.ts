/**
 * The practice timer's clock, from `performance.now()` timestamps passed in.
 *
 * Elapsed time is always a difference of two timestamps, never a count of interval
 * ticks, so a run that goes on in a hidden tab (where timers are throttled) still
 * reports the true time.
 */

/** The course's target: the key facts said within about 10 seconds. */
export const DEFAULT_TARGET_SECONDS = 10;
/** Shortest target the user may set. */
export const MIN_TARGET_SECONDS = 5;
/** Longest target the user may set. */
export const MAX_TARGET_SECONDS = 60;

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

/** Seconds past the target, 0 while within it. */
export function overtime(seconds: number, targetSeconds: number): number {
  return Math.max(0, seconds - targetSeconds);
}

/** How far toward the target a run is, from 0 to 1, for the progress bar. */
export function targetProgress(seconds: number, targetSeconds: number): number {
  if (!(targetSeconds > 0) || !(seconds > 0)) return 0;
  return Math.min(1, seconds / targetSeconds);
}

/** A target the user may set: whole seconds from 5 to 60; anything unreadable is 10. */
export function clampTargetSeconds(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_TARGET_SECONDS;
  return Math.min(MAX_TARGET_SECONDS, Math.max(MIN_TARGET_SECONDS, Math.round(value)));
}
