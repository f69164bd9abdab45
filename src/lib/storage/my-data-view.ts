/**
 * What the My data page says, in words a job seeker reads without knowing what
 * localStorage is: the profile and settings in a phrase, backups by name, time and
 * size, the import file's size check and the browser's answer to "keep my data".
 */
import { DEFAULT_LOCALE, formatFullDateTime, type DateLocale } from '../dates';
import { MAX_IMPORT_CHARS } from '../limits';
import type { DataPart } from './export';
import { describeSizeCap, type SaveResult } from './save-result';
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

/** `callback-coach-backup-progress-2026-11-28T13-45-37.json`: safe on every file system. */
export function backupFileName(name: string, savedAt: string): string {
  const safe = (text: string) =>
    text
      .replace(/\.\d+Z$/, '')
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `callback-coach-backup-${safe(name) || 'data'}-${safe(savedAt) || 'undated'}.json`;
}

/** The message for an import file too large to read, or `null` when its size is fine. */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_CHARS) return null;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `This file is ${megabytes} MB, too big to be a Callback Coach export: exports are well under 5 MB. Choose the file you exported.`;
}

/** How the browser answered "keep my data": it was asked and agreed, refused, or has no such choice. */
export type PersistAnswer = 'granted' | 'not-granted' | 'not-offered';

/** What to tell the user about the browser's answer. */
export function describePersistAnswer(answer: PersistAnswer): string {
  switch (answer) {
    case 'granted':
      return 'Done: this browser agreed to keep what Callback Coach saved until you delete it yourself.';
    case 'not-granted':
      return 'This browser did not agree: it decides on its own, often after you visit a site more. Export your data to be safe.';
    case 'not-offered':
      return 'This browser does not offer that choice. Export your data, and add the calendar reminder, to be safe.';
  }
}

/** What replacing data from a file or a backup did (the my-data store's answer). */
export type ReplaceOutcome =
  | { ok: true; results: Partial<Record<DataPart, SaveResult>>; backups: number }
  | { ok: false; reason: 'too-big' | 'no-room-for-backup'; part: DataPart };

const PART_WORDS: Record<DataPart, string> = {
  profile: 'contact details',
  applications: 'interviews',
  practice: 'practice history',
  progress: 'lesson progress',
  settings: 'settings',
};

/** The message after replacing data from `source` ("callback-coach-data-2026-11-28.json", "the backup"). */
export function describeReplaceOutcome(outcome: ReplaceOutcome, source: string): string {
  if (!outcome.ok) {
    const part = PART_WORDS[outcome.part];
    return outcome.reason === 'too-big'
      ? `Nothing was changed: the ${part} in ${source} would be more than the ${describeSizeCap()} this browser keeps for them. Export your data to keep a copy, then delete interviews you have finished with.`
      : `Nothing was changed: there is no room in this browser to keep a copy of your current ${part} first. Export your data, delete backups you no longer need, and try again.`;
  }
  const results = Object.values(outcome.results);
  const kept =
    outcome.backups > 0 ? ' A copy of what it replaced is kept under “Backups kept”, with Restore.' : '';
  if (results.includes('off')) {
    return `Your data now comes from ${source}, for this page only: this browser does not let Callback Coach save anything, so reloading or following a link loses it. Export it to keep it.`;
  }
  if (results.some((result) => result !== 'saved')) {
    return `Your data now comes from ${source}, but this browser’s storage is full: it is not saved and lasts only while this page is open. Export it to keep it, then make room.${kept}`;
  }
  return `Done: your data now comes from ${source}.${kept}`;
}
