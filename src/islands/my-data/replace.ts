import type { DataSnapshot } from '../../lib/storage/export';
import { describeReplaceOutcome } from '../../lib/storage/my-data-outcomes';
import { replaceData } from '../../stores/my-data';

/** What replacing did: whether it was done, whether all of it was saved, and the sentence to say. */
export interface Replaced {
  ok: boolean;
  saved: boolean;
  message: string;
}

/**
 * Replace what is stored with parts from a file or a backup (`source`: "export.json",
 * "the backup of …"). The header's theme switch follows the settings store, so an
 * imported theme shows at once. Invalid data throws a TypeError, nothing changed.
 */
export function replaceFrom(data: Partial<DataSnapshot>, source: string): Replaced {
  const outcome = replaceData(data);
  return {
    ok: outcome.ok,
    saved: outcome.ok && Object.values(outcome.results).every((result) => result === 'saved'),
    message: describeReplaceOutcome(outcome, source),
  };
}
