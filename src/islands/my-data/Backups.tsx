import { useEffect, useRef, useState } from 'preact/hooks';
import { describeReplacement } from '../../lib/storage/describe-data';
import type { DataSnapshot } from '../../lib/storage/export';
import { ACTION_NOT_LOADED, backupLabel, formatSavedAt, formatSize } from '../../lib/storage/my-data-view';
import type { BackupInfo } from '../../stores/backups';
import { saveTextFile } from '../parts/save-file';
import { useDateLocale } from '../parts/use-date-locale';
import { actionsCode } from './actions-code';

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

/**
 * The copies kept of saved data (unreadable, or replaced by an import), each to restore,
 * download or delete: the list shows at load, what its buttons do loads with the actions,
 * as the pointer or focus reaches one.
 */
export default function Backups({ backups, recovered, current, lessonSlugs, ready, onChange }: Props) {
  const [message, setMessage] = useState('');
  const note = useRef<HTMLParagraphElement>(null);
  const locale = useDateLocale();
  const ReplacePreview = actionsCode.now()?.ReplacePreview;
  const savedAt = (backup: BackupInfo) => formatSavedAt(backup.savedAt, undefined, locale);
  const [restoring, setRestoring] = useState<{ backup: BackupInfo; data: Partial<DataSnapshot> } | null>(
    null,
  );
  // Bumped by a restore: the message takes focus once rendered (hidden while empty, it cannot before).
  const [restores, setRestores] = useState(0);
  useEffect(() => {
    if (restores > 0) note.current?.focus();
  }, [restores]);

  /** The actions' module, or `undefined` (and a message saying so) when it cannot load. */
  async function loadActions() {
    try {
      return await actionsCode.get();
    } catch {
      setMessage(ACTION_NOT_LOADED);
      return undefined;
    }
  }

  async function download(backup: BackupInfo) {
    const made = (await loadActions())?.backupFile(backup);
    if (!made) return;
    if (!made.ok) return setMessage(made.error);
    const { text, fileName, type } = made.file;
    saveTextFile(text, fileName, type);
    setMessage(`Downloaded ${fileName}. To bring it back later, choose it under “Import data”.`);
  }

  async function askRestore(backup: BackupInfo) {
    // The preview comes with the actions: `restoring` is set only once they are here.
    const read = (await loadActions())?.readBackupData(backup);
    if (!read) return;
    if (!read.ok) return setMessage(read.error);
    setMessage('');
    setRestoring({ backup, data: read.data });
  }

  function restore(backup: BackupInfo, data: Partial<DataSnapshot>) {
    const actions = actionsCode.now();
    if (!actions) return;
    const { message } = actions.replaceFrom(data, `the backup of ${savedAt(backup)}`);
    setRestoring(null);
    setMessage(message);
    onChange();
    // The preview and its buttons are gone: the message is where the reader goes on.
    setRestores((count) => count + 1);
  }

  async function remove(backup: BackupInfo) {
    const actions = await loadActions();
    if (!actions) return;
    actions.deleteBackup(backup.key);
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
                <div class="actions" onPointerEnter={actionsCode.warm} onFocusIn={actionsCode.warm}>
                  <button type="button" class="button" onClick={() => void askRestore(backup)}>
                    Restore<span class="visually-hidden"> the backup: {what}</span>
                  </button>
                  <button type="button" class="button button--quiet" onClick={() => void download(backup)}>
                    Download<span class="visually-hidden"> the backup: {what}</span>
                  </button>
                  <button type="button" class="button button--danger" onClick={() => void remove(backup)}>
                    Delete<span class="visually-hidden"> the backup: {what}</span>
                  </button>
                </div>
                {restoring?.backup.key === backup.key && ReplacePreview && (
                  <ReplacePreview
                    id="restore-preview-title"
                    title="Restore this backup?"
                    words={describeReplacement(current, restoring.data, lessonSlugs)}
                    sourceLabel={`In the backup of ${savedAt(backup)}`}
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
