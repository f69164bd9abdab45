/**
 * What a lesson without a tool carries that no reader sees (issue 15: a lesson transfers ≤ 14 KiB in
 * all). The site chrome and the lesson page style their parts with global, class-prefixed
 * rules, so Astro writes no `data-astro-cid-*` scope attribute on their elements (it cost
 * a lesson 0.5 KiB gzip), and notes for developers stay in the source, not in an HTML
 * comment every page ships.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, builtPages, DIST } from './built-site';

const pages = await Promise.all(
  (await builtPages()).map(async (page) => ({
    ...page,
    html: await readFile(path.join(DIST, page.path.slice(BASE.length), 'index.html'), 'utf8'),
  })),
);
const lessons = pages.filter((page) => page.kind === 'lesson');

describe('lean markup', () => {
  it('finds the lessons it checks', () => {
    expect(lessons.length).toBeGreaterThan(3);
  });

  it.each(lessons.map((page) => [page.path, page.html] as const))(
    '%s has no scope attributes on its elements',
    (_, html) => {
      expect(html.match(/data-astro-cid-\w+/g) ?? []).toEqual([]);
    },
  );

  // Islands' pages keep the markers Astro hydrates by (`<!--astro:end-->`); a lesson without a tool has none.
  it.each(lessons.map((page) => [page.path, page.html] as const))('%s has no HTML comments', (_, html) => {
    expect(html.match(/<!--[\s\S]*?-->/g) ?? []).toEqual([]);
  });
});
