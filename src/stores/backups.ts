/**
 * Backups of stored values: the raw text is copied to `cc:backup:<name>:<ISO timestamp>`
 * before a store falls back to its default (the value could not be read) and before an
 * import or a restore replaces it, so nothing a user saved is ever silently destroyed.
 * My data lists them to restore, download or delete. `<name>` may be any text, even
 * `constructor` or `__proto__`: it is only ever compared, never used to look anything up.
 * The copying itself is in backup-copy.ts, which every page loads; the listing is here.
 */
import { parseBackupKey } from './backup-copy';
import { listStoredKeys, readStoredKey } from './storage-engine';

export { backupRawValue, parseBackupKey } from './backup-copy';

/** A backup as My data lists it. */
export interface BackupInfo {
  /** The storage key holding the copy. */
  key: string;
  /** The store it came from: 'progress', 'applications'… */
  name: string;
  /** When the copy was made, as an ISO timestamp. */
  savedAt: string;
  /** Its length in characters. */
  size: number;
}

/** Whether `key` holds a backup. */
export function isBackupKey(key: string): boolean {
  return parseBackupKey(key) !== null;
}

/** Every backup, newest first. */
export function listBackups(): BackupInfo[] {
  const backups: BackupInfo[] = [];
  for (const key of listStoredKeys()) {
    const parts = parseBackupKey(key);
    if (parts) backups.push({ key, ...parts, size: readStoredKey(key)?.length ?? 0 });
  }
  return backups.sort((a, b) =>
    a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.key < b.key ? 1 : -1,
  );
}
