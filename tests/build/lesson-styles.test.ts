/**
 * What CSS a page carries before any interaction (issue 15: a lesson transfers ≤ 14 KiB in all).
 * A lesson has the styles of the course components it renders and no others; what shows only
 * after an action (search results, the offline update notice, the storage notice) brings its
 * own stylesheet then. Every page's styles are one `<style>`, allowed by the CSP's hash: the
 * styles of components inside a lesson's MDX come in a `<style>` of their own that Astro does
 * not hash (src/integrations/tidy-html.ts merges and hashes them).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, builtPages, DIST } from './built-site';

const pages = await Promise.all(
  (await builtPages()).map(async (page) => {
    const html = await readFile(path.join(DIST, page.path.slice(BASE.length), 'index.html'), 'utf8');
    return {
      ...page,
      html,
      styles: [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css!),
    };
  }),
);
const lessons = pages.filter((page) => page.kind === 'lesson' || page.kind === 'lesson-tool');

/** Course components: the class each renders and a rule of its stylesheet. */
const COMPONENTS = [
  { markup: 'class="check-yourself"', rule: '.check-yourself legend{' },
  { markup: 'class="worked-example"', rule: '.worked-example{' },
  { markup: 'class="ladder"', rule: '.ladder li{' },
  { markup: 'class="sample', rule: '.sample{' },
];

describe('page styles', () => {
  it('finds lessons using each course component, and lessons without the worked example, ladder or sample', () => {
    for (const { markup } of COMPONENTS)
      expect(lessons.some((page) => page.html.includes(markup))).toBe(true);
    for (const { markup } of COMPONENTS.slice(1))
      expect(lessons.some((page) => !page.html.includes(markup))).toBe(true);
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s has one <style>, in <head>, allowed by its hash',
    (_, page) => {
      expect(page.styles).toHaveLength(1);
      const head = page.html.slice(0, page.html.indexOf('</head>'));
      expect(head).toContain(`<style>${page.styles[0]}</style>`);
      const hash = createHash('sha256').update(page.styles[0]!).digest('base64');
      expect(page.html).toMatch(new RegExp(`style-src [^;"]*'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
    },
  );

  it.each(lessons.map((page) => [page.path, page] as const))(
    '%s carries the styles of the course components it uses, and of no others',
    (_, page) => {
      for (const { markup, rule } of COMPONENTS) {
        expect(page.styles[0]!.includes(rule), rule).toBe(page.html.includes(markup));
      }
    },
  );

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s carries no styles for what shows only after an action',
    (_, page) => {
      for (const rule of [
        '.site-search .results',
        '.offline-support[data-open]',
        '.storage-notice[data-open]',
      ])
        expect(page.styles[0], rule).not.toContain(rule);
    },
  );

  it.each(lessons.map((page) => [page.path, page] as const))(
    '%s carries none of the storage notice’s sentences (they load when storage gives trouble)',
    (_, page) => {
      expect(page.html).not.toContain('data-when=');
    },
  );
});
