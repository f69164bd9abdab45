/**
 * What the tracker says after each change, from what storage made of the write
 * (lib/storage/save-result.ts): "Added", "Logged" or "Saved" only for a change that
 * was applied, and why it is not kept when it is not.
 */
import { ACTIVITY_LABELS } from './activity-labels';
import { describeOutcome, type SaveResult } from '../storage/save-result';
import type { ActivityKind } from '../storage/schemas/application';

const WHAT = 'your interviews';

/** After an interview was added. */
export function addedMessage(result: SaveResult, name: string): string {
  return describeOutcome(
    result,
    `Added ${name}. It is now the active interview.`,
    `${name} was not added.`,
    WHAT,
  );
}

/** After an interview's edit form was saved. */
export function editedMessage(result: SaveResult, name: string): string {
  return describeOutcome(result, `Saved your changes to ${name}.`, 'Not saved.', WHAT);
}

/** After an interview was archived, or brought back from the archive. */
export function archivedMessage(result: SaveResult, name: string, archive: boolean): string {
  return describeOutcome(
    result,
    archive
      ? `Archived ${name}. It is under “Archived” at the end of the list, and stays in your downloads.`
      : `${name} is back in your interviews.`,
    `${name} was not ${archive ? 'archived' : 'restored'}.`,
    WHAT,
  );
}

/** After something that happened was added to an interview's log. */
export function loggedMessage(result: SaveResult, name: string, kind: ActivityKind): string {
  const label = ACTIVITY_LABELS[kind];
  return describeOutcome(result, `Logged “${label}” for ${name}.`, `“${label}” was not logged.`, WHAT);
}

/** After a log entry was removed; `day` is its date as the page writes it. */
export function removedEntryMessage(
  result: SaveResult,
  name: string,
  kind: ActivityKind,
  day: string,
): string {
  return describeOutcome(
    result,
    `Removed “${ACTIVITY_LABELS[kind]}” of ${day} from the log of ${name}.`,
    'Nothing was removed.',
    WHAT,
  );
}

/** After an interview was deleted. */
export function deletedMessage(result: SaveResult, name: string): string {
  return describeOutcome(result, `Deleted ${name}.`, 'Nothing was deleted.', WHAT);
}
