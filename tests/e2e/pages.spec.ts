import { expect, expectNoAxeViolations, sitemapPaths, test } from './fixtures';

test.describe('every page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`loads cleanly and passes axe (${scheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      const paths = [...(await sitemapPaths(page)), '/404.html'];
      expect(paths.length).toBeGreaterThanOrEqual(9);
      for (const path of paths) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          await expect(page.locator('h1')).toHaveCount(1);
          await expect(page.locator('main')).toBeVisible();
          expect(await page.getAttribute('html', 'lang')).toBe('en');
          expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
          expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toContain(
            path === '/404.html' ? '/404' : path,
          );
          await expectNoAxeViolations(page);
        });
      }
    });
  }

  test('lists the six lessons in course order', async ({ page }) => {
    const paths = await sitemapPaths(page);
    expect(paths.filter((path) => path.startsWith('/lessons/'))).toEqual(
      [
        '/lessons/email-instead/',
        '/lessons/leave-a-voicemail/',
        '/lessons/prepare-your-script/',
        '/lessons/tone-of-voice/',
        '/lessons/when-to-call/',
        '/lessons/why-it-works/',
      ].sort(),
    );
    await page.goto('/');
    const titles = page.locator('.course li a');
    await expect(titles).toHaveCount(6);
    await expect(titles.first()).toHaveAttribute('href', '/lessons/when-to-call/');
    await expect(titles.last()).toHaveAttribute('href', '/lessons/why-it-works/');
  });

  test('a lesson shows its reading time, position and neighbours', async ({ page }) => {
    await page.goto('/lessons/prepare-your-script/');
    await expect(page.locator('.eyebrow')).toHaveText(/Lesson 2 of 6 · \d+ min read/);
    await expect(page.getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      '/lessons/when-to-call/',
    );
    await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      '/lessons/leave-a-voicemail/',
    );
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
  });

  test.describe('an unknown address', () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test('shows the 404 page', async ({ page }) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    });
  });
});
