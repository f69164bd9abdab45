// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';
import { quietHeadInjectWarning } from './src/integrations/quiet-head-inject.ts';
import { islandEntries } from './src/integrations/island-entries.ts';
import { preloadDeps } from './src/integrations/preload-deps.ts';
import { noPreactSignals } from './src/integrations/no-preact-signals.ts';
import { siteChunk } from './src/integrations/site-chunk.ts';
import { pageChunks } from './src/integrations/page-chunks.ts';
import { tidyHtml } from './src/integrations/tidy-html.ts';

/**
 * BASE_PATH deploys the site under a sub-path (`/coach/`); SITE_URL is the origin it
 * is served from, used for canonical links and the sitemap. OUT_DIR lets a second
 * build (the base-path one the tests check) sit beside the main one.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';

/**
 * What every page runs, in one `site` chunk: the site entry and the project modules it
 * imports, found in the module graph (src/integrations/site-chunk.ts), and the library
 * files they use. A lesson page loads that one file (tests/build/budgets.test.ts).
 */
const SITE_CHUNK = siteChunk({
  name: 'site',
  entryPath: fileURLToPath(new URL('./src/elements/site.ts', import.meta.url)),
  isWrapper: (id) => id.includes('/src/layouts/BaseLayout.astro?astro&type=script'),
  libraries: [
    'node_modules/nanostores/atom/',
    'node_modules/nanostores/lifecycle/',
    'node_modules/nanostores/clean-stores/',
    'node_modules/nanostores/warn/',
    'node_modules/@nanostores/persistent/',
  ],
});

/**
 * The theme boot script runs inline in every page's <head> before the first paint; the
 * CSP allows exactly its text by hash (Astro hashes the scripts it bundles, not inline ones).
 * @type {`sha256-${string}`}
 */
const THEME_BOOT_HASH = `sha256-${createHash('sha256')
  .update(readFileSync(new URL('./src/layouts/theme-boot.js', import.meta.url), 'utf8'))
  .digest('base64')}`;

/**
 * What the home page's Today and every island page read at load: the stores, the
 * validator and the checks, the nanostores core, and the small rules several tools and
 * the stores compute with (dates, phone numbers, the call-window rule). The home page has
 * no Preact, so this is a file of its own.
 */
const DATA_MODULES = [
  'node_modules/nanostores/',
  'node_modules/valibot/',
  'src/stores/',
  'src/lib/storage/schemas/',
  'src/lib/paths.ts',
  'src/lib/lesson-progress.ts',
  'src/lib/reader-locale.ts',
  'src/elements/watch-',
  'src/lib/call-window/rule',
  'src/lib/phone-number',
  'src/lib/date-field',
];

/**
 * The next action and how the call window reads (its rule is in `data`, which comes first):
 * the home page's Today, the tracker and the calculator use them; the practice timer, the
 * script builder and My data do not. A file of its own spares those three pages 3.3 KiB
 * each, for 0.5 KiB and one request more on the three that use it.
 */
const TODAY_MODULES = [
  'src/lib/follow-ups/next-action',
  'src/lib/call-window/',
  'src/islands/follow-ups/ids',
  'src/islands/follow-ups/card-handlers',
  'src/islands/follow-ups/format-dates',
];

/**
 * What the Preact pages share: Preact and its island renderer, the store bindings, the
 * shared island parts, and Vite's helper for `import()` (every tool loads something on an action).
 */
const TOOL_MODULES = [
  'node_modules/preact/',
  'node_modules/@astrojs/preact/',
  'vite/preload-helper',
  'node_modules/@nanostores/preact/',
  'src/islands/parts/',
];

/**
 * The island pages' own files: what one island imports at load goes with it, what several
 * share goes into one file per set of islands (src/integrations/page-chunks.ts).
 */
const PAGE_CHUNKS = pageChunks({
  name: 'tool-lib',
  islands: ['WhenToCall', 'ScriptBuilder', 'PracticeTimer', 'FollowUpTracker', 'MyData'].map((island) =>
    fileURLToPath(new URL(`./src/islands/${island}.tsx`, import.meta.url)),
  ),
  // Sets sharing under 20 kB of source share one file: every tool page makes ten requests or fewer
  // (at 12 kB the tracker made 11, the script builder 12).
  mergeBelow: 20_000,
});

/**
 * A chunk-group test: whether a module's path contains one of `fragments`.
 * @param {string[]} fragments
 */
function inModules(fragments) {
  return (/** @type {string} */ id) =>
    fragments.some((fragment) => id.replaceAll('\\', '/').includes(fragment));
}

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  output: 'static',
  markdown: { syntaxHighlight: false },
  trailingSlash: 'always',
  // tidyHtml edits the pages before Pagefind and the service worker read them.
  integrations: [mdx(), preact(), noPreactSignals(), sitemap(), tidyHtml(), pagefind(), offline()],
  build: {
    // Every page's CSS is inline (hashed into the CSP): the HTML is the only request
    // before the first paint.
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [quietHeadInjectWarning(), islandEntries(), preloadDeps()],
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Every page runs the site group: one file, so a lesson fetches a single
              // script and gzip sees it whole (lessons ≤ 6 KiB of JavaScript).
              { name: SITE_CHUNK, priority: 3 },
              // The home page and every island page read the stores: one file.
              { name: 'data', priority: 2, test: inModules(DATA_MODULES), minShareCount: 2 },
              // Then the next action, with what it imports that `data` has not taken.
              { name: 'today', priority: 1.5, test: inModules(TODAY_MODULES), minShareCount: 2 },
              // Every Preact page also runs the tools group, rather than a dozen slivers;
              // what only one tool uses stays in that tool's own file.
              { name: 'tools', priority: 1, test: inModules(TOOL_MODULES), minShareCount: 2 },
              // What two or more islands import at load: one file for each set that shares it.
              // Before this, Rolldown's entries-aware groups counted lazy parts as entries and
              // moved kilobytes between tool pages whenever a lazy part was added.
              { name: PAGE_CHUNKS.shared, priority: 0.5 },
              // What one island imports at load, in that island's file, whichever lazy parts
              // also use it. What a tool loads only on an action stays in its own lazy file.
              { name: PAGE_CHUNKS.own, priority: 0 },
            ],
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "media-src 'self' blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_BOOT_HASH] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
