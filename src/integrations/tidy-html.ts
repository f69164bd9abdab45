import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The rule Astro writes in a `<style>` before a page's first island, inside <body>, where
 * HTML allows no `<style>` (the Nu checker refuses it). src/styles/base.css has the rule.
 */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page without Astro's island `<style>`. */
export function removeIslandStyle(html: string): string {
  return html.replaceAll(ISLAND_STYLE, '');
}

/** The CSP hash sources of a page's inline `<script>` and `<style>` elements. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attrs, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (tag === 'script' && /\bsrc=/.test(attrs!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return hashes;
}

/**
 * The page with only the CSP hashes it uses. Astro lists in every page the hash of every
 * inline script and style of the whole site (23 here, 1 KiB gzip a page); a page needs
 * only its own, and a hash of something not on the page allows nothing it needs.
 */
export function keepUsedCspHashes(html: string): string {
  const used = inlineHashes(html);
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/,
    (_, open: string, policy: string, close: string) =>
      open +
      policy.replace(/\s*'sha256-[A-Za-z0-9+/=]+'/g, (source) => (used.has(source.trim()) ? source : '')) +
      close,
  );
}

/** Every `.html` file under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Tidy the built pages (valid HTML, a lean CSP); runs before Pagefind and the service worker read them. */
export function tidyHtml(): AstroIntegration {
  return {
    name: 'callback-coach:tidy-html',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const tidy = keepUsedCspHashes(removeIslandStyle(html));
          if (tidy !== html) await writeFile(file, tidy);
        }
      },
    },
  };
}
