/**
 * Record every request a Playwright page makes, with its bytes: raw (decoded body) and
 * gzip. `astro preview` serves nothing compressed, so gzip is computed here with zlib for
 * JavaScript, CSS and HTML; other files (images, Pagefind's pre-compressed index and
 * WebAssembly) count as served. Response headers are not counted.
 */
import { gzipSync } from 'node:zlib';

const QUIET_MS = 500;

/** `js`, `css`, `html` or `other`, from Playwright's resource type and the content type. */
export function kindOf(resourceType, contentType = '') {
  if (resourceType === 'script' || /javascript|ecmascript/.test(contentType)) return 'js';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'document' || contentType.includes('text/html')) return 'html';
  return 'other';
}

/** The text of a document's inline scripts (not JSON data blocks, not import maps). */
export function inlineScriptText(html) {
  let text = '';
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    text += body;
  }
  return text;
}

/**
 * Start logging `page`'s requests. `idle()` resolves once nothing has been in flight
 * for 500 ms and every body is read; `entries` holds one entry a request so far.
 * @param {import('@playwright/test').Page} page
 */
export function logResources(page) {
  /** @type {{ url: string, kind: string, raw: number, gzip: number, failed?: boolean, inlineJs?: { raw: number, gzip: number } }[]} */
  const entries = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const pending = new Set();
  const settle = () => {
    inFlight--;
    lastChange = Date.now();
  };

  page.on('request', () => {
    inFlight++;
    lastChange = Date.now();
  });
  page.on('requestfailed', (request) => {
    entries.push({ url: request.url(), kind: kindOf(request.resourceType()), raw: 0, gzip: 0, failed: true });
    settle();
  });
  page.on('requestfinished', (request) => {
    const task = (async () => {
      const response = await request.response();
      const kind = kindOf(request.resourceType(), response?.headers()['content-type']);
      const body = await response?.body().catch(() => null);
      const raw = body ? body.length : (await request.sizes()).responseBodySize;
      const entry = {
        url: request.url(),
        kind,
        raw,
        gzip: body && kind !== 'other' ? gzipSync(body).length : raw,
      };
      if (kind === 'html' && body) {
        const inline = inlineScriptText(body.toString('utf8'));
        if (inline) entry.inlineJs = { raw: Buffer.byteLength(inline), gzip: gzipSync(inline).length };
      }
      entries.push(entry);
    })()
      .catch((error) =>
        entries.push({ url: request.url(), kind: 'other', raw: 0, gzip: 0, failed: String(error) }),
      )
      .finally(() => {
        pending.delete(task);
        settle();
      });
    pending.add(task);
  });

  const idle = async (timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (inFlight <= 0 && pending.size === 0 && Date.now() - lastChange >= QUIET_MS) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Network did not go idle within ${timeoutMs / 1000} s (${inFlight} in flight).`);
  };

  return { entries, idle };
}

/** Totals over logged entries: JS (files + inline), CSS, all bytes, request count. */
export function summarize(entries) {
  const sum = (list, key) => list.reduce((total, entry) => total + entry[key], 0);
  const js = entries.filter((e) => e.kind === 'js');
  const css = entries.filter((e) => e.kind === 'css');
  const inline = entries.map((e) => e.inlineJs).filter(Boolean);
  return {
    jsRaw: sum(js, 'raw') + sum(inline, 'raw'),
    jsGzip: sum(js, 'gzip') + sum(inline, 'gzip'),
    inlineJsGzip: sum(inline, 'gzip'),
    cssRaw: sum(css, 'raw'),
    cssGzip: sum(css, 'gzip'),
    totalRaw: sum(entries, 'raw'),
    totalGzip: sum(entries, 'gzip'),
    requests: entries.length,
  };
}
