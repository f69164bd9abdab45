import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import {
  APPLICATION,
  FULL_STORAGE,
  FULL_SUMMARY,
  PROFILE,
  readStorage,
  seedOnce,
  waitForIslands,
  watchedPage,
} from './data-helpers';
import {
  EMPTY_SUMMARY,
  escapeRegExp,
  file,
  importError,
  importField,
  openMyData,
  summary,
} from './my-data-page';
import { lessonsDone } from './course';

/**
 * "Export my data" and "Import data": a file exported in one browser brings everything
 * back in another; a preview comes first; a bad file is refused and changes nothing.
 */
test.describe('export and import', () => {
  test('an exported file brings everything back in a fresh browser', async ({ page, browser, baseURL }) => {
    await seedOnce(page, FULL_STORAGE);
    await page.goto('/lessons/tone-of-voice/');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await openMyData(page);
    await expect(summary(page)).toHaveText(`2 interviews (1 archived), 2 practice runs, ${lessonsDone(3)}.`);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^callback-coach-data-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(
      page.getByText(`Downloaded ${download.suggestedFilename()}.`, { exact: false }),
    ).toBeVisible();
    const saved = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    const exported = JSON.parse(await readFile(saved, 'utf8')) as {
      type: string;
      version: number;
      data: Record<string, unknown>;
    };
    expect(exported).toMatchObject({ type: 'callback-coach-data', data: { profile: PROFILE } });

    const context = await browser.newContext({ baseURL: baseURL ?? '' });
    try {
      const { page: fresh, check } = await watchedPage(context, new URL(baseURL ?? '').origin);
      await openMyData(fresh);
      await expect(summary(fresh)).toHaveText(`${EMPTY_SUMMARY}.`);
      await importField(fresh).setInputFiles(saved);
      const preview = fresh.getByRole('group', { name: 'Replace your data with this file?' });
      await expect(preview).toBeVisible();
      await expect(fresh.getByRole('heading', { name: 'Replace your data with this file?' })).toBeFocused();
      expect(await preview.innerText()).toContain(
        `Now in this browser\n${EMPTY_SUMMARY}; details: not filled in`,
      );
      expect(await preview.innerText()).toContain(
        `In ${download.suggestedFilename()}\n2 interviews (1 archived), 2 practice runs, ${lessonsDone(3)}; details: your name, phone and email`,
      );
      await preview.getByRole('button', { name: 'Replace my data' }).click();
      await expect(
        fresh.getByText(`Done: your data now comes from ${download.suggestedFilename()}.`),
      ).toBeFocused();
      await expect(summary(fresh)).toHaveText(
        `2 interviews (1 archived), 2 practice runs, ${lessonsDone(3)}.`,
      );
      await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'dark');

      // The data is really saved: it is there on other pages, after a reload.
      await fresh.goto('/lessons/tone-of-voice/');
      await expect(fresh.getByRole('button', { name: 'Mark as done' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const stored = await readStorage(fresh);
      expect(JSON.parse(stored['cc:applications'] ?? '{}')).toMatchObject({
        version: 1,
        data: { activeId: 'app-1' },
      });
      // Each stored value also names its write (`rev`, for two tabs): the data is what was exported.
      expect(JSON.parse(stored['cc:profile'] ?? '{}')).toMatchObject({ version: 1, data: PROFILE });
      expect(Object.keys(stored).filter((key) => key.startsWith('cc:backup:'))).toEqual([]);
      await fresh.goto('/follow-ups/');
      await waitForIslands(fresh);
      await expect(fresh.locator('main').getByText(APPLICATION.company).first()).toBeVisible();
      await fresh.goto('/tools/when-to-call/');
      await waitForIslands(fresh);
      await expect(fresh.getByLabel('Company')).toHaveValue(APPLICATION.company);
      await expect(fresh.getByLabel('Interview date')).toHaveValue(APPLICATION.interviewDate);
      check();
    } finally {
      await context.close();
    }
  });

  test('a preview can be cancelled: nothing changes', async ({ page }) => {
    await seedOnce(page, FULL_STORAGE);
    await openMyData(page);
    const before = await readStorage(page);
    const other = {
      type: 'callback-coach-data',
      version: 1,
      exportedAt: '2026-11-28T10:00:00.000Z',
      data: { progress: { done: [] } },
    };
    await importField(page).setInputFiles(file('other.json', JSON.stringify(other)));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('group', { name: 'Replace your data with this file?' })).toHaveCount(0);
    await expect(importField(page)).toBeFocused();
    await expect(importField(page)).toHaveValue('');
    expect(await readStorage(page)).toEqual(before);
    await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
  });

  const BAD_FILES = [
    {
      what: 'not JSON',
      text: 'Dear hiring manager,',
      error: 'This file is not a Callback Coach export: it is not a JSON file.',
    },
    {
      what: 'some other JSON',
      text: '{"name":"my-app","version":"1.0.0"}',
      error: 'This file is not a Callback Coach export or backup.',
    },
    {
      what: 'from a newer version',
      text: JSON.stringify({
        type: 'callback-coach-data',
        version: 99,
        exportedAt: '2030-01-01T00:00:00.000Z',
        data: {},
      }),
      error:
        'This file comes from a newer version of Callback Coach. Reload this page to get the newest version, then import the file again.',
    },
    {
      what: 'holding an invalid interview',
      text: JSON.stringify({
        type: 'callback-coach-data',
        version: 1,
        exportedAt: '2026-11-28T10:00:00.000Z',
        data: { applications: { items: [{ ...APPLICATION, company: 42 }], activeId: null } },
      }),
      error: /^The interview list in this file is not valid: interview 1, company should be text\.$/,
    },
  ];
  for (const { what, text, error } of BAD_FILES) {
    test(`a file ${what} gets an error next to the field and changes nothing`, async ({ page }) => {
      await seedOnce(page, FULL_STORAGE);
      await openMyData(page);
      const before = await readStorage(page);
      await importField(page).setInputFiles(file('export.json', text));
      await expect(importField(page)).toHaveAttribute('aria-invalid', 'true');
      await expect
        .poll(() => importError(page))
        .toMatch(typeof error === 'string' ? new RegExp(`^${escapeRegExp(error)}$`) : error);
      await expect(page.getByRole('button', { name: 'Replace my data' })).toHaveCount(0);
      expect(await readStorage(page)).toEqual(before);
      await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
    });
  }

  test('a file too big to be an export is refused before it is read', async ({ page }) => {
    await openMyData(page);
    await importField(page).setInputFiles(file('huge.json', Buffer.alloc(6 * 1024 * 1024, 0x20)));
    await expect
      .poll(() => importError(page))
      .toBe(
        'This file is 6.0 MB, too big to be a Callback Coach export: exports are well under 5 MB. Choose the file you exported.',
      );
  });

  test('a good file after a bad one clears the error', async ({ page }) => {
    await openMyData(page);
    await importField(page).setInputFiles(file('bad.json', '{'));
    await expect(importField(page)).toHaveAttribute('aria-invalid', 'true');
    const good = {
      type: 'callback-coach-data',
      version: 1,
      exportedAt: '2026-11-28T10:00:00.000Z',
      data: { profile: PROFILE },
    };
    await importField(page).setInputFiles(file('good.json', JSON.stringify(good)));
    await expect(importField(page)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field-error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Replace my data' }).click();
    expect(await page.locator('.my-data-facts').innerText()).toMatch(
      /Your details\s+your name, phone and email/,
    );
  });
});
