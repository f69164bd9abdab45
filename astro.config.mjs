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
              {
                // Every page reads progress and settings: keep that small core (state
                // library, safe storage engine, the two hand-checked stores) in one
                // file, so a lesson does not fetch several slivers of it.
                name: 'site-core',
                test: /node_modules[\\/](nanostores|@nanostores[\\/]persistent)[\\/]|src[\\/]stores[\\/](storage-engine|storage-health|persisted|backups|progress|settings)\.ts|src[\\/]lib[\\/](stored-value|plain-record|migrations|limits|lesson-progress|paths)\.ts|src[\\/]lib[\\/]schemas[\\/](progress|settings)\.ts/,
              },
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
