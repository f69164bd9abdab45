/**
 * $practice: the read-aloud practice history, and when the pace was last reset.
 *
 * Key `cc:practice`, JSON `{"version":2,"data":{"runs":[{id, at, seconds, wordsPerMinute,
 * fit, textSource, textPreview, outcome, check}, …],"paceSince":null}}`. Version 2: runs
 * oldest first, the newest 50 kept; `outcome` says whether a run was a full reading
 * (scored) and `check` what the on-device speech check heard (`null` when it was off),
 * its transcript only while "Keep transcripts" is on. Version 1 runs had neither and are
 * migrated when read (an implausible pace becomes an unscored run); version 0 (the
 * prototype) was a bare array of runs.
 */
import { currentInstant } from '../lib/dates/now';
import { createId } from '../lib/ids';
import { clampText } from '../lib/clamp';
import { TEXT_LIMITS } from '../lib/limits';
import type { SaveResult } from '../lib/storage/save-result';
import {
  keepNewestRuns,
  MAX_TRANSCRIPT_CHARS,
  practiceSpec,
  type PracticeRun,
} from '../lib/storage/schemas/practice';
import { persisted } from './persisted';

/** The practice history. */
export const $practice = persisted('practice', practiceSpec);

/** What became of a run handed to `recordRun`: its id, and whether storage kept it. */
export interface RecordedRun {
  id: string;
  result: SaveResult;
}

/**
 * Save a timed reading (its preview and transcript cut to their limits), keeping the
 * newest 50; its id and what storage made of the write, for the message beside the result.
 */
export function recordRun(run: Omit<PracticeRun, 'id'>): RecordedRun {
  const id = createId();
  const check = run.check && {
    ...run.check,
    transcript: run.check.transcript === null ? null : clampText(run.check.transcript, MAX_TRANSCRIPT_CHARS),
  };
  const saved: PracticeRun = {
    ...run,
    id,
    textPreview: clampText(run.textPreview, TEXT_LIMITS.textPreview),
    check,
  };
  const result = $practice.update((current) => ({
    ...current,
    runs: keepNewestRuns([...current.runs, saved]),
  }));
  return { id, result };
}

/** Start measuring the pace afresh: runs before `now` no longer count. */
export function resetPace(now: Date = currentInstant()): SaveResult {
  return $practice.update((current) => ({ ...current, paceSince: now.toISOString() }));
}
