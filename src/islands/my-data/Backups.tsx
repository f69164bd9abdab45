import { useRef, useState } from 'preact/hooks';
import type { DataSnapshot } from '../../lib/storage/export';
import {
  backupFileName,
  backupLabel,
  describeReplaceOutcome,
  formatSavedAt,
  formatSize,
} from '../../lib/storage/my-data-view';
import { backupPart, deleteBackup, readBackup, replaceData, type BackupInfo } from '../../stores/my-data';
import { saveTextFile } from '../parts/save-file';
import { useDateLocale } from '../parts/use-date-locale';
import { applyTheme } from './apply-theme';
import { replacePreviewCode } from './replace-preview-code';

interface Props {
  backups: BackupInfo[];
  /** Keys read on this visit that could not be read: a copy was kept and the value started afresh. */
  recovered: readonly string[];
  /** What is stored now, to compare with a backup before restoring it. */
  current: DataSnapshot;
  lessonSlugs: readonly string[];
  ready: boolean;
  onChange: () => void;
}

/** The copies kept of saved data (unreadable, or replaced by an import), each to restore, download or delete. */
export default function Backups({ backups, recovered, current, lessonSlugs, ready, onChange }: Props) {
  const [message, setMessage] = useState('');
  const note = useRef<HTMLParagraphElement>(null);
  const locale = useDateLocale();
  const ReplacePreview = replacePreviewCode.now()?.default;
  const savedAt = (backup: BackupInfo) => formatSavedAt(backup.savedAt, undefined, locale);
  const [restoring, setRestoring] = useState<{ backup: BackupInfo; data: Partial<DataSnapshot> } | null>(
    null,
  );

  async function download(backup: BackupInfo) {
    const text = readBackup(backup.key);
    if (text === undefined) return setMessage('That backup is no longer here.');
    const { buildBackupFile } = await import('../../lib/storage/import');
    const fileName = backupFileName(backup.name, backup.savedAt);
    saveTextFile(buildBackupFile(backup.name, backup.savedAt, text), fileName, 'application/json');
    setMessage(`Downloaded ${fileName}. To bring it back later, choose it under “Import data”.`);
  }

  async function askRestore(backup: BackupInfo) {
    const text = readBackup(backup.key);
    const part = backupPart(backup.key);
    if (text === undefined) return setMessage('That backup is no longer here.');
    if (!part)
      return setMessage('This version does not know what this backup is a copy of. Download it to keep it.');
    // The preview loads with the parser: `restoring` is set only once both are here.
    const [{ parseBackup }] = await Promise.all([
      import('../../lib/storage/import'),
      replacePreviewCode.get(),
    ]);
    const result = parseBackup(part, text, lessonSlugs);
    if (!result.ok) return setMessage(result.error);
    setMessage('');
    setRestoring({ backup, data: result.data });
  }

  function restore(backup: BackupInfo, data: Partial<DataSnapshot>) {
    const outcome = replaceData(data);
    if (outcome.ok && data.settings) applyTheme(data.settings.theme);
    setRestoring(null);
    setMessage(describeReplaceOutcome(outcome, `the backup of ${savedAt(backup)}`));
    onChange();
    // The preview and its buttons are gone: the message is where the reader goes on.
    note.current?.focus();
  }

  function remove(backup: BackupInfo) {
    deleteBackup(backup.key);
    setMessage(`Deleted the backup of ${backupLabel(backup.name).toLowerCase()} from ${savedAt(backup)}.`);
    onChange();
  }

  const resetNames = recovered.map((key) => backupLabel(key.replace(/^cc:/, '')).toLowerCase());
  return (
    <div class="my-data-backups">
      <h3>Backups kept</h3>
      <p>
        Copies of your data that Callback Coach kept for you, in this browser: when saved data could not be
        read (it was damaged, or came from a newer version), and each time an import or a restore replaced
        what was saved. Restore brings a copy back, after showing you what it would replace; Download keeps it
        as a file you can import later.
      </p>
      {resetNames.length > 0 && (
        <p class="notice notice--warning">
          On this visit, {resetNames.join(', ')} could not be read and{' '}
          {resetNames.length === 1 ? 'was' : 'were'} started afresh. The unreadable text is kept below.
        </p>
      )}
      {!ready ? null : backups.length === 0 ? (
        <p class="muted">None yet.</p>
      ) : (
        <ul class="my-data-backup-list">
          {backups.map((backup) => {
            const what = `${backupLabel(backup.name)}, ${savedAt(backup)}`;
            return (
              <li key={backup.key}>
                <p>
                  <strong>{backupLabel(backup.name)}</strong>
                  <br />
                  <span class="muted">
                    Kept <time dateTime={backup.savedAt}>{savedAt(backup)}</time> · {formatSize(backup.size)}
                  </span>
                </p>
                <div class="actions">
                  <button type="button" class="button" onClick={() => void askRestore(backup)}>
                    Restore<span class="visually-hidden"> the backup: {what}</span>
                  </button>
                  <button type="button" class="button button--quiet" onClick={() => void download(backup)}>
                    Download<span class="visually-hidden"> the backup: {what}</span>
                  </button>
                  <button type="button" class="button button--danger" onClick={() => remove(backup)}>
                    Delete<span class="visually-hidden"> the backup: {what}</span>
                  </button>
                </div>
                {restoring?.backup.key === backup.key && ReplacePreview && (
                  <ReplacePreview
                    id="restore-preview-title"
                    title="Restore this backup?"
                    current={current}
                    data={restoring.data}
                    sourceLabel={`In the backup of ${savedAt(backup)}`}
                    lessonSlugs={lessonSlugs}
                    confirmLabel="Restore the backup"
                    onConfirm={() => restore(backup, restoring.data)}
                    onCancel={() => setRestoring(null)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p class="my-data-message" role="status" tabIndex={-1} ref={note}>
        {message}
      </p>
    </div>
  );
}
