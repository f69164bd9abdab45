import { describe, expect, it } from 'vitest';
import { isRootRelative, lessonPath, withBase } from '../../src/lib/paths';
import {
  countDone,
  describeProgress,
  firstUnfinishedLesson,
  startButtonLabel,
} from '../../src/lib/lesson-progress';
import { countWords, plainTextOf, readingMinutes } from '../../src/lib/reading-time';

describe('withBase', () => {
  it.each([
    ['/', '/lessons/when-to-call/', '/lessons/when-to-call/'],
    ['/coach/', '/lessons/when-to-call/', '/coach/lessons/when-to-call/'],
    ['/coach', 'sources/', '/coach/sources/'],
    ['/coach/', '/', '/coach/'],
  ])('base %s + %s = %s', (base, path, expected) => expect(withBase(base, path)).toBe(expected));

  it.each([
    ['/lessons/x/', true],
    ['//evil.example/', false],
    ['https://example.com/', false],
    ['mailto:a@b.c', false],
    ['#top', false],
  ])('%s is root-relative: %s', (href, expected) => expect(isRootRelative(href)).toBe(expected));

  it('builds lesson paths with a trailing slash', () =>
    expect(lessonPath('email-instead')).toBe('/lessons/email-instead/'));
});

describe('lesson progress', () => {
  const slugs = ['a', 'b', 'c'];
  it.each([
    [[], 'a', 0, 'Start the course'],
    [['a'], 'b', 1, 'Continue the course'],
    [['a', 'c'], 'b', 2, 'Continue the course'],
    [['a', 'b', 'c'], null, 3, 'Review the course'],
    [['gone', 'b'], 'a', 1, 'Continue the course'],
  ])('done %j → next %s, %i done', (done, next, count, label) => {
    expect(firstUnfinishedLesson(slugs, done)).toBe(next);
    expect(countDone(slugs, done)).toBe(count);
    expect(startButtonLabel(count, slugs.length)).toBe(label);
  });

  it('says how far the reader is', () => {
    expect(describeProgress(2, 6)).toBe('2 of 6 lessons done');
    expect(describeProgress(0, 1)).toBe('0 of 1 lesson done');
  });
});

describe('reading time', () => {
  it('counts only the words a reader sees', () => {
    const source =
      '---\ntitle: "A"\n---\nimport X from "y";\n\n## Heading here\n\nYou\'re *nearly* [done](/lessons/x/).\n\n<X client:load />';
    expect(countWords(plainTextOf(source))).toBe(5);
  });

  it.each([
    ['word ', 1, 1],
    ['word ', 399, 2],
    ['word ', 1000, 5],
  ])('%j × %i → %i min', (word, times, minutes) => expect(readingMinutes(word.repeat(times))).toBe(minutes));
});
