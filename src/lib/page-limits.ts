/**
 * The limits the stores every page loads check: the size cap of a stored value, lesson
 * progress and the practice target in settings; the tools' limits are in limits.ts, apart
 * so that a lesson page does not carry the tools' numbers.
 */

/** The most characters a lesson slug holds (TEXT_LIMITS.slug). */
export const SLUG_CHARS = 100;

/** How many lesson slugs the progress list may hold (far more than the course has). */
export const MAX_DONE_LESSONS = 500;

/** How many "Check yourself" answers progress may hold (far more than the course asks). */
export const MAX_ANSWERS = 500;

/** The range and default of the practice timer's target, in seconds. */
export const TARGET_SECONDS = { min: 5, max: 60, default: 10 } as const;

/**
 * The longest raw stored value read or written, in characters (2 MiB). 2,000 interviews
 * as people fill them in (two log entries, no edited script) take about 1.6 million
 * characters; the value and one backup of it (an import keeps one) still fit within the
 * 5 million characters browsers give a site.
 */
export const MAX_STORED_CHARS = 2 * 1024 * 1024;
