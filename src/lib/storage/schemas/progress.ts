/**
 * Lesson progress: which lessons the reader marked as done. Read on every lesson page,
 * so it is checked by hand rather than with valibot, to keep those pages light.
 */
import { MAX_DONE_LESSONS, TEXT_LIMITS } from '../../limits';
import { progressMigrations } from '../migrations';
import { isPlainRecord } from '../plain-record';
import type { StoredSpec } from '../stored-value';
import type { CheckResult } from './check';

/** The slugs of the lessons marked as done, in the order they were ticked. */
export interface Progress {
  done: string[];
}

/** No lesson done. */
export const DEFAULT_PROGRESS: Progress = { done: [] };

/** Checks progress: unknown fields are dropped, repeated slugs kept once, `done` defaults to none. */
export function checkProgress(data: unknown): CheckResult<Progress> {
  if (!isPlainRecord(data)) return { ok: false, message: 'progress should be an object' };
  const done: unknown = Object.hasOwn(data, 'done') ? data['done'] : [];
  if (!Array.isArray(done)) return { ok: false, message: 'the list of lessons done should be a list' };
  if (done.length > MAX_DONE_LESSONS)
    return { ok: false, message: `the list of lessons done has more than ${MAX_DONE_LESSONS} entries` };
  const slugs: string[] = [];
  for (const [index, slug] of done.entries()) {
    if (typeof slug !== 'string') return { ok: false, message: `lesson ${index + 1} should be text` };
    if (slug.length > TEXT_LIMITS.slug)
      return { ok: false, message: `lesson ${index + 1} is longer than ${TEXT_LIMITS.slug} characters` };
    slugs.push(slug);
  }
  return { ok: true, value: { done: [...new Set(slugs)] } };
}

/** How progress is stored: version 1, a bare slug array before that. */
export const progressSpec: StoredSpec<Progress> = {
  version: 1,
  check: checkProgress,
  fallback: DEFAULT_PROGRESS,
  migrations: progressMigrations,
};
