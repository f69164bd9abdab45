import type { VNode } from 'preact';
import { backupLabel } from '../../lib/storage/my-data-view';
import { describeSizeCap } from '../../lib/storage/save-result';
import type { StorageHealth } from '../../stores/storage-engine';

interface Props {
  health: StorageHealth;
  /** False until hydrated: the server cannot know whether this browser saves. */
  ready: boolean;
}

/** "interviews, lesson progress" from `cc:` keys. */
function namesOf(keys: readonly string[]): string {
  return keys.map((key) => backupLabel(key.replace(/^cc:/, '')).toLowerCase()).join(', ');
}

/** Whether what the user does is being saved here, and what to do when it is not. */
export default function SavingStatus({ health, ready }: Props) {
  const problems: VNode[] = [];
  if (health.saving === 'off') {
    problems.push(
      <p key="off" class="notice notice--warning">
        <strong>Saving is off in this browser</strong> (private mode or storage disabled): what you enter
        lasts only while this page is open, and is lost when you reload or follow a link. Export your data to
        keep it.
      </p>,
    );
  }
  if (health.lastWriteFailed || health.saving === 'full') {
    problems.push(
      <p key="full" class="notice notice--danger">
        <strong>This browser’s storage is full:</strong>{' '}
        {health.lastWriteFailed
          ? 'your latest changes are kept only while this page is open.'
          : 'what you change now cannot be saved.'}{' '}
        Export your data to keep it, then make room: delete backups you no longer need, or clear other sites’
        data in your browser’s settings.
      </p>,
    );
  }
  if (health.tooBig.length > 0) {
    problems.push(
      <p key="big" class="notice notice--danger">
        <strong>A change was not saved</strong>: your {namesOf(health.tooBig)} would be more than the{' '}
        {describeSizeCap()} this browser keeps for each part of Callback Coach. Export your data to keep a
        copy of everything, then delete interviews you have finished with.
      </p>,
    );
  }
  if (health.newer.length > 0) {
    problems.push(
      <p key="newer" class="notice notice--warning">
        Your {namesOf(health.newer)} in this browser {health.newer.length === 1 ? 'was' : 'were'} saved by a
        newer version of Callback Coach, and {health.newer.length === 1 ? 'is' : 'are'} left untouched:
        changes to {health.newer.length === 1 ? 'it' : 'them'} on this page are not saved. Reload the page to
        get the newest version.
      </p>,
    );
  }
  if (health.uncopied.length > 0) {
    problems.push(
      <p key="uncopied" class="notice notice--warning">
        Your saved {namesOf(health.uncopied)} could not be read, and there was no room to keep a copy, so{' '}
        {health.uncopied.length === 1 ? 'it is' : 'they are'} left as{' '}
        {health.uncopied.length === 1 ? 'it was' : 'they were'} and changes to{' '}
        {health.uncopied.length === 1 ? 'it' : 'them'} are not saved. Delete backups you no longer need to
        make room, then reload.
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
