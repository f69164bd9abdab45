/** Lesson progress: which lessons the reader marked as done. */
import * as v from 'valibot';
import { MAX_DONE_LESSONS, TEXT_LIMITS } from '../limits';
import { progressMigrations } from '../migrations';
import type { StoredSpec } from '../stored-value';
import { record } from './fields';

/** The slugs of the lessons marked as done, in the order they were ticked. */
export interface Progress {
  done: string[];
}

/** No lesson done. */
export const DEFAULT_PROGRESS: Progress = { done: [] };

/** Validates progress; repeated slugs are kept once. */
export const progressSchema: v.GenericSchema<unknown, Progress> = record({
  done: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(TEXT_LIMITS.slug))),
      v.maxLength(MAX_DONE_LESSONS),
      v.transform((slugs) => [...new Set(slugs)]),
    ),
    () => [],
  ),
});

/** How progress is stored: version 1, a bare slug array before that. */
export const progressSpec: StoredSpec<Progress> = {
  version: 1,
  schema: progressSchema,
  fallback: DEFAULT_PROGRESS,
  migrations: progressMigrations,
};
