import { LESSON_COUNT, LESSON_SLUGS } from './course';
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

  test('lists every lesson, in course order and in two parts', async ({ page }) => {
    const paths = await sitemapPaths(page);
    expect(paths.filter((path) => path.startsWith('/lessons/')).sort()).toEqual(
      LESSON_SLUGS.map((slug) => `/lessons/${slug}/`).sort(),
    );
    await page.goto('/');
    const course = page.getByRole('navigation', { name: 'The course' });
    await expect(course.getByRole('heading', { level: 3 })).toHaveText([
      'Part 1: The five steps of the call',
      'Part 2: Further situations',
    ]);
    await expect(course.getByRole('list').first().getByRole('listitem')).toContainText([
      'Right after the interview',
      /Know when to call\s*Step 1/,
      /Prepare your script\s*Step 2/,
      /Leave a clear voicemail\s*Step 3/,
      /Consider an email instead\s*Step 4/,
      /Keep a professional tone\s*Step 5/,
    ]);
    const links = course.locator('li a');
    await expect(links).toHaveCount(LESSON_COUNT);
    for (const [index, slug] of LESSON_SLUGS.entries()) {
      await expect(links.nth(index)).toHaveAttribute('href', `/lessons/${slug}/`);
    }
  });

  test('a lesson shows its reading time, position and neighbours', async ({ page }) => {
    const index = LESSON_SLUGS.indexOf('prepare-your-script');
    await page.goto('/lessons/prepare-your-script/');
    await expect(page.locator('.eyebrow')).toHaveText(
      new RegExp(`Lesson ${index + 1} of ${LESSON_COUNT} · \\d+ min read`),
    );
    await expect(page.getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      `/lessons/${LESSON_SLUGS[index - 1]}/`,
    );
    await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      `/lessons/${LESSON_SLUGS[index + 1]}/`,
    );
    await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
  });

  test('the sources page credits each source with its words spaced as written', async ({ page }) => {
    await page.goto('/sources/');
    const text = await page.locator('article').innerText();
    expect(text).toContain(
      'based mainly on one article, Indeed Career Guide’s “What to Say When Calling Back',
    );
    expect(text).toMatch(/Interview, Indeed Career Guide\. indeed\.com\/career-advice/);
    await expect(page.locator('article li')).toHaveCount(7);
    expect(text).not.toMatch(/[a-z],[“A-Z]|site at[a-z]/);
  });

  test.describe('an unknown address', () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test('shows the 404 page', async ({ page }) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
      // A touch screen has no "/" key: the page points to the search box itself.
      await expect(
        page.getByText('search the site with the search box at the top of the page'),
      ).toBeVisible();
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
