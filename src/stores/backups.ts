/**
 * Backups of stored values: the raw text is copied to `cc:backup:<name>:<ISO timestamp>`
 * before a store falls back to its default (the value could not be read) and before an
 * import or a restore replaces it, so nothing a user saved is ever silently destroyed.
 * My data lists them to restore, download or delete. `<name>` may be any text, even
 * `constructor` or `__proto__`: it is only ever compared, never used to look anything up.
 */
import { currentInstant } from '../lib/dates/now';
import { listStoredKeys, readStoredKey, writeStoredKey } from './storage-engine';

const BACKUP_PREFIX = 'cc:backup:';

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

/** Read a backup key's parts, or `null` when `key` is not a backup key. */
export function parseBackupKey(key: string): { name: string; savedAt: string } | null {
  if (!key.startsWith(BACKUP_PREFIX)) return null;
  const rest = key.slice(BACKUP_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 1) return null;
  // A second copy made in the same millisecond carries a `#2` suffix.
  return { name: rest.slice(0, colon), savedAt: rest.slice(colon + 1).split('#')[0] ?? '' };
}

/** Whether `key` holds a backup. */
export function isBackupKey(key: string): boolean {
  return parseBackupKey(key) !== null;
}

/**
 * Copy raw text aside under a backup key; the key, or `null` when it could not be saved.
 * The same text already kept for the same store is not copied twice.
 */
export function backupRawValue(name: string, raw: string, now: Date = currentInstant()): string | null {
  for (const key of listStoredKeys()) {
    if (parseBackupKey(key)?.name === name && readStoredKey(key) === raw) return key;
  }
  const base = `${BACKUP_PREFIX}${name}:${now.toISOString()}`;
  let key = base;
  for (let n = 2; readStoredKey(key) !== undefined; n++) key = `${base}#${n}`;
  // A backup is never decoded by a store, so it may exceed the size cap of live values.
  return writeStoredKey(key, raw, Number.POSITIVE_INFINITY) === 'saved' ? key : null;
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
