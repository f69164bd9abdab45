import type { Page } from '@playwright/test';
import { expect, sitemapPaths, test } from './fixtures';
import { expectTypingWorks, firstTypingField, installOfflineCopy } from './offline-helpers';

/** Load and idle islands, which should all start; visible ones start only when scrolled to. */
const STARTED_ISLANDS = 'astro-island:is([client="load"], [client="idle"])';

/** Use the page's first field as a reader would, and check it responded. */
async function useFirstField(page: Page): Promise<void> {
  await expectTypingWorks(firstTypingField(page));
}

/** Tool pages, checked once they are in the build (a page not in the sitemap yet is skipped). */
const TOOL_PAGES: { path: string; use: (page: Page) => Promise<void> }[] = [
  { path: '/tools/when-to-call/', use: useFirstField },
  { path: '/tools/script-builder/', use: useFirstField },
  { path: '/tools/practice/', use: useFirstField },
  { path: '/follow-ups/', use: useFirstField },
  {
    path: '/my-data/',
    // Nothing to type here: the first field takes an export file, and says when a file is not one.
    use: async (page) => {
      const field = page.locator('main input[type="file"]').first();
      await field.setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('not an export'),
      });
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    },
  },
];

test.describe('offline, after one visit', () => {
  test('every page in the sitemap loads, and an unknown address shows the not-found page', async ({
    page,
    context,
  }) => {
    await installOfflineCopy(page, '/');
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(8);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expect(page.locator(`${STARTED_ISLANDS}[ssr]`), path).toHaveCount(0);
    }
    // Served by the worker from its copy: the server itself would answer 404.
    const missing = await page.goto('/no-such-page/');
    expect(missing?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  });

  test('a page address without its trailing slash opens the page, as the host redirects it online', async ({
    page,
    context,
  }) => {
    await installOfflineCopy(page, '/');
    await context.setOffline(true);
    const response = await page.goto('/lessons/when-to-call');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/lessons\/when-to-call\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Know when to call');
    // Other addresses without a slash are still not found, offline as online.
    await page.goto('/lessons/no-such-lesson');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  });

  test('search finds lessons, from files in the copy alone', async ({ page, context }) => {
    await installOfflineCopy(page, '/');
    await context.setOffline(true);
    await page.goto('/lessons/why-it-works/');
    // Every request the search makes, and any that failed: Pagefind's web worker is not in
    // the copy (src/integrations/offline.ts), because the search runs in the page.
    const requested: string[] = [];
    const failed: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    context.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
    await page.locator('#site-search-input').fill('voicemail');
    await expect(
      page.locator('#site-search-results li a[href="/lessons/leave-a-voicemail/"]').first(),
    ).toBeVisible();
    expect(requested).toContain('/pagefind/wasm.en.pagefind');
    expect(requested.filter((path) => path.endsWith('pagefind-worker.js'))).toEqual([]);
    expect(failed).toEqual([]);
  });

  for (const { path, use } of TOOL_PAGES) {
    test(`${path} loads, starts and can be used`, async ({ page, context }) => {
      await installOfflineCopy(page, '/');
      expect(await sitemapPaths(page)).toContain(path);
      await context.setOffline(true);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator(`${STARTED_ISLANDS}[ssr]`)).toHaveCount(0);
      await use(page);
    });
  }
});

test.describe('installable', () => {
  test('the manifest names the app, its colours and icons that exist', async ({ page }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const response = await page.request.get(href!);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as { icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest).toMatchObject({
      name: 'Callback Coach',
      short_name: 'Callback Coach',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#0b6b66',
    });
    const icons = manifest.icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      'any any',
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons.filter((each) => each.src.endsWith('.png'))) {
      const png = await (await page.request.get(icon.src)).body();
      // A PNG's IHDR holds its width and height as big-endian integers at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect((await page.request.get(touch!)).status()).toBe(200);
  });
});

/** The script URL of the worker that controls the page. */
function controllerScript(page: Page): Promise<string | undefined> {
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
}

test.describe('updates', () => {
  test('a new version waits, says so, and takes over at the next link followed', async ({ page }) => {
    await installOfflineCopy(page, '/lessons/when-to-call/');
    const notice = page.locator('offline-support p');
    await expect(notice).toBeEmpty();
    await expect(page.locator('offline-support [role="status"]')).toHaveCount(0);
    // Stand in for a new deploy: a worker under another script URL installs as a new version
    // (its bytes need not differ). Playwright cannot route a worker's own script request.
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js?next', { scope: '/' });
    });
    await expect(page.getByRole('status').filter({ hasText: 'An update is ready' })).toHaveText(
      'An update is ready. It will apply when you next open a page.',
    );
    // Nothing changes under the open page: the new version waits.
    expect(await controllerScript(page)).toMatch(/\/sw\.js$/);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.scriptURL),
    ).toMatch(/\?next$/);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeEmpty();
    await expect(page.getByRole('button', { name: 'Dismiss' })).toBeHidden();
    await page.locator('main').getByRole('link', { name: 'Leave a clear voicemail' }).first().click();
    await expect(page).toHaveURL(/\/lessons\/leave-a-voicemail\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The new page is the new version's. (Here it then registers /sw.js again, which counts
    // as yet another version because the URL differs: an artefact of this stand-in.)
    expect(await controllerScript(page)).toMatch(/\/sw\.js\?next$/);
  });
});
