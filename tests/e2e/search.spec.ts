import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('search', () => {
  test('finds the voicemail lesson among the first results for "voicemail"', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('searchbox', { name: 'Search' });
    await field.fill('voicemail');
    const results = page.locator('#site-search-results li a');
    // Tools are indexed too, so the practice timer may rank beside the lesson.
    await expect(results.first()).toBeVisible();
    const hrefs = (
      await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    ).slice(0, 3);
    expect(hrefs).toContain('/lessons/leave-a-voicemail/');
    await expect(page.locator('#site-search-results li').first()).toContainText(/voicemail/i);
    await expect(page.locator('#site-search-results li mark').first()).toBeVisible();
  });

  test('finds the email lesson for "business card", a phrase inside emphasis', async ({ page }) => {
    await page.goto('/lessons/when-to-call/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('"business card"');
    const first = page.locator('#site-search-results li a').first();
    await expect(first).toHaveAttribute('href', '/lessons/email-instead/');
    await first.click();
    await expect(page).toHaveURL(/\/lessons\/email-instead\/$/);
  });

  test('opens with the / key and closes with Escape', async ({ page }) => {
    await page.goto('/lessons/tone-of-voice/');
    await page.locator('body').press('/');
    const field = page.getByRole('searchbox', { name: 'Search' });
    await expect(field).toBeFocused();
    await page.keyboard.type('script');
    await expect(page.locator('#site-search-results')).toBeVisible();
    await expect(page.locator('#site-search-results [role="status"]')).toHaveText(
      /\d+ results? for “script”/,
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-results')).toBeHidden();
    await expect(field).toBeFocused();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('xylophone');
    await expect(page.locator('#site-search-results [role="status"]')).toHaveText(
      'Nothing matches “xylophone”.',
    );
  });

  test('indexes lesson text only, not the page chrome', async ({ page }) => {
    await page.goto('/');
    // The skip link and the header are on every page but are not lesson text. Pagefind
    // may still offer near matches for the words, but none of them can quote the chrome.
    await page.getByRole('searchbox', { name: 'Search' }).fill('Skip to content');
    await expect(page.locator('#site-search-results [role="status"]')).toHaveText(
      /results? for|Nothing matches/,
    );
    const excerpts = await page.locator('#site-search-results li').allInnerTexts();
    expect(excerpts.filter((text) => /skip to content|search the course/i.test(text))).toEqual([]);
  });

  test('has no axe violations while results are open (a search field takes no aria-expanded)', async ({
    page,
  }) => {
    await page.goto('/');
    const field = page.getByRole('searchbox', { name: 'Search' });
    await field.fill('voicemail');
    await expect(page.locator('#site-search-results li').first()).toBeVisible();
    await expect(field).not.toHaveAttribute('aria-expanded');
    await expectNoAxeViolations(page);
  });

  test('marks an excerpt cut inside a sentence with an ellipsis', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('voicemail');
    await expect(page.locator('#site-search-results li').first()).toBeVisible();
    const excerpts = await page.locator('#site-search-results li p').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      // Each starts at a sentence (a capital, digit or quote) or with an ellipsis, and ends likewise.
      expect(excerpt).toMatch(/^(?:…|[\p{Lu}\p{N}“"‘'(])/u);
      expect(excerpt).toMatch(/(?:…|[.!?:”"’)])$/u);
    }
  });
});
