/**
 * $practice: the read-aloud practice history, and when the pace was last reset.
 *
 * Key `cc:practice`, JSON `{"version":1,"data":{"runs":[{id, at, seconds, wordsPerMinute,
 * fit, textSource, textPreview}, …],"paceSince":null}}`. Version 1: runs oldest first,
 * the newest 50 kept. Version 0 (the prototype) was a bare array of runs.
 */
import { createId } from '../lib/ids';
import { clampText, TEXT_LIMITS } from '../lib/limits';
import { keepNewestRuns, practiceSpec, type PracticeRun } from '../lib/storage/schemas/practice';
import { persisted } from './persisted';

/** The practice history. */
export const $practice = persisted('practice', practiceSpec);

/** Save a timed reading (its preview cut to 80 characters), keeping the newest 50; its id. */
export function recordRun(run: Omit<PracticeRun, 'id'>): string {
  const id = createId();
  const saved: PracticeRun = { ...run, id, textPreview: clampText(run.textPreview, TEXT_LIMITS.textPreview) };
  const current = $practice.get();
  $practice.set({ ...current, runs: keepNewestRuns([...current.runs, saved]) });
  return id;
}

/** Start measuring the pace afresh: runs before `now` no longer count. */
export function resetPace(now: Date = new Date()): void {
  $practice.set({ ...$practice.get(), paceSince: now.toISOString() });
}
