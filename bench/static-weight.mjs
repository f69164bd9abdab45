/**
 * What a built page loads before any interaction, read from its files rather than from a
 * browser, so the byte budget test (tests/build/budgets.test.ts) is exact and fast. It
 * counts what the HTML names and the browser fetches at once: module scripts and every
 * module they import statically, stylesheets, the icon, and islands that hydrate on load
 * or when idle (component and renderer). Islands waiting to be visible, `import()` and
 * scripts added on an action are not counted, as the bench's "before any interaction".
 * Sizes are gzip (zlib level 6), as bench/resource-log.mjs computes them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScriptText } from './resource-log.mjs';

const HYDRATE_AT_ONCE = new Set(['load', 'idle']);

/** Static import specifiers of a built ES module (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function staticImports(code) {
  const specifiers = [];
  for (const [, specifier] of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{][^'"`()]*?from\s*)?["']([^"']+)["']/g,
  ))
    specifiers.push(specifier);
  return specifiers;
}

/** Attribute values of every `<tag …>` whose attributes match `filter`. */
function tagsOf(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map(([, attrs]) => {
    const map = {};
    for (const [, name, , value] of attrs.matchAll(/([\w:-]+)(?:=("|')(.*?)\2)?/g)) map[name] = value ?? '';
    return map;
  });
}

/**
 * The site paths a page fetches before any interaction, besides the page itself.
 * @param {string} html the page
 * @returns {{ scripts: string[], styles: string[], icons: string[] }} site paths named by the page
 */
export function pageEntries(html) {
  const scripts = tagsOf(html, 'script')
    .filter((a) => a.src)
    .map((a) => a.src);
  for (const island of tagsOf(html, 'astro-island')) {
    if (!HYDRATE_AT_ONCE.has(island.client)) continue;
    scripts.push(island['component-url'], island['renderer-url']);
  }
  const links = tagsOf(html, 'link');
  return {
    scripts: scripts.filter(Boolean),
    styles: links.filter((a) => a.rel === 'stylesheet').map((a) => a.href),
    icons: links.filter((a) => a.rel === 'icon').map((a) => a.href),
  };
}

/**
 * Measure one built page: every file it fetches before interaction, with raw and gzip
 * bytes, JS including its inline scripts, and the request count (the page included).
 * @param {string} distDir the build folder
 * @param {string} pagePath the page's site path, with the base (`/coach/lessons/x/`)
 * @param {string} base the base path, `/` by default
 * @returns {Promise<{ path: string, files: { path: string, kind: string, raw: number, gzip: number }[],
 *   scripts: string[], jsGzip: number, inlineJsGzip: number, cssGzip: number, htmlGzip: number,
 *   totalGzip: number, requests: number }>}
 */
export async function measureBuiltPage(distDir, pagePath, base = '/') {
  const fileOf = (sitePath) => path.join(distDir, decodeURI(sitePath).slice(base.length));
  const html = await readFile(path.join(fileOf(pagePath), 'index.html'));
  const text = html.toString('utf8');
  const entries = pageEntries(text);
  const files = new Map();
  const add = async (sitePath, kind) => {
    if (files.has(sitePath)) return;
    const body = await readFile(fileOf(sitePath));
    files.set(sitePath, {
      path: sitePath,
      kind,
      raw: body.length,
      gzip: kind === 'other' ? body.length : gzipSync(body).length,
    });
    if (kind === 'js') {
      for (const specifier of staticImports(body.toString('utf8'))) {
        await add(new URL(specifier, `http://site${sitePath}`).pathname, 'js');
      }
    }
  };
  for (const src of entries.scripts) await add(src, 'js');
  for (const href of entries.styles) await add(href, 'css');
  for (const href of entries.icons) await add(href, 'other');
  const inline = inlineScriptText(text);
  const list = [...files.values()];
  const sum = (kind, key) => list.filter((f) => !kind || f.kind === kind).reduce((t, f) => t + f[key], 0);
  const inlineGzip = inline ? gzipSync(inline).length : 0;
  const htmlGzip = gzipSync(html).length;
  return {
    path: pagePath,
    files: list,
    scripts: list.filter((f) => f.kind === 'js').map((f) => f.path),
    jsGzip: sum('js', 'gzip') + inlineGzip,
    inlineJsGzip: inlineGzip,
    cssGzip: sum('css', 'gzip'),
    htmlGzip,
    totalGzip: htmlGzip + sum(null, 'gzip'),
    requests: 1 + list.length,
  };
}
