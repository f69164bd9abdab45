import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { lessonsDone } from './course';
import { envelope, FULL_STORAGE, FULL_SUMMARY, readStorage, seedOnce, waitForIslands } from './data-helpers';
import { BACKUP_KEY, EMPTY_SUMMARY, file, importField, openMyData, summary } from './my-data-page';

/**
 * The My data page: what is stored in words, backups, the Safari advice, delete all,
 * and axe in every state. Export and import: my-data-transfer.spec.ts; the privacy
 * promise and returning visitors: my-data-privacy.spec.ts.
 */
test.describe('what is stored', () => {
  test('an empty browser: nothing stored, saving works', async ({ page }) => {
    await openMyData(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My data');
    await expect(summary(page)).toHaveText(`${EMPTY_SUMMARY}.`);
    expect(await page.locator('.my-data-facts').innerText()).toMatch(/Your details\s+not filled in/);
    await expect(page.getByText('Saving works: what you enter is kept in this browser')).toBeVisible();
    await expect(page.locator('.my-data-backups').getByText('None yet.')).toBeVisible();
    await expect(page.locator('storage-notice')).not.toHaveAttribute('data-open', '');
  });

  test('a returning visitor: counts, details, settings and backups in words', async ({ page }) => {
    await seedOnce(page, FULL_STORAGE);
    await openMyData(page);
    await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
    const facts = page.locator('.my-data-facts');
    expect(await facts.innerText()).toMatch(/Your details\s+your name, phone and email/);
    expect(await facts.innerText()).toMatch(
      /Settings\s+dark theme, sound off, countdown on, 15-second key-facts target/,
    );
    const backup = page.locator('.my-data-backup-list li');
    await expect(backup).toHaveCount(1);
    await expect(backup).toContainText('Lesson progress');
    await expect(backup.locator('time')).toHaveAttribute('datetime', '2026-11-20T08:00:00.000Z');
  });

  test('a backup downloads as it was kept, and can be deleted', async ({ page }) => {
    await seedOnce(page, FULL_STORAGE);
    await openMyData(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Download the backup: Lesson progress/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('callback-coach-backup-progress-2026-11-20T08-00-00.json');
    // The text as it was kept, inside a file that says what it is, so Import can restore it.
    expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual({
      type: 'callback-coach-backup',
      version: 1,
      part: 'progress',
      savedAt: '2026-11-20T08:00:00.000Z',
      text: FULL_STORAGE[BACKUP_KEY],
    });

    await page.getByRole('button', { name: /^Delete the backup: Lesson progress/ }).click();
    await expect(page.getByText(/^Deleted the backup of lesson progress/)).toBeVisible();
    await expect(page.locator('.my-data-backups').getByText('None yet.')).toBeVisible();
    expect(Object.keys(await readStorage(page))).not.toContain(BACKUP_KEY);
    // The live data is untouched.
    await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
  });

  test('"Keep my data safe" asks the browser and reports its answer', async ({ page }) => {
    await openMyData(page);
    await page.getByRole('button', { name: 'Keep my data safe in this browser' }).click();
    await expect(page.locator('#keep-title ~ .my-data-message')).toHaveText(
      /^(Done: this browser agreed|This browser did not agree|This browser does not offer)/,
    );
  });
});

test.describe('delete all my data', () => {
  test('asks first; "Keep my data" changes nothing', async ({ page }) => {
    await seedOnce(page, FULL_STORAGE);
    await openMyData(page);
    const before = await readStorage(page);
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    const confirm = page.getByRole('group', {
      name: /^Delete everything Callback Coach saved in this browser\?/,
    });
    await expect(confirm).toContainText(
      'Delete everything Callback Coach saved in this browser? This cannot be undone. Export first if you may want it back.',
    );
    await expect(confirm.getByRole('button', { name: 'Keep my data' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Keep my data' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete all my data' })).toBeFocused();
    expect(await readStorage(page)).toEqual(before);
  });

  test('deletes every cc: key but the backups, as the store documents', async ({ page }) => {
    await seedOnce(page, { ...FULL_STORAGE, 'cc:old-prototype-key': 'x', 'another-site-key': 'kept' });
    await openMyData(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect(
      page.getByText('Deleted: Callback Coach has nothing of yours saved in this browser now.'),
    ).toBeFocused();
    await expect(summary(page)).toHaveText(`${EMPTY_SUMMARY}.`);
    // Back to Auto: the device's palette (light in these tests), and the switch says Auto.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByLabel('Color theme')).toHaveValue('system');
    expect(await readStorage(page)).toEqual({
      [BACKUP_KEY]: FULL_STORAGE[BACKUP_KEY],
      'another-site-key': 'kept',
    });
    await page.reload();
    await waitForIslands(page);
    await expect(summary(page)).toHaveText(`${EMPTY_SUMMARY}.`);
    await expect(page.locator('.my-data-backup-list li')).toHaveCount(1);
  });
});

test.describe('what the buttons do loads on the way to a button', () => {
  test('not with the page: on focus, and the delete confirm works by keyboard', async ({ page }) => {
    const actions: string[] = [];
    page.on('request', (request) => {
      if (/\/_astro\/actions\.[\w-]+\.js$/.test(request.url())) actions.push(request.url());
    });
    await seedOnce(page, FULL_STORAGE);
    await openMyData(page);
    await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
    await expect(page.locator('.my-data-backup-list li')).toHaveCount(1);
    expect(actions).toEqual([]);

    const start = page.getByRole('button', { name: 'Delete all my data' });
    await start.focus();
    await expect.poll(() => actions.length).toBe(1);
    await page.keyboard.press('Enter');
    const keep = page.getByRole('button', { name: 'Keep my data', exact: true });
    await expect(keep).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(start).toBeFocused();
    await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
    expect(actions).toHaveLength(1);
  });

  test('a restore by keyboard: focus on the preview, then on what happened', async ({ page }) => {
    // A readable copy of the progress, one lesson done, beside FULL_STORAGE's damaged one.
    const copy = envelope({ done: ['when-to-call'] });
    await seedOnce(page, { ...FULL_STORAGE, 'cc:backup:progress:2026-11-21T12:00:00.000Z': copy });
    await openMyData(page);
    await page.getByRole('button', { name: /^Restore the backup: Lesson progress, Nov 21/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Restore the backup', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.my-data-backups [role="status"]')).toBeFocused();
    await expect(page.locator('.my-data-backups [role="status"]')).toContainText(
      /^Done: your data now comes from the backup of /,
    );
    await expect(summary(page)).toHaveText(`2 interviews (1 archived), 2 practice runs, ${lessonsDone(1)}.`);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe empty, with data, with an import error, a preview and the delete confirm (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openMyData(page);
      await test.step('empty', () => expectNoAxeViolations(page));

      await page.evaluate((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, FULL_STORAGE);
      await page.reload();
      await waitForIslands(page);
      await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
      await test.step('with data', () => expectNoAxeViolations(page));

      await importField(page).setInputFiles(file('bad.json', 'not json'));
      await expect(importField(page)).toHaveAttribute('aria-invalid', 'true');
      await test.step('with an import error', () => expectNoAxeViolations(page));

      const good = {
        type: 'callback-coach-data',
        version: 1,
        exportedAt: '2026-11-28T10:00:00.000Z',
        data: {},
      };
      await importField(page).setInputFiles(file('good.json', JSON.stringify(good)));
      await expect(page.getByRole('button', { name: 'Replace my data' })).toBeVisible();
      await test.step('with the import preview', () => expectNoAxeViolations(page));

      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await expect(page.getByRole('button', { name: 'Delete everything' })).toBeVisible();
      await test.step('with the delete confirm', () => expectNoAxeViolations(page));
    });
  }
});
