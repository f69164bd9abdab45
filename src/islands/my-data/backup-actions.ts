import type { DataSnapshot } from '../../lib/storage/export';
import { buildBackupFile, parseBackup } from '../../lib/storage/import';
import { backupFileName } from '../../lib/storage/my-data-outcomes';
import { backupPart, readBackup, type BackupInfo } from '../../stores/my-data';
import type { TextFile } from '../parts/save-file';

export { deleteBackup } from '../../stores/my-data';

const GONE = 'That backup is no longer here.';

/** A backup as a file to download and import later, or why it cannot be. */
export function backupFile(backup: BackupInfo): { ok: true; file: TextFile } | { ok: false; error: string } {
  const text = readBackup(backup.key);
  if (text === undefined) return { ok: false, error: GONE };
  return {
    ok: true,
    file: {
      text: buildBackupFile(backup.name, backup.savedAt, text),
      fileName: backupFileName(backup.name, backup.savedAt),
      type: 'application/json',
    },
  };
}

/** A backup read back for Restore: the data it would put back, or why it cannot. */
export function readBackupData(
  backup: BackupInfo,
): { ok: true; data: Partial<DataSnapshot> } | { ok: false; error: string } {
  const text = readBackup(backup.key);
  const part = backupPart(backup.key);
  if (text === undefined) return { ok: false, error: GONE };
  if (!part)
    return {
      ok: false,
      error: 'This version does not know what this backup is a copy of. Download it to keep it.',
    };
  const result = parseBackup(part, text);
  return result.ok ? { ok: true, data: result.data } : result;
}
