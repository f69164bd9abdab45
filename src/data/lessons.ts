import { getCollection, type CollectionEntry } from 'astro:content';

/** A lesson as the pages use it. */
export type Lesson = CollectionEntry<'lessons'>;

/** Every lesson, in course order; two lessons with the same `order` fail the build. */
export async function getLessons(): Promise<Lesson[]> {
  const lessons = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
  lessons.forEach((lesson, i) => {
    const previous = lessons[i - 1];
    if (previous && previous.data.order === lesson.data.order) {
      throw new Error(
        `content/lessons/${lesson.id}.mdx: field "order" repeats ${lesson.data.order}, already used by ${previous.id}.mdx`,
      );
    }
  });
  return lessons;
}

/** The two halves of the course, as the home page and the lesson list show them. */
export const PART_TITLES: Readonly<Record<1 | 2, string>> = {
  1: 'Part 1: The five steps of the call',
  2: 'Part 2: Further situations',
};

/** The lessons of each part, in course order. */
export function lessonsByPart(
  lessons: readonly Lesson[],
): { part: 1 | 2; title: string; lessons: Lesson[] }[] {
  return ([1, 2] as const).map((part) => ({
    part,
    title: PART_TITLES[part],
    lessons: lessons.filter((lesson) => lesson.data.part === part),
  }));
}

/** "Step 2" for a step lesson, "Before you call" for part 1's opening lesson, else nothing. */
export function stepLabel(lesson: Lesson): string | undefined {
  if (lesson.data.step !== undefined) return `Step ${lesson.data.step}`;
  return lesson.data.part === 1 ? 'Before you call' : undefined;
}
