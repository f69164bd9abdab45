/**
 * Lesson progress: which lessons the reader marked as done, and the answer last chosen
 * for each "Check yourself" question. Read on every lesson page, so it is checked by
 * hand rather than with valibot, to keep those pages light.
 */
import { MAX_ANSWERS, MAX_DONE_LESSONS, SLUG_CHARS } from '../../page-limits';
import { progressMigrations } from '../migrations-site';
import { isPlainRecord } from '../plain-record';
import type { StoredSpec } from '../stored-value';
import type { CheckResult } from './check';

/** The lessons marked as done, and the chosen answer of each question answered. */
export interface Progress {
  /** Slugs, in the order they were ticked. */
  done: string[];
  /** Question id (`lesson/question`) → the id of the answer last chosen. */
  answers: Record<string, string>;
}

/** No lesson done, no question answered. */
export const DEFAULT_PROGRESS: Progress = { done: [], answers: {} };

/** Checks progress: unknown fields are dropped, repeated slugs kept once, missing parts default to none. */
export function checkProgress(data: unknown): CheckResult<Progress> {
  if (!isPlainRecord(data)) return { ok: false, message: 'progress should be an object' };
  const done: unknown = Object.hasOwn(data, 'done') ? data['done'] : [];
  if (!Array.isArray(done)) return { ok: false, message: 'the list of lessons done should be a list' };
  if (done.length > MAX_DONE_LESSONS)
    return { ok: false, message: `the list of lessons done has more than ${MAX_DONE_LESSONS} entries` };
  const slugs: string[] = [];
  for (const [index, slug] of done.entries()) {
    if (typeof slug !== 'string') return { ok: false, message: `lesson ${index + 1} should be text` };
    if (slug.length > SLUG_CHARS)
      return { ok: false, message: `lesson ${index + 1} is longer than ${SLUG_CHARS} characters` };
    slugs.push(slug);
  }
  const answers = checkAnswers(Object.hasOwn(data, 'answers') ? data['answers'] : {});
  if (typeof answers === 'string') return { ok: false, message: answers };
  return { ok: true, value: { done: [...new Set(slugs)], answers } };
}

// Ids the course writes itself: `lesson-slug/question-id` → `answer-id`.
const QUESTION_ID = /^[a-z0-9-]{1,100}\/[a-z0-9-]{1,60}$/;
const ANSWER_ID = /^[a-z0-9-]{1,60}$/;

/** The answers, or what is wrong with them; a key that is no question id is an unknown field, dropped. */
function checkAnswers(data: unknown): Record<string, string> | string {
  if (!isPlainRecord(data)) return 'the answers to the questions should be an object';
  const answers: Record<string, string> = {};
  for (const [question, answer] of Object.entries(data)) {
    if (!QUESTION_ID.test(question)) continue;
    if (typeof answer !== 'string' || !ANSWER_ID.test(answer))
      return `the answer to question ${question} should be a short answer id`;
    answers[question] = answer;
  }
  if (Object.keys(answers).length > MAX_ANSWERS) return `there are more than ${MAX_ANSWERS} answers`;
  return answers;
}

/** How progress is stored: version 2 (with answers); version 1 had lessons done only; a bare slug array before that. */
export const progressSpec: StoredSpec<Progress> = {
  version: 2,
  check: checkProgress,
  fallback: DEFAULT_PROGRESS,
  migrations: progressMigrations,
};
