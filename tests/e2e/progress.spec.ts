import { firstLessonNotIn, lessonsDone } from './course';
import { expect, test } from './fixtures';

test.describe('lesson progress', () => {
  test('"Mark as done" survives a reload and shows on the home page', async ({ page }) => {
    await page.goto('/lessons/when-to-call/');
    const toggle = page.getByRole('button', { name: 'Mark as done' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.lesson-aside li[data-slug="when-to-call"]')).toHaveAttribute('data-done', '');

    await page.reload();
    await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/');
    await expect(page.locator('.progress-summary .count')).toHaveText(lessonsDone(1));
    const start = page.getByRole('link', { name: 'Continue the course' });
    await expect(start).toHaveAttribute('href', `/lessons/${firstLessonNotIn(['when-to-call'])}/`);
    await expect(page.locator('.course li[data-slug="when-to-call"]')).toContainText('(done)');
  });

  test('unticking a lesson undoes it', async ({ page }) => {
    await page.goto('/lessons/tone-of-voice/');
    const toggle = page.getByRole('button', { name: 'Mark as done' });
    await toggle.click();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.goto('/');
    await expect(page.locator('.progress-summary .count')).toHaveText(lessonsDone(0));
    await expect(page.getByRole('link', { name: 'Start the course' })).toHaveAttribute(
      'href',
      `/lessons/${firstLessonNotIn([])}/`,
    );
  });

  test('"Reset progress" asks first, and can be cancelled', async ({ page }) => {
    await page.goto('/lessons/when-to-call/');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.goto('/');
    await page.getByRole('button', { name: 'Reset progress' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep my progress' }).click();
    await expect(page.locator('.progress-summary .count')).toHaveText(lessonsDone(1));

    await page.getByRole('button', { name: 'Reset progress' }).click();
    await dialog.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.locator('.progress-summary .count')).toHaveText(lessonsDone(0));
    await page.reload();
    await expect(page.locator('.progress-summary .count')).toHaveText(lessonsDone(0));
  });

  test('the theme choice is remembered', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Color theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/sources/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel('Color theme')).toHaveValue('dark');
  });
});
