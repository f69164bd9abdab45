/**
 * What the My data page says, and names, once a button is used: the import file's size
 * check, a downloaded backup's file name, the browser's answer to "keep my data" and what
 * replacing data did. Loaded with the page's actions (issue 15), not with the page; what it
 * says at load is my-data-view.ts.
 */
import { MAX_IMPORT_CHARS } from '../limits';
import type { DataPart } from './export';
import { describeSizeCap, type SaveResult } from './save-result';

/** The message for an import file too large to read, or `null` when its size is fine. */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_CHARS) return null;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `This file is ${megabytes} MB, too big to be a Callback Coach export: exports are well under 5 MB. Choose the file you exported.`;
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
