/**
 * How much each stored field may hold. The validators refuse anything longer, the
 * stores clamp what they are given to fit (clamp.ts), and inputs use the same numbers as
 * their `maxlength`, so a value the app saved can always be read back. Numbers only, and the
 * clamping code stays with the tools. The limits the stores every page loads check (the
 * size cap, progress, the practice target) are in page-limits.ts, so that a lesson page
 * does not carry these numbers.
 */
import { SLUG_CHARS } from './page-limits';

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
  slug: SLUG_CHARS,
} as const;

/** How many achievements an application lists. */
export const MAX_ACHIEVEMENTS = 2;

/** How many practice runs are kept: the newest ones. */
export const MAX_PRACTICE_RUNS = 50;

/** Slowest pace accepted: below it a measurement is noise (a run left going), not speech. */
export const MIN_WORDS_PER_MINUTE = 60;
/** Fastest pace accepted: above it nobody on a voicemail can be understood. */
export const MAX_WORDS_PER_MINUTE = 300;

/** The largest import file accepted, in characters (5 MiB). */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;
