import { describePersistAnswer } from '../../lib/storage/my-data-outcomes';
import { requestPersistentStorage } from '../../stores/persistent-storage';

/** Whether this browser lets a site ask to keep its data. */
function isPersistOffered(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function';
}

/** Ask the browser to keep what Callback Coach saved; what to tell the user of its answer. */
export async function askToKeep(): Promise<string> {
  const offered = isPersistOffered();
  const granted = offered && (await requestPersistentStorage());
  return describePersistAnswer(granted ? 'granted' : offered ? 'not-granted' : 'not-offered');
}
