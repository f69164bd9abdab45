/**
 * The whole offline copy: every file the service worker precaches (the manifest in sw.js),
 * at the size a static host sends it: gzip (zlib level 6) for text, which Netlify,
 * Cloudflare Pages and a gzip-enabled nginx compress, and as stored for what is already
 * compressed (PNG, Pagefind's index and engine). The first visit transfers the page, the
 * worker and then this copy; files already loaded by the page may come from the HTTP cache.
 *
 * `node bench/offline-copy.mjs dist` prints the copy by kind of file, to see what it is.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|json|svg|webmanifest|xml|txt)$/;

/** A file's bytes over the wire from a static host. */
function servedBytes(name, body) {
  return TEXT.test(name) ? gzipSync(body).length : body.length;
}

/**
 * The URLs sw.js precaches, relative to it (`index.html`, `_astro/…`, `pagefind/…`).
 * @param {string} distDir
 * @returns {Promise<string[]>}
 */
export async function precachedUrls(distDir) {
  const sw = await readFile(path.join(distDir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map(([, url]) => String(url));
}

/**
 * Measure the precache of the build in `distDir`: file count, raw and served bytes, the
 * worker itself, and the served bytes by group (pages, scripts, search, other).
 * @param {string} distDir
 */
export async function measureOfflineCopy(distDir) {
  const sw = await readFile(path.join(distDir, 'sw.js'));
  const urls = await precachedUrls(distDir);
  const groups = { pages: 0, scripts: 0, styles: 0, search: 0, other: 0 };
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = await readFile(path.join(distDir, decodeURIComponent(url)));
    const served = servedBytes(url, body);
    raw += body.length;
    gzip += served;
    const group = url.startsWith('pagefind/')
      ? 'search'
      : url.endsWith('.html')
        ? 'pages'
        : url.endsWith('.js')
          ? 'scripts'
          : url.endsWith('.css')
            ? 'styles'
            : 'other';
    groups[group] += served;
  }
  return { files: urls.length, raw, gzip, worker: servedBytes('sw.js', sw), groups };
}

/** The finer kind of a precached file, for the breakdown below. */
function kindOf(url) {
  if (url.endsWith('.html')) return 'pages (HTML)';
  if (/^pagefind\/(pagefind[\w-]*\.js$|wasm\.)/.test(url)) return 'search engine (Pagefind JS, WebAssembly)';
  if (url.startsWith('pagefind/fragment/')) return 'search fragments (text of each page)';
  if (url.startsWith('pagefind/')) return 'search index (entry, meta, word index)';
  if (url.endsWith('.js')) return 'scripts (_astro)';
  if (url.endsWith('.css')) return 'stylesheets';
  return 'app files (manifest, icons)';
}

/** What gzip adds for `part` of `html`: the page's size less the page's size without it. */
function marginalGzip(html, part) {
  return gzipSync(html).length - gzipSync(html.replace(part, '')).length;
}

/**
 * The served bytes by kind of file, and, within the pages, what their inline `<style>` and
 * `<script>` elements add (gzip of the page less gzip of the page without them).
 * @param {string} distDir
 */
export async function offlineCopyByKind(distDir) {
  const kinds = {};
  const inPages = { inlineStyles: 0, inlineScripts: 0 };
  for (const url of await precachedUrls(distDir)) {
    const body = await readFile(path.join(distDir, decodeURIComponent(url)));
    const kind = (kinds[kindOf(url)] ??= { files: 0, bytes: 0 });
    kind.files += 1;
    kind.bytes += servedBytes(url, body);
    if (url.endsWith('.html')) {
      const html = body.toString('utf8');
      inPages.inlineStyles += marginalGzip(html, /<style\b[^>]*>[\s\S]*?<\/style>/g);
      inPages.inlineScripts += marginalGzip(html, /<script\b[^>]*>[\s\S]+?<\/script>/g);
    }
  }
  return { kinds, inPages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = process.argv[2] ?? 'dist';
  const copy = await measureOfflineCopy(distDir);
  const { kinds, inPages } = await offlineCopyByKind(distDir);
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(
    `Offline copy of ${distDir}: ${copy.files} files, ${kib(copy.gzip)} served (${kib(copy.raw)} raw)`,
  );
  for (const [kind, { files, bytes }] of Object.entries(kinds).sort((a, b) => b[1].bytes - a[1].bytes))
    console.log(`  ${kib(bytes).padStart(10)}  ${String(files).padStart(3)} files  ${kind}`);
  console.log(
    `  in the pages: inline <style> ${kib(inPages.inlineStyles)}, inline <script> ${kib(inPages.inlineScripts)}`,
  );
}
