/**
 * What became of one change to a stored value, and how to say it to the user. Every
 * "Added", "Saved" or "Logged" message is built from this, so none claims a write that
 * did not stick.
 */
import { MAX_STORED_CHARS } from '../page-limits';

/**
 * 'saved': written to this browser's storage.
 * Kept for this page only, not saved: 'full' (storage full; tried again after the next
 * save that works) or 'off' (this browser gives no storage).
 * Refused, nothing changed: 'too-big' (over the size cap), 'newer' (the saved data
 * comes from a newer version and is left untouched) or 'unreadable' (saved data that
 * could not be read or copied is left as it was).
 */
export type SaveResult = 'saved' | 'full' | 'off' | 'too-big' | 'newer' | 'unreadable';

/** Whether the change was applied (saved, or kept for this page); `false`: refused, nothing changed. */
export function isApplied(result: SaveResult): boolean {
  return result === 'saved' || result === 'full' || result === 'off';
}

/** "2 MB": the size cap in the words the messages use. */
export function describeSizeCap(): string {
  return `${Math.round(MAX_STORED_CHARS / (1024 * 1024))} MB`;
}

/**
 * The sentence to add after a change that was not saved, or `''` when it was.
 * `what` names the data in the plural: "your interviews", "your practice runs".
 */
export function describeSaveProblem(result: SaveResult, what: string): string {
  switch (result) {
    case 'saved':
      return '';
    case 'full':
      return `It is not saved: this browser’s storage is full. It lasts only while this page is open; see My data to export it and make room.`;
    case 'off':
      return `It is not saved: this browser does not let Callback Coach save anything, so it is lost when you reload or follow a link. See My data to export it.`;
    case 'too-big':
      return `Nothing was changed: ${what} would be more than the ${describeSizeCap()} this browser keeps for each part of Callback Coach. Export your data to keep a copy of everything, then delete interviews you have finished with.`;
    case 'newer':
      return `Nothing was changed: ${what} in this browser were saved by a newer version of Callback Coach, so this version leaves them untouched. Reload the page to get the newest version.`;
    case 'unreadable':
      return `Nothing was changed: the saved copy of ${what} could not be read, and there was no room to keep a backup, so it is left as it was. See My data.`;
  }
}

/**
 * The message for a change: `done` when it was saved; `done` and why it is not saved
 * when it was only kept for this page; `refused` and why when nothing changed.
 */
export function describeOutcome(result: SaveResult, done: string, refused: string, what: string): string {
  const problem = describeSaveProblem(result, what);
  if (!problem) return done;
  return `${isApplied(result) ? done : refused} ${problem}`;
}

/** Why the changes typed into a tool will not be saved: data it cannot overwrite. */
export type WriteBlock = 'newer' | 'uncopied';

/** Said where the user types, before they type: what happens to changes to `what` ("your interviews"). */
export function describeWriteBlock(block: WriteBlock, what: string): string {
  return block === 'newer'
    ? `${capitalize(what)} in this browser were saved by a newer version of Callback Coach, so this page leaves them untouched: what you enter here is not saved. Reload the page to get the newest version.`
    : `The saved copy of ${what} could not be read and there was no room to keep a backup, so it is left as it was: what you enter here is not saved. See My data.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** After a tool created an interview that storage did not keep (when it did, the tool says where to see it). */
export function unsavedNewInterviewMessage(result: SaveResult): string {
  return `Added as a new interview for this page. ${describeSaveProblem(result, 'your interviews')}`;
}
