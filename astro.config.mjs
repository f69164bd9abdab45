// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';

/**
 * BASE_PATH deploys the site under a sub-path (`/coach/`); SITE_URL is the origin it
 * is served from, used for canonical links and the sitemap. OUT_DIR lets a second
 * build (the base-path one the tests check) sit beside the main one.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';

/**
 * What every page runs: the state library, the safe storage engine, the two hand-checked
 * stores (progress, settings) and the small page elements. Keep lesson pages' imports
 * inside this list, or they grow a second request.
 */
const SITE_MODULES = [
  'node_modules/nanostores/atom/',
  'node_modules/nanostores/lifecycle/',
  'node_modules/nanostores/clean-stores/',
  'node_modules/nanostores/warn/',
  'node_modules/@nanostores/persistent/',
  'src/elements/',
  'src/stores/storage-engine.ts',
  'src/stores/storage-health.ts',
  'src/stores/persistent-storage.ts',
  'src/stores/persisted.ts',
  'src/stores/backups.ts',
  'src/stores/progress.ts',
  'src/stores/settings.ts',
  'src/lib/storage/stored-value.ts',
  'src/lib/storage/plain-record.ts',
  'src/lib/storage/migrations.ts',
  'src/lib/limits.ts',
  'src/lib/lesson-progress.ts',
  'src/lib/paths.ts',
  'src/lib/storage/schemas/progress.ts',
  'src/lib/storage/schemas/settings.ts',
];

/** What the tools share: Preact, the store bindings, the validator, the other stores. */
const TOOL_MODULES = [
  'node_modules/preact/',
  'node_modules/@nanostores/preact/',
  'node_modules/nanostores/',
  'node_modules/valibot/',
  'src/stores/',
  'src/lib/storage/schemas/',
  'src/islands/parts/',
];

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
  integrations: [mdx(), preact(), sitemap(), pagefind(), offline()],
  build: {
    // Small stylesheets stay inline (hashed into the CSP) to save a request.
    inlineStylesheets: 'auto',
  },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Every page runs the site group: one file, so a lesson fetches a single
              // script and gzip sees it whole (issue 8: lessons ≤ 6 KB of JavaScript).
              { name: 'site', priority: 2, test: inModules(SITE_MODULES) },
              // Every tool page also runs the tools group, rather than a dozen slivers;
              // what only one tool uses stays in that tool's own file.
              { name: 'tools', priority: 1, test: inModules(TOOL_MODULES), minShareCount: 2 },
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
