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
 * What kind of page a path is, for the budgets: `home`, `lesson` (`lesson-tool` when a tool
 * is embedded in it, so its HTML holds an island), `tool` (/tools/x/ and /follow-ups/),
 * `tools-index` (/tools/), `my-data`, or `other` (sources, and anything added later).
 * @param {string} pagePath
 * @param {string} base
 * @param {string} html the page as built
 */
export function classifyPage(pagePath, base, html) {
  const rest = pagePath.slice(base.length - 1);
  if (rest === '/') return 'home';
  if (/^\/lessons\/[^/]+\/$/.test(rest)) return html.includes('<astro-island') ? 'lesson-tool' : 'lesson';
  if (/^\/tools\/[^/]+\/$/.test(rest) || rest === '/follow-ups/') return 'tool';
  if (rest === '/tools/') return 'tools-index';
  if (rest === '/my-data/') return 'my-data';
  return 'other';
}

/**
 * Every path with its kind, read from the build in `distDir`.
 * @param {string} distDir
 * @param {string[]} paths
 * @param {string} base
 * @returns {Promise<{ path: string, kind: string }[]>}
 */
export async function classifyPages(distDir, paths, base = '/') {
  return Promise.all(
    paths.map(async (pagePath) => {
      const html = await readFile(path.join(distDir, pagePath.slice(base.length), 'index.html'), 'utf8');
      return { path: pagePath, kind: classifyPage(pagePath, base, html) };
    }),
  );
}

/** The lesson Lighthouse audits when it exists; otherwise the first lesson in the sitemap. */
export const LIGHTHOUSE_LESSON = '/lessons/leave-a-voicemail/';

/**
 * The pages Lighthouse audits: home, one lesson, and every tool page, the tools index and
 * /my-data/ that exist.
 * @param {{ path: string, kind: string }[]} pages every page with its kind (classifyPages)
 * @param {string} base
 */
export function pickLighthousePages(pages, base = '/') {
  const lessons = pages.filter(({ kind }) => kind === 'lesson' || kind === 'lesson-tool');
  const preferred = base.replace(/\/$/, '') + LIGHTHOUSE_LESSON;
  const lesson = lessons.find((page) => page.path === preferred) ?? lessons[0];
  return [
    ...pages.filter(({ kind }) => kind === 'home'),
    ...(lesson ? [lesson] : []),
    ...pages.filter(({ kind }) => ['tools-index', 'tool', 'my-data'].includes(kind)),
  ];
}
