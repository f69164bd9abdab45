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
