/**
 * Lesson LCP side by side, in one run (issue 15): this site's lesson pages against the
 * same pages with every script taken out, the zero-JavaScript baseline, which the bench
 * writes from the built HTML and serves from a plain static server. Same content, same
 * inline CSS, same machine and Lighthouse settings; what differs is our JavaScript and the
 * inline theme boot. A Starlight site cannot be built here without the network, so that
 * comparison is reported as not measured.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { runLighthouse } from './lighthouse.mjs';
import { median } from './median.mjs';
import { TMP } from './paths.mjs';

/** The page without any script and without the CSP that lists their hashes. */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
}

/** Serve `dir` over HTTP on a free port; resolves to its origin and a stop function. */
function serveStatic(dir) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    try {
      const body = await readFile(file);
      const type = file.endsWith('.html')
        ? 'text/html; charset=utf-8'
        : file.endsWith('.svg')
          ? 'image/svg+xml'
          : 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ origin: `http://127.0.0.1:${port}`, stop: () => new Promise((done) => server.close(done)) });
    });
  });
}

/**
 * Lighthouse the lessons on the served site and on their zero-JavaScript copies.
 * @param {{ origin: string, distDir: string, base: string, lessons: { path: string, kind: string }[] }} options
 */
export async function runLcpComparison({ origin, distDir, base, lessons }) {
  const dir = path.join(TMP, 'zero-js');
  for (const { path: pagePath } of lessons) {
    const relative = pagePath.slice(base.length);
    const html = await readFile(path.join(distDir, relative, 'index.html'), 'utf8');
    await mkdir(path.join(dir, base, relative), { recursive: true });
    await writeFile(path.join(dir, base, relative, 'index.html'), withoutScripts(html));
  }
  await mkdir(path.join(dir, base), { recursive: true });
  await copyFile(path.join(distDir, 'favicon.svg'), path.join(dir, base, 'favicon.svg'));
  const server = await serveStatic(dir);
  try {
    // Each lesson, then its copy, so both see the machine in the same state.
    console.log(`  LCP: ${lessons.length} lessons, each as built and without JavaScript…`);
    const pairs = lessons.flatMap(({ path: pagePath, kind }) => [
      { path: origin + pagePath, kind },
      { path: server.origin + pagePath, kind: 'zero-js' },
    ]);
    const reports = (await runLighthouse('', pairs)).map((report) => ({
      ...report,
      path: new URL(report.path).pathname,
    }));
    const site = reports.filter((report) => report.kind !== 'zero-js');
    const zeroJs = reports.filter((report) => report.kind === 'zero-js');
    const medianOf = (list, key) => median(list.map((report) => report[key]));
    return {
      lessons: lessons.map((lesson) => lesson.path),
      site,
      zeroJs,
      siteMs: medianOf(site, 'lcpMs'),
      zeroJsMs: medianOf(zeroJs, 'lcpMs'),
      siteFcpMs: medianOf(site, 'fcpMs'),
      zeroJsFcpMs: medianOf(zeroJs, 'fcpMs'),
      starlightMs: null,
    };
  } finally {
    await server.stop();
  }
}
