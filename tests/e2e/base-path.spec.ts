import { firstLessonNotIn } from './course';
import { expect, sitemapPaths, test } from './fixtures';
import { installOfflineCopy } from './offline-helpers';

// This project serves a build made with BASE_PATH=/coach/ (see playwright.config.ts).
test.describe('under the /coach/ base path', () => {
  test('every internal link and asset stays under /coach/ and resolves', async ({ page }) => {
    test.slow();
    const seen = new Set<string>();
    const queue = ['/coach/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const refs = await page.$$eval('a[href], link[href], script[src], img[src]', (nodes) =>
        nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? ''),
      );
      for (const ref of refs) {
        const url = new URL(ref, page.url());
        if (url.origin !== new URL(page.url()).origin) continue;
        expect(url.pathname, `${ref} on ${path}`).toMatch(/^\/coach\//);
        if (url.pathname.endsWith('/') && !seen.has(url.pathname)) queue.push(url.pathname);
        else if (!url.pathname.endsWith('/')) {
          expect((await page.request.get(url.pathname)).status(), `${url.pathname} on ${path}`).toBe(200);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });

  test('search works and its links keep the base path', async ({ page }) => {
    await page.goto('/coach/lessons/why-it-works/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('voicemail');
    const results = page.locator('#site-search-results li a');
    await expect(results.first()).toHaveAttribute('href', /^\/coach\//);
    for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/coach\//);
    }
    const lesson = page
      .locator('#site-search-results li a[href="/coach/lessons/leave-a-voicemail/"]')
      .first();
    await lesson.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/voicemail/i);
  });

  test('progress works and the continue button keeps the base path', async ({ page }) => {
    await page.goto('/coach/lessons/when-to-call/');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.goto('/coach/');
    await expect(page.getByRole('link', { name: 'Continue the course' })).toHaveAttribute(
      'href',
      `/coach/lessons/${firstLessonNotIn(['when-to-call'])}/`,
    );
  });

  test('works offline after one visit, with the worker scoped to /coach/', async ({ page, context }) => {
    await installOfflineCopy(page, '/coach/');
    const registration = await page.evaluate(async () => {
      const { scope, active } = await navigator.serviceWorker.ready;
      return { scope: new URL(scope).pathname, script: new URL(active!.scriptURL).pathname };
    });
    expect(registration).toEqual({ scope: '/coach/', script: '/coach/sw.js' });
    const paths = await sitemapPaths(page);
    await context.setOffline(true);
    for (const path of paths) {
      expect(path).toMatch(/^\/coach\//);
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    }
    expect((await page.goto('/coach/no-such-page/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    await page.locator('#site-search-input').fill('voicemail');
    await expect(
      page.locator('#site-search-results li a[href="/coach/lessons/leave-a-voicemail/"]').first(),
    ).toBeVisible();
  });
});
