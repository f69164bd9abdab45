import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type GenerateSWOptions } from 'workbox-build';

/** Pagefind's WebAssembly is the largest file; 5 MiB leaves room without letting anything huge in. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Left out of the precache, because no page ever requests them: the worker itself, the
 * host's header rules (public/_headers), the sitemaps (for crawlers), the ready-made
 * Pagefind UIs and highlighter (our own search box uses none of them: about 420 KiB),
 * Pagefind's web worker (search runs in the page: `noWorker` in src/elements/search-panel.ts;
 * 12 KiB), Pagefind's engine for pages without a language (ours are all `lang="en"`), the
 * stand-in for @preact/signals (src/integrations/no-preact-signals.ts) and the app icons,
 * which a browser fetches itself when it installs the site. Everything else the build
 * writes is precached, so a new kind of asset cannot quietly miss the copy;
 * tests/build/offline-copy.test.ts checks the copy holds exactly what the site requests, and
 * tests/e2e/offline.spec.ts opens every page, its tools and search offline.
 */
const IGNORED = [
  'sw.js',
  '_headers',
  'sitemap-*.xml',
  '**/*.map',
  'pagefind/pagefind-ui.{js,css}',
  'pagefind/pagefind-component-ui.{js,css}',
  'pagefind/pagefind-modular-ui.{js,css}',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.unknown.pagefind',
  '_astro/_callback-coach_no-preact-signals.*.js',
  'icons/*.png',
];

/**
 * A page address without its trailing slash (`/lessons/when-to-call`): static hosts answer
 * it with a redirect to the address with the slash, so the worker does the same, which
 * also works offline (the page itself is then served from the copy).
 */
function isPageWithoutSlash({ request, url }: { request: Request; url: URL }): boolean {
  return request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname);
}

/** Redirect to the same address with a trailing slash, as the host would. */
function redirectToSlash({ url }: { url: URL }): Promise<Response> {
  return Promise.resolve(Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301));
}

/** The Workbox settings for a site built into `outDir`; URLs stay relative to sw.js, so any base path works. */
export function serviceWorkerOptions(outDir: string): GenerateSWOptions {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: IGNORED,
    swDest: path.join(outDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // A new version waits until the reader follows a link or closes the site (offline-support.ts).
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    // A static site: no query string changes a file, and Pagefind adds `?ts=` to its entry file.
    ignoreURLParametersMatching: [/.*/],
    // Vite puts a content hash in every name under _astro/, so those need no revision.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    // Unlike `navigateFallback`, which answers every unknown navigation with the 404 page
    // even online, this asks the network first and shows the 404 page only when offline.
    // The worker's scope (the base path) is the allowlist: it sees no other navigation.
    runtimeCaching: [
      { urlPattern: isPageWithoutSlash, handler: redirectToSlash },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  };
}

/**
 * What the dev server answers for sw.js. `astro preview` and `astro dev` share a port, so a
 * worker installed from a preview would keep serving its copy over the dev pages. The
 * browser checks sw.js on every navigation; this version clears the copy and steps aside.
 */
const RETIRING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  await self.registration.unregister();
  await self.clients.claim();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;

/** Write sw.js precaching the built site, after Pagefind has written its index; any problem fails the build. */
export function offline(): AstroIntegration {
  let workerPath = '/sw.js';
  return {
    name: 'callback-coach:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        workerPath = `${config.base.replace(/\/?$/, '/')}sw.js`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== workerPath) return next();
          response.setHeader('Content-Type', 'text/javascript');
          response.end(RETIRING_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir)).catch(
          (error: unknown) => {
            throw new Error(`The service worker could not be generated: ${String(error)}`);
          },
        );
        if (warnings.length > 0) {
          throw new Error(`Workbox left files out of the offline copy or warned:\n${warnings.join('\n')}`);
        }
        if (!count) throw new Error('The service worker precaches no files.');
        logger.info(
          `Service worker precaches ${count} files, ${size} bytes (${(size / 1024).toFixed(1)} KiB).`,
        );
      },
    },
  };
}
