/**
 * The stale-day check's words that must be there before its code (stale-day.ts, loaded only
 * for a text the user edited) arrives: what the user is about to do when nothing more is
 * said, and what to say when that code could not load (offline before the site was kept
 * for offline use, a new version deployed). Silence would read as "the days are fine".
 */

/** What the user is about to do with an edited text, when the caller names nothing else. */
export const BEFORE_COPY_OR_PRINT = 'you copy or print this';

/** Said in place of the check when its code could not load; `before` as in `describeStaleDayWords`. */
export function staleDayUnchecked(before = BEFORE_COPY_OR_PRINT): string {
  return `Check the day before ${before}: part of this page could not load, so your words were not checked for days like “yesterday”. Read them over.`;
}
