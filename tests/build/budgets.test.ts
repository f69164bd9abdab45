/**
 * The byte budgets (issue 15) over the built site: every page's JavaScript before any
 * interaction (gzip, inline scripts included), its requests and, for lessons, everything
 * it transfers, within its kind's budget (bench/budgets.mjs: the issue-15 targets, or the
 * interim ceiling where a page does not meet its target yet); and one `site` file that
 * every page loads and a page of text loads alone. Measured from the built files by
 * bench/static-weight.mjs, which counts what the bench's browser counts.
 */
import { describe, expect, it } from 'vitest';
import { HELD_BUDGETS, PAGE_BUDGETS, pageBudgetChecks } from '../../bench/budgets.mjs';
import { measureBuiltPage } from '../../bench/static-weight.mjs';
import { BASE, builtPages, DIST } from './built-site';

const pages = await Promise.all(
  (await builtPages()).map(async (page) => ({ ...page, ...(await measureBuiltPage(DIST, page.path, BASE)) })),
);
const textPages = pages.filter((page) => page.kind === 'lesson');

describe('byte budgets before any interaction', () => {
  it('knows every kind of page it measures', () => {
    expect(pages.map((page) => page.kind).filter((kind) => !(kind in PAGE_BUDGETS))).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s stays within its budgets', (_, page) => {
    const broken = pageBudgetChecks(page.kind, page, HELD_BUDGETS)
      .filter((check) => !check.pass)
      .map((check) => `${check.name} (${page.kind}): ${check.measured}, limit ${check.limit}`);
    expect(broken, `${page.path} (loads ${page.scripts.join(', ')}): ${broken.join('; ')}`).toEqual([]);
  });
});

describe('one site file', () => {
  it('a lesson without a tool loads exactly one script file', () => {
    expect(textPages.length).toBeGreaterThan(0);
    for (const page of textPages) expect(page.scripts, page.path).toHaveLength(1);
  });

  it('every page loads that same file, so no page needs a second site chunk', () => {
    const site = textPages[0]!.scripts[0];
    for (const page of pages) expect(page.scripts, page.path).toContain(site);
  });
});
