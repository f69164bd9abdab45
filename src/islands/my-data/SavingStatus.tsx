import type { VNode } from 'preact';
import { backupLabel } from '../../lib/storage/my-data-view';
import type { StorageHealth } from '../../stores/storage-engine';

interface Props {
  health: StorageHealth;
  /** False until hydrated: the server cannot know whether this browser saves. */
  ready: boolean;
}

/** Whether what the user does is being saved here, and what to do when it is not. */
export default function SavingStatus({ health, ready }: Props) {
  const problems: VNode[] = [];
  if (health.saving === 'off') {
    problems.push(
      <p key="off" class="notice notice--warning">
        <strong>Saving is off in this browser</strong> (private mode or storage disabled): what you enter
        lasts until you close this tab. Export your data to keep it.
      </p>,
    );
  }
  if (health.lastWriteFailed) {
    problems.push(
      <p key="full" class="notice notice--danger">
        <strong>This browser’s storage is full:</strong> your latest changes are kept only until you close
        this tab. Export your data to keep them, then make room: delete backups you no longer need, or clear
        other sites’ data in your browser’s settings.
      </p>,
    );
  }
  if (health.readOnly.length > 0) {
    const names = health.readOnly.map((key) => backupLabel(key.replace(/^cc:/, '')).toLowerCase()).join(', ');
    problems.push(
      <p key="newer" class="notice notice--warning">
        Some of your data ({names}) was saved by a newer version of Callback Coach. It is left as it is, so
        changes to it on this page are not saved: reload the page to get the newest version.
      </p>,
    );
  }
  return (
    <div class="my-data-status" role="status">
      {!ready ? (
        <p class="muted">Checking whether this browser saves your data…</p>
      ) : problems.length > 0 ? (
        problems
      ) : (
        <p class="notice notice--success">
          Saving works: what you enter is kept in this browser, on this device.
        </p>
      )}
    </div>
  );
}
