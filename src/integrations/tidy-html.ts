import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The rule Astro writes in a `<style>` before a page's first island, inside <body>, where
 * HTML allows no `<style>` (the Nu checker refuses it).
 */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * The page with Astro's island `<style>` moved from <body> to the end of <head> (then merged
 * into the page's one style by mergeHeadStyles), so only pages with islands carry the rule.
 */
export function moveIslandStyle(html: string): string {
  if (!html.includes(ISLAND_STYLE)) return html;
  return html.replaceAll(ISLAND_STYLE, '').replace('</head>', `${ISLAND_STYLE}</head>`);
}

/** The CSP hash sources of a page's inline `<script>` and `<style>` elements. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attrs, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (tag === 'script' && /\bsrc=/.test(attrs!)) continue;
    hashes.add(sha256Source(body!));
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

/**
 * The page with its `<head>` styles in one `<style>`, in their order, and its CSP allowing
 * exactly that one by hash. Astro hashes the styles it knows for a route; the styles of
 * components rendered inside a lesson's MDX (src/components/course/) come in a `<style>`
 * of their own that it does not hash, so the browser would refuse them. One element also
 * costs less than several.
 */
export function mergeHeadStyles(html: string): string {
  const head = /<head>[\s\S]*?<\/head>/.exec(html);
  if (!head) return html;
  const styles = [...head[0].matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, body]) => body!);
  if (styles.length === 0) return html;
  const merged = styles.join('');
  let first = true;
  const tidyHead = head[0]
    .replace(/<style>[\s\S]*?<\/style>/g, () => (first ? ((first = false), `<style>${merged}</style>`) : ''))
    .replace(
      /(<meta http-equiv="content-security-policy" content="[^"]*?style-src)([^;"]*)/,
      (_, start: string, sources: string) =>
        `${start}${sources.replace(/\s*'sha256-[A-Za-z0-9+/=]+'/g, '').trimEnd()} ${sha256Source(merged)}`,
    );
  return html.slice(0, head.index) + tidyHead + html.slice(head.index + head[0].length);
}

/** The CSP source that allows an inline element whose text is `text`. */
function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
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
          const tidy = keepUsedCspHashes(mergeHeadStyles(moveIslandStyle(html)));
          if (tidy !== html) await writeFile(file, tidy);
        }
      },
    },
  };
}
