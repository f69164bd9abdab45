/**
 * The course as the built site has it, read from content/lessons/ so that tests count and
 * order lessons the way the site does, never by a hard-coded number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'content/lessons';

function orderOf(text: string, name: string): number {
  const match = /^order:\s*(\d+)\s*$/m.exec(text);
  if (!match) throw new Error(`${DIR}/${name} has no order`);
  return Number(match[1]);
}

/** Lesson slugs in course order (drafts, named `_…`, left out). */
export const LESSON_SLUGS: readonly string[] = readdirSync(DIR)
  .filter((name) => /^[^_].*\.mdx$/.test(name))
  .map((name) => ({
    slug: name.replace(/\.mdx$/, ''),
    order: orderOf(readFileSync(join(DIR, name), 'utf8'), name),
  }))
  .sort((a, b) => a.order - b.order)
  .map((lesson) => lesson.slug);

/** How many lessons the course has. */
export const LESSON_COUNT = LESSON_SLUGS.length;

/** "2 of 11 lessons done", as the home page and My data say it. */
export const lessonsDone = (count: number): string => `${count} of ${LESSON_COUNT} lessons done`;

/** The first lesson, in course order, not in `done`. */
export const firstLessonNotIn = (done: readonly string[]): string | undefined =>
  LESSON_SLUGS.find((slug) => !done.includes(slug));
