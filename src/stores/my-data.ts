/**
 * Everything at once, for the My data page: a snapshot to export, replacing it all
 * from an import, deleting it all, and the backups of values that could not be read.
 *
 * Owns no key of its own. Replacing or deleting is the user's explicit choice, so it
 * also writes over values left protected (from a newer version); backups under
 * `cc:backup:*` are never touched except one at a time through deleteBackup().
 */
import type { DataPart, DataSnapshot } from '../lib/storage/export';
import { applicationsSpec, DEFAULT_APPLICATIONS } from '../lib/storage/schemas/applications';
import { DEFAULT_PRACTICE, practiceSpec } from '../lib/storage/schemas/practice';
import { DEFAULT_PROFILE, profileSpec } from '../lib/storage/schemas/profile';
import { DEFAULT_PROGRESS, progressSpec } from '../lib/storage/schemas/progress';
import { DEFAULT_SETTINGS, settingsSpec } from '../lib/storage/schemas/settings';
import { $applications } from './applications';
import { isBackupKey } from './backups';
import { storedKey } from './persisted';
import { $practice } from './practice';
import { $profile } from './profile';
import { $progress } from './progress';
import { $settings } from './settings';
import {
  $storageHealth,
  listStoredKeys,
  readStoredKey,
  removeStoredKey,
  unprotectStoredKey,
} from './storage-engine';

export { listBackups, type BackupInfo } from './backups';

const SPECS = {
  profile: profileSpec,
  applications: applicationsSpec,
  practice: practiceSpec,
  progress: progressSpec,
  settings: settingsSpec,
} as const;
const PARTS = Object.keys(SPECS) as DataPart[];

/** Everything stored now. */
export function snapshotData(): DataSnapshot {
  return {
    profile: $profile.get(),
    applications: $applications.get(),
    practice: $practice.get(),
    progress: $progress.get(),
    settings: $settings.get(),
  };
}

/**
 * Replace everything with imported data (from parseImport); whether it was all saved in
 * this browser. Invalid data throws a TypeError before anything is changed.
 */
export function replaceAllData(data: DataSnapshot): boolean {
  for (const part of PARTS) {
    if (!SPECS[part].check(data[part]).ok)
      throw new TypeError(`Not replacing: the ${part} data is not valid`);
  }
  for (const part of PARTS) unprotectStoredKey(storedKey(part));
  $profile.set(data.profile);
  $applications.set(data.applications);
  $practice.set(data.practice);
  $progress.set(data.progress);
  $settings.set(data.settings);
  const health = $storageHealth.get();
  return health.saving === 'on' && !health.lastWriteFailed;
}

/** Delete everything the site stored, except backups; the stores go back to their defaults. */
export function deleteAllData(): void {
  for (const part of PARTS) unprotectStoredKey(storedKey(part));
  $profile.set(DEFAULT_PROFILE);
  $applications.set(DEFAULT_APPLICATIONS);
  $practice.set(DEFAULT_PRACTICE);
  $progress.set(DEFAULT_PROGRESS);
  $settings.set(DEFAULT_SETTINGS);
  // Setting a default writes it; removing the keys leaves nothing of the user's behind.
  for (const key of listStoredKeys()) {
    if (key.startsWith('cc:') && !isBackupKey(key)) removeStoredKey(key);
  }
}

/** The raw text of a backup, to download; `undefined` when there is no such backup. */
export function readBackup(key: string): string | undefined {
  return isBackupKey(key) ? readStoredKey(key) : undefined;
}

/** Delete one backup (after the user has downloaded it or decided it is not needed). */
export function deleteBackup(key: string): void {
  if (isBackupKey(key)) removeStoredKey(key);
}
