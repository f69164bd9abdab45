/**
 * How much each stored field may hold. The validators refuse anything longer, the
 * stores clamp what they are given to fit (clamp.ts), and inputs use the same numbers as
 * their `maxlength`, so a value the app saved can always be read back. Numbers only: the
 * stores every page loads import them, and the clamping code stays with the tools.
 */

/** The most characters each text field holds. */
export const TEXT_LIMITS = {
  fullName: 80,
  phone: 30,
  email: 120,
  company: 80,
  jobTitle: 80,
  interviewerName: 80,
  interviewerEmail: 120,
  interviewerPhone: 30,
  achievement: 140,
  script: 4000,
  note: 500,
  textPreview: 80,
  id: 64,
  slug: 100,
} as const;

/** How many achievements an application lists. */
export const MAX_ACHIEVEMENTS = 2;

/** How many practice runs are kept: the newest ones. */
export const MAX_PRACTICE_RUNS = 50;

/** How many lesson slugs the progress list may hold (far more than the course has). */
export const MAX_DONE_LESSONS = 500;

/** How many "Check yourself" answers progress may hold (far more than the course asks). */
export const MAX_ANSWERS = 500;

/** Slowest pace accepted: below it a measurement is noise (a run left going), not speech. */
export const MIN_WORDS_PER_MINUTE = 60;
/** Fastest pace accepted: above it nobody on a voicemail can be understood. */
export const MAX_WORDS_PER_MINUTE = 300;

/** The range and default of the practice timer's target, in seconds. */
export const TARGET_SECONDS = { min: 5, max: 60, default: 10 } as const;

/**
 * The longest raw stored value read or written, in characters (2 MiB). 2,000 interviews
 * as people fill them in (two log entries, no edited script) take about 1.6 million
 * characters; the value and one backup of it (an import keeps one) still fit within the
 * 5 million characters browsers give a site.
 */
export const MAX_STORED_CHARS = 2 * 1024 * 1024;

/** The largest import file accepted, in characters (5 MiB). */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;
