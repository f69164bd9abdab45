/**
 * Everything at once, for the My data page: a snapshot to export, replacing parts from
 * an import or a backup, deleting it all, and the backups kept.
 *
 * Owns no key of its own. Replacing or deleting is the user's explicit choice, so it
 * also writes over values left protected (from a newer version). Before a value is
 * replaced, its text is kept as a backup (`cc:backup:*`, listed in My data with Restore);
 * backups are never touched except one at a time through deleteBackup().
 */
import type { DataPart, DataSnapshot } from '../lib/storage/export';
import type { ReplaceOutcome } from '../lib/storage/my-data-outcomes';
import type { SaveResult } from '../lib/storage/save-result';
import { DATA_PARTS, DATA_SPECS, isDataPart } from '../lib/storage/specs';
import { decodeStored, encodeStored, type StoredSpec } from '../lib/storage/stored-value';
import { MAX_STORED_CHARS } from '../lib/page-limits';
import { $applications } from './applications';
import { backupRawValue, isBackupKey, parseBackupKey } from './backups';
import type { PersistedStore } from './persisted';
import { storedKey } from './persisted';
import { $practice } from './practice';
import { $profile } from './profile';
import { $progress } from './progress';
import { $settings } from './settings';
import { listStoredKeys, readStoredKey, removeStoredKey, unprotectStoredKey } from './storage-engine';

export { listBackups, type BackupInfo } from './backups';
export type { ReplaceOutcome } from '../lib/storage/my-data-outcomes';

const STORES: { [Part in DataPart]: PersistedStore<DataSnapshot[Part]> } = {
  profile: $profile,
  applications: $applications,
  practice: $practice,
  progress: $progress,
  settings: $settings,
};

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

/** Whether the stored value of `part` is its default (nothing worth a backup). */
function isDefault(part: DataPart, raw: string): boolean {
  const spec: StoredSpec<unknown> = DATA_SPECS[part];
  const { value, problem } = decodeStored(raw, spec);
  return !problem && JSON.stringify(value) === JSON.stringify(spec.fallback);
}

/**
 * Replace the given parts (from an import or a backup). Invalid data throws a TypeError
 * and a part over the size cap refuses the whole change, both before anything is changed.
 * Every stored value it replaces is first kept as a backup; when a backup cannot be
 * written (storage full), nothing is replaced.
 */
export function replaceData(data: Partial<DataSnapshot>): ReplaceOutcome {
  const parts = DATA_PARTS.filter((part) => Object.hasOwn(data, part));
  const encoded = new Map<DataPart, string>();
  for (const part of parts) {
    const spec = DATA_SPECS[part];
    const checked = spec.check(data[part]);
    if (!checked.ok) throw new TypeError(`Not replacing: the ${part} data is not valid`);
    encoded.set(part, encodeStored(checked.value, spec.version));
  }
  for (const part of parts) {
    if ((encoded.get(part)?.length ?? 0) > MAX_STORED_CHARS) return { ok: false, reason: 'too-big', part };
  }
  let backups = 0;
  for (const part of parts) {
    const raw = readStoredKey(storedKey(part));
    if (raw === undefined || raw === encoded.get(part) || isDefault(part, raw)) continue;
    if (backupRawValue(part, raw) === null) return { ok: false, reason: 'no-room-for-backup', part };
    backups++;
  }
  const results: Partial<Record<DataPart, SaveResult>> = {};
  for (const part of parts) {
    unprotectStoredKey(storedKey(part));
    results[part] = (STORES[part] as PersistedStore<unknown>).set(data[part]);
  }
  return { ok: true, results, backups };
}

/** Replace everything with an export's data; see replaceData. */
export function replaceAllData(data: DataSnapshot): ReplaceOutcome {
  return replaceData(data);
}

/** Delete everything the site stored, except backups; the stores go back to their defaults. */
export function deleteAllData(): void {
  for (const part of DATA_PARTS) {
    unprotectStoredKey(storedKey(part));
    (STORES[part] as PersistedStore<unknown>).set(DATA_SPECS[part].fallback);
  }
  // Setting a default writes it; removing the keys leaves nothing of the user's behind.
  for (const key of listStoredKeys()) {
    if (key.startsWith('cc:') && !isBackupKey(key)) removeStoredKey(key);
  }
}

/** The raw text of a backup, to download; `undefined` when there is no such backup. */
export function readBackup(key: string): string | undefined {
  return isBackupKey(key) ? readStoredKey(key) : undefined;
}

/** Which part a backup is a copy of, or `null` when it is not one this version knows. */
export function backupPart(key: string): DataPart | null {
  const name = parseBackupKey(key)?.name ?? '';
  return isDataPart(name) ? name : null;
}

/** Delete one backup (after the user has downloaded it or decided it is not needed). */
export function deleteBackup(key: string): void {
  if (isBackupKey(key)) removeStoredKey(key);
}
