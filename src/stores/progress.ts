/**
 * $progress: the lessons marked as done and the answers chosen in "Check yourself".
 *
 * Key `cc:progress`, JSON
 * `{"version":2,"data":{"done":["when-to-call", …],"answers":{"when-to-call/decide-by":"tuesday", …}}}`.
 * Version 2. Version 1 had `done` only and gains an empty `answers`; version 0 (the
 * prototype, no envelope) was a bare array of slugs. Both are migrated when read
 * (lib/storage/migrations.ts). Imported by the tiny elements on every page:
 * keep its imports to the progress schema alone.
 */
import type { SaveResult } from '../lib/storage/save-result';
import { DEFAULT_PROGRESS, progressSpec } from '../lib/storage/schemas/progress';
import { persisted } from './persisted';

/** Which lessons are done, and which answers were chosen. */
export const $progress = persisted('progress', progressSpec);

/** Whether the lesson with this slug is marked as done. */
export function isLessonDone(slug: string): boolean {
  return $progress.get().done.includes(slug);
}

/** Mark a lesson as done or not done; what became of the change (see SaveResult). */
export function setLessonDone(slug: string, done: boolean): SaveResult {
  // Through update: another tab's ticks, not yet heard of here, are kept.
  return $progress.update((progress) => {
    const current = progress.done;
    if (current.includes(slug) === done) return progress;
    return { ...progress, done: done ? [...current, slug] : current.filter((item) => item !== slug) };
  });
}

/** Mark a lesson done when it is not, not done when it is; what became of the change. */
export function toggleLessonDone(slug: string): SaveResult {
  return setLessonDone(slug, !isLessonDone(slug));
}

/** Remember the answer chosen for a "Check yourself" question (the last choice counts). */
export function saveAnswer(questionId: string, answerId: string): void {
  const progress = $progress.get();
  if (progress.answers[questionId] === answerId) return;
  $progress.set({ ...progress, answers: { ...progress.answers, [questionId]: answerId } });
}

/** Mark every lesson as not done and forget every answer. */
export function resetProgress(): void {
  $progress.set(DEFAULT_PROGRESS);
}
