import { useState } from 'preact/hooks';
import { backupFileName, backupLabel, formatSavedAt, formatSize } from '../../lib/storage/my-data-view';
import { deleteBackup, readBackup, type BackupInfo } from '../../stores/my-data';
import { saveTextFile } from '../parts/save-file';

interface Props {
  backups: BackupInfo[];
  /** Keys read on this visit that could not be read, and were reset. */
  recovered: readonly string[];
  ready: boolean;
  onChange: () => void;
}

/** The copies kept of saved data that could not be read, each to download or delete. */
export default function Backups({ backups, recovered, ready, onChange }: Props) {
  const [message, setMessage] = useState('');

  function download(backup: BackupInfo) {
    const text = readBackup(backup.key);
    if (text === undefined) return setMessage('That backup is no longer here.');
    const fileName = backupFileName(backup.name, backup.savedAt);
    saveTextFile(text, fileName, 'text/plain;charset=utf-8');
    setMessage(`Downloaded ${fileName}.`);
  }

  function remove(backup: BackupInfo) {
    deleteBackup(backup.key);
    setMessage(
      `Deleted the backup of ${backupLabel(backup.name).toLowerCase()} from ${formatSavedAt(backup.savedAt)}.`,
    );
    onChange();
  }

  const resetNames = recovered.map((key) => backupLabel(key.replace(/^cc:/, '')).toLowerCase());
  return (
    <div class="my-data-backups">
      <h3>Backups kept</h3>
      <p>
        When saved data cannot be read (it was damaged, or comes from a newer version), Callback Coach starts
        that part afresh and keeps the unreadable text here, so nothing is thrown away.
      </p>
      {resetNames.length > 0 && (
        <p class="notice notice--warning">
          On this visit, {resetNames.join(', ')} could not be read and{' '}
          {resetNames.length === 1 ? 'was' : 'were'} reset. The unreadable text is kept below.
        </p>
      )}
      {!ready ? null : backups.length === 0 ? (
        <p class="muted">None: everything saved here could be read.</p>
      ) : (
        <ul class="my-data-backup-list">
          {backups.map((backup) => {
            const what = `${backupLabel(backup.name)}, ${formatSavedAt(backup.savedAt)}`;
            return (
              <li key={backup.key}>
                <p>
                  <strong>{backupLabel(backup.name)}</strong>
                  <br />
                  <span class="muted">
                    Kept <time dateTime={backup.savedAt}>{formatSavedAt(backup.savedAt)}</time> ·{' '}
                    {formatSize(backup.size)}
                  </span>
                </p>
                <div class="actions">
                  <button type="button" class="button button--quiet" onClick={() => download(backup)}>
                    Download<span class="visually-hidden"> the backup: {what}</span>
                  </button>
                  <button type="button" class="button button--danger" onClick={() => remove(backup)}>
                    Delete<span class="visually-hidden"> the backup: {what}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p class="my-data-message" role="status">
        {message}
      </p>
    </div>
  );
}
