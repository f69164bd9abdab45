/**
 * Copying a stored value aside before it is replaced or given up (see backups.ts): the
 * part every page needs, since any store may meet a value it cannot read. Listing the
 * backups is My data's and lives in backups.ts, so a lesson page does not carry it.
 */
import { currentInstant } from '../lib/dates/now';
import { listStoredKeys, readStoredKey, writeStoredKey } from './storage-engine';

const BACKUP_PREFIX = 'cc:backup:';

/** Read a backup key's parts, or `null` when `key` is not a backup key. */
export function parseBackupKey(key: string): { name: string; savedAt: string } | null {
  if (!key.startsWith(BACKUP_PREFIX)) return null;
  const rest = key.slice(BACKUP_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 1) return null;
  // A second copy made in the same millisecond carries a `#2` suffix.
  return { name: rest.slice(0, colon), savedAt: rest.slice(colon + 1).split('#')[0] ?? '' };
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
