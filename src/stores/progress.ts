/**
 * $progress: the lessons marked as done.
 *
 * Key `cc:progress`, JSON `{"version":1,"data":{"done":["when-to-call", …]}}`.
 * Version 1. Version 0 (the prototype, no envelope) was a bare array of slugs and is
 * migrated when read (lib/storage/migrations.ts). Imported by the tiny elements on every page:
 * keep its imports to the progress schema alone.
 */
import { DEFAULT_PROGRESS, progressSpec } from '../lib/storage/schemas/progress';
import { persisted } from './persisted';

/** Which lessons are done. */
export const $progress = persisted('progress', progressSpec);

/** Whether the lesson with this slug is marked as done. */
export function isLessonDone(slug: string): boolean {
  return $progress.get().done.includes(slug);
}

/** Mark a lesson as done or not done. */
export function setLessonDone(slug: string, done: boolean): void {
  if (isLessonDone(slug) === done) return;
  const current = $progress.get().done;
  $progress.set({ done: done ? [...current, slug] : current.filter((item) => item !== slug) });
}

/** Mark a lesson done when it is not, not done when it is. */
export function toggleLessonDone(slug: string): void {
  setLessonDone(slug, !isLessonDone(slug));
}

/** Mark every lesson as not done. */
export function resetProgress(): void {
  $progress.set(DEFAULT_PROGRESS);
}
