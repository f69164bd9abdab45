/**
 * The offline copy (the files sw.js precaches, src/integrations/offline.ts) holds what the
 * site requests and nothing else (issue 15: the whole copy ≤ 350 KiB compressed). What
 * the site requests is read from the build: every page; every file a page or a script it
 * loads names (scripts, imports, the manifest, the icon); and what Pagefind's search in
 * the page fetches: its script, its entry file, then the meta and WebAssembly the entry
 * names for the pages' language, and the index chunks and page fragments the meta names.
 * Pagefind's script also names files no search of ours fetches (its web worker, which
 * `noWorker` in src/elements/search-panel.ts keeps out; tests/e2e/offline.spec.ts checks
 * that offline search requests it not), so its names are not followed.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precachedUrls } from '../../bench/offline-copy.mjs';
import { DIST } from './built-site';

/** Every file of the build, relative to it, with `/` separators. */
async function builtFiles(): Promise<string[]> {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The files Pagefind's search in the page fetches, for pages in `language`. */
async function pagefindFetches(language: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string }>;
  };
  const index = entry.languages[language];
  if (!index) throw new Error(`Pagefind has no index for "${language}"`);
  const meta = `pagefind/pagefind.${index.hash}.pf_meta`;
  // Pagefind's files are gzip; the meta names each index chunk and page fragment by its hash.
  const names = gunzipSync(await readFile(path.join(DIST, meta))).toString('latin1');
  const hashes = new Set(names.match(new RegExp(`${language}_[0-9a-f]+`, 'g')));
  const data = [...hashes]
    .flatMap((hash) => [`pagefind/index/${hash}.pf_index`, `pagefind/fragment/${hash}.pf_fragment`])
    .filter((file) => existsSync(path.join(DIST, file)));
  return [
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    meta,
    `pagefind/wasm.${index.wasm}.pagefind`,
    ...data,
  ];
}

/** Pages, and every file named by a page or by a script reached from one, transitively. */
async function requestedFiles(files: string[]): Promise<Set<string>> {
  const reached = new Set(files.filter((file) => file.endsWith('.html')));
  const queue = [...reached];
  while (queue.length > 0) {
    const text = await readFile(path.join(DIST, queue.shift()!), 'utf8');
    for (const file of files) {
      // Vite's hashed names are unique, and pages name the rest by their full name.
      if (reached.has(file) || !text.includes(path.posix.basename(file))) continue;
      reached.add(file);
      if (file.startsWith('_astro/') && file.endsWith('.js')) queue.push(file);
    }
  }
  if (reached.has('pagefind/pagefind.js')) {
    const language = /<html[^>]*\blang="([^"]+)"/.exec(await readFile(path.join(DIST, 'index.html'), 'utf8'));
    for (const file of await pagefindFetches(language?.[1] ?? 'unknown')) reached.add(file);
  }
  return reached;
}

/**
 * Named by the site but not requested offline, so left out of the copy: the worker itself,
 * the sitemap (for crawlers), the app icons (a browser fetches them itself to install the
 * site) and the stand-in for @preact/signals, which the island client imports only for a
 * signal prop, which no island takes (src/integrations/no-preact-signals.ts).
 */
const LEFT_OUT = [
  /^sw\.js$/,
  /^sitemap-.*\.xml$/,
  /^icons\//,
  /^_astro\/_callback-coach_no-preact-signals\./,
];

/** Whether `file` is left out of the copy on purpose. */
function leftOut(file: string): boolean {
  return LEFT_OUT.some((pattern) => pattern.test(file));
}

const files = await builtFiles();
const precached = (await precachedUrls(DIST)).map(decodeURIComponent);
const requested = await requestedFiles(files);

describe('the offline copy', () => {
  it('holds every page, the site script and the search index', () => {
    expect(precached).toEqual(expect.arrayContaining(['index.html', '404.html', 'pagefind/pagefind.js']));
    expect(precached.filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(10);
  });

  it('precaches only files the site requests', () => {
    expect(precached.filter((file) => !requested.has(file) || leftOut(file))).toEqual([]);
  });

  it('leaves out Pagefind’s web worker and ready-made UIs, which our search box never loads', () => {
    expect(precached.filter((file) => /^pagefind\/pagefind-.*\.(js|css)$/.test(file))).toEqual([]);
  });

  it('precaches every file the site requests, except those left out on purpose', () => {
    expect([...requested].filter((file) => !precached.includes(file) && !leftOut(file))).toEqual([]);
  });
});
