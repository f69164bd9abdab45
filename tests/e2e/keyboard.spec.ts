import { expect, test } from './fixtures';

test('a keyboard-only reader can skip to the lesson, tick it off and go on to the next one', async ({
  page,
}) => {
  await page.goto('/lessons/when-to-call/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab through the lesson until the "Mark as done" button has focus.
  const toggle = page.getByRole('button', { name: 'Mark as done' });
  // The lesson's calculator and Check yourself questions come first: allow for their stops.
  for (let i = 0; i < 100 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
  const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // "Right after the interview" comes before this lesson: Previous, then Next.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Previous/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Next/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/prepare-your-script\/$/);
  await expect(page.locator('.lesson-aside li[data-slug="when-to-call"]')).toHaveAttribute('data-done', '');
});
