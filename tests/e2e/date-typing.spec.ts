import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedApplications, waitForIslands } from './data-helpers';

/**
 * Dates typed with the keyboard, digit by digit, as people do (not `fill`). A date
 * input reports a value on every keystroke: typing 0 2 3 0 over the month of
 * 2026-11-25 passes through 2026-02-25 and 2026-02-03 before the impossible February
 * 30, and typing 11242025 passes through 2026-11-24 on the way to a refused 2025-11-24.
 * Only a complete, valid date is saved, when the field is left; a refused one never
 * replaces the saved one (issue 17, item 4).
 */
const NOW = new Date('2026-12-01T17:00:00Z');
const SAVED = '2026-11-25';
const BAD_DATE = 'Check this date: it is incomplete, or that day does not exist.';

test.use({ timezoneId: 'America/Los_Angeles' });

/** One interview saved, with the interview date the tests type over. */
async function seed(page: Page): Promise<void> {
  await seedApplications(page, [
    {
      id: 'app1',
      company: 'Greenway Dental',
      jobTitle: 'Office Manager',
      interviewerName: 'Ms. Alvarez',
      interviewDate: SAVED,
      createdAt: '2026-11-25T18:00:00.000Z',
    },
  ]);
}

/** Tab out of a date field (Chromium stops on its calendar button before leaving it). */
async function tabOut(page: Page, field: Locator): Promise<void> {
  for (
    let presses = 0;
    presses < 5 && (await field.evaluate((input) => input === document.activeElement));
    presses++
  )
    await page.keyboard.press('Tab');
  await expect(field).not.toBeFocused();
}

async function storedDate(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('cc:applications');
    const items = raw ? (JSON.parse(raw) as { data: { items: { interviewDate: string }[] } }).data.items : [];
    return items[0]?.interviewDate;
  });
}

for (const { tool, path, errorId } of [
  { tool: 'the calculator', path: 'tools/when-to-call/', errorId: '#wtc-interview-date-error' },
  { tool: 'the script builder', path: 'tools/script-builder/', errorId: '#sb-interview-date-error' },
]) {
  test.describe(tool, () => {
    test.beforeEach(async ({ page }) => {
      await seed(page);
      await page.clock.setFixedTime(NOW);
      await page.goto(path);
      await waitForIslands(page);
      await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue(SAVED);
    });

    test('typing 0 2 3 0 over the month saves none of the days on the way', async ({ page }) => {
      const field = page.getByLabel('Interview date', { exact: true });
      // Focus lands on the first part of the date: the month, in US English.
      await field.focus();
      for (const digit of '0230') {
        await page.keyboard.type(digit);
        expect(await storedDate(page)).toBe(SAVED);
      }
      await tabOut(page, field);
      await expect(page.locator(errorId)).toHaveText(BAD_DATE);
      expect(await storedDate(page)).toBe(SAVED);
      await page.reload();
      await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue(SAVED);
    });

    test('typing a whole date that is refused leaves the saved one', async ({ page }) => {
      const field = page.getByLabel('Interview date', { exact: true });
      await field.focus();
      await page.keyboard.type('11242025');
      expect(await storedDate(page)).toBe(SAVED);
      await tabOut(page, field);
      await expect(page.locator(errorId)).toContainText('more than a year ago');
      expect(await storedDate(page)).toBe(SAVED);
      await page.reload();
      await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue(SAVED);
    });

    test('a good date is saved once the field is left', async ({ page }) => {
      const field = page.getByLabel('Interview date', { exact: true });
      await field.focus();
      await page.keyboard.type('11172026');
      expect(await storedDate(page)).toBe(SAVED);
      await tabOut(page, field);
      await expect.poll(() => storedDate(page)).toBe('2026-11-17');
      await page.reload();
      await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue('2026-11-17');
    });
  });
}

test.describe('the tracker', () => {
  test('a date typed into the edit form is saved only when complete and valid', async ({ page }) => {
    await seed(page);
    await page.clock.setFixedTime(NOW);
    await page.goto('follow-ups/');
    await expect(page.locator('.fu-loading')).toHaveCount(0);
    await page.getByRole('button', { name: 'Edit for Greenway Dental' }).click();
    const form = page.getByRole('article', { name: /^Greenway Dental/ });
    const field = form.getByLabel('Interview date', { exact: true });
    await expect(field).toHaveValue(SAVED);
    await field.focus();
    await page.keyboard.type('0230');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.locator('.field-error')).toHaveText(BAD_DATE);
    expect(await storedDate(page)).toBe(SAVED);

    await field.focus();
    await page.keyboard.type('11172026');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => storedDate(page)).toBe('2026-11-17');
  });
});
