/**
 * The whole offline copy: every file the service worker precaches (the manifest in sw.js),
 * at the size a static host sends it: gzip (zlib level 6) for text, which Netlify,
 * Cloudflare Pages and a gzip-enabled nginx compress, and as stored for what is already
 * compressed (PNG, Pagefind's index and engine). The first visit transfers the page, the
 * worker and then this copy; files already loaded by the page may come from the HTTP cache.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|json|svg|webmanifest|xml|txt)$/;

/** A file's bytes over the wire from a static host. */
function servedBytes(name, body) {
  return TEXT.test(name) ? gzipSync(body).length : body.length;
}

/**
 * Measure the precache of the build in `distDir`: file count, raw and served bytes, the
 * worker itself, and the served bytes by group (pages, scripts, search, other).
 * @param {string} distDir
 */
export async function measureOfflineCopy(distDir) {
  const sw = await readFile(path.join(distDir, 'sw.js'));
  const urls = [...sw.toString('utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]);
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
