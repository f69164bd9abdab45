/**
 * What the My data page says at load, in words a job seeker reads without knowing what
 * localStorage is: the profile and settings in a phrase, backups by name, time and size.
 * What it says once a button is used is my-data-outcomes.ts, loaded with the actions.
 */
import { DEFAULT_LOCALE, formatFullDateTime, type DateLocale } from '../dates';
import type { Profile } from './schemas/profile';
import type { Practice } from './schemas/practice';
import { DEFAULT_SETTINGS, type Settings } from './schemas/settings';

/** "your name, phone and email", "your email", or "not filled in". */
export function describeProfile(profile: Profile): string {
  const filled = [
    profile.fullName.trim() && 'name',
    profile.phone.trim() && 'phone',
    profile.email.trim() && 'email',
  ].filter((part): part is string => Boolean(part));
  return filled.length === 0 ? 'not filled in' : `your ${joinWords(filled)}`;
}

/** "dark theme, sound off, countdown on, 15-second target", or "the defaults". */
export function describeSettings(settings: Settings): string {
  const { theme, sound, leadIn, targetSeconds, keepTranscripts } = settings;
  if (
    theme === DEFAULT_SETTINGS.theme &&
    sound === DEFAULT_SETTINGS.sound &&
    leadIn === DEFAULT_SETTINGS.leadIn &&
    targetSeconds === DEFAULT_SETTINGS.targetSeconds &&
    keepTranscripts === DEFAULT_SETTINGS.keepTranscripts
  )
    return 'the defaults';
  const themeWords = theme === 'system' ? 'theme of your device' : `${theme} theme`;
  const transcripts = keepTranscripts ? '' : ', practice transcripts not kept';
  return `${themeWords}, sound ${sound ? 'on' : 'off'}, countdown ${leadIn ? 'on' : 'off'}, ${targetSeconds}-second key-facts target${transcripts}`;
}

/** "each with its time and pace; 2 with a transcript of what the speech check heard". */
export function describePracticeRuns(practice: Practice): string {
  const transcripts = practice.runs.filter((run) => run.check?.transcript).length;
  const heard =
    transcripts === 0
      ? ''
      : `; ${transcripts === 1 ? '1 with a transcript' : `${transcripts} with transcripts`} of what the speech check heard`;
  return `each with its time and pace${heard}`;
}

/** "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const STORE_LABELS: Record<string, string> = {
  progress: 'Lesson progress',
  settings: 'Settings',
  profile: 'Your contact details',
  applications: 'Interviews',
  practice: 'Practice history',
};

/** What a backup holds, by the store it came from: "Lesson progress". */
export function backupLabel(name: string): string {
  // Any text can follow `cc:backup:`, `constructor` and `__proto__` included: only own labels count.
  return Object.hasOwn(STORE_LABELS, name) ? (STORE_LABELS[name] ?? name) : name;
}

/** "less than 1 KB", "4.2 KB", "310 KB", "1.1 MB" (a character counted as a byte). */
export function formatSize(chars: number): string {
  if (chars < 1024) return 'less than 1 KB';
  const [value, unit] = chars < 1024 * 1024 ? [chars / 1024, 'KB'] : [chars / (1024 * 1024), 'MB'];
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}

/** "Nov 28, 2026, 1:45 PM" (en-GB "28 Nov 2026, 13:45") on this device's clock; the raw text when it is no date. */
export function formatSavedAt(iso: string, timeZone?: string, locale: DateLocale = DEFAULT_LOCALE): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return formatFullDateTime(new Date(time), locale, timeZone);
}

/** Said when a button's code cannot load (offline before the page was kept, a new version deployed). */
export const ACTION_NOT_LOADED =
  'That did not work: part of this page could not load. Check your connection and try again.';
