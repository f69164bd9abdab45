/**
 * The pages to measure, read from the built sitemap (sitemap-index.xml → sitemap-N.xml)
 * so the bench measures whatever pages exist, not a list that goes stale.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every `<loc>` in an XML document. */
function locs(xml) {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1]);
}

/**
 * The site-relative paths (with base path, e.g. `/lessons/why-it-works/`) of every page in
 * the sitemap of the build in `distDir`, plus the home page, without duplicates.
 * @param {string} distDir
 * @param {string} base the site's base path, `/` by default
 */
export async function readSitemapPaths(distDir, base = '/') {
  const index = await readFile(path.join(distDir, 'sitemap-index.xml'), 'utf8');
  const paths = new Set([base]);
  for (const sitemapUrl of locs(index)) {
    const file = path.join(distDir, path.basename(new URL(sitemapUrl).pathname));
    for (const pageUrl of locs(await readFile(file, 'utf8'))) paths.add(new URL(pageUrl).pathname);
  }
  return [...paths];
}

/**
 * What kind of page a path is, for the budgets: `home`, `lesson`, `tool` (/tools/x/ and
 * /follow-ups/), `tools-index` (/tools/), `my-data`, or `other` (sources, and anything added later).
 * @param {string} pagePath
 * @param {string} base
 */
export function classifyPage(pagePath, base = '/') {
  const rest = pagePath.slice(base.length - 1);
  if (rest === '/') return 'home';
  if (/^\/lessons\/[^/]+\/$/.test(rest)) return 'lesson';
  if (/^\/tools\/[^/]+\/$/.test(rest) || rest === '/follow-ups/') return 'tool';
  if (rest === '/tools/') return 'tools-index';
  if (rest === '/my-data/') return 'my-data';
  return 'other';
}

/** The lesson Lighthouse audits when it exists; otherwise the first lesson in the sitemap. */
export const LIGHTHOUSE_LESSON = '/lessons/leave-a-voicemail/';

/**
 * The pages Lighthouse audits: home, one lesson, and every tool page, the tools index and
 * /my-data/ that exist.
 * @param {string[]} paths
 * @param {string} base
 */
export function pickLighthousePages(paths, base = '/') {
  const kinds = paths.map((p) => [p, classifyPage(p, base)]);
  const lessons = kinds.filter(([, kind]) => kind === 'lesson').map(([p]) => p);
  const preferred = base.replace(/\/$/, '') + LIGHTHOUSE_LESSON;
  const lesson = lessons.includes(preferred) ? preferred : lessons[0];
  return [
    ...kinds.filter(([, kind]) => kind === 'home').map(([p]) => p),
    ...(lesson ? [lesson] : []),
    ...kinds.filter(([, kind]) => ['tools-index', 'tool', 'my-data'].includes(kind)).map(([p]) => p),
  ];
}
