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

test.describe('the theme before any module runs', () => {
  // Scripts under _astro/ are refused, so only the inline boot in <head> can set the palette:
  // what the reader sees at first paint, with no flash of the other one.
  test.use({ expectedConsoleErrors: [/Failed to load|ERR_FAILED/] });

  const DARK_BG = 'rgb(20, 24, 27)';
  const LIGHT_BG = 'rgb(251, 250, 247)';
  const cases = [
    { saved: null, device: 'light', theme: 'light', bg: LIGHT_BG },
    { saved: null, device: 'dark', theme: 'dark', bg: DARK_BG },
    { saved: 'dark', device: 'light', theme: 'dark', bg: DARK_BG },
    { saved: 'light', device: 'dark', theme: 'light', bg: LIGHT_BG },
  ] as const;
  for (const { saved, device, theme, bg } of cases) {
    test(`saved ${saved ?? 'nothing'}, device ${device}: ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: device });
      await page.route('**/_astro/**', (route) => route.abort());
      if (saved) {
        await page.addInitScript((value) => {
          localStorage.setItem('cc:settings', JSON.stringify({ version: 1, data: { theme: value } }));
        }, saved);
      }
      await page.goto('/lessons/why-it-works/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(bg);
    });
  }
});
