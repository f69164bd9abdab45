import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  APPLICATION, FULL_STORAGE, FULL_SUMMARY, PROFILE, builtToolPaths, envelope, readStorage, seedOnce, waitForIslands,
  watchedPage,
} from './data-helpers';

/**
 * The My data page: what is stored in words, backups, export, import (with its
 * preview, errors and confirm), delete all, the Safari advice and the privacy promise.
 */
const EMPTY_SUMMARY = '0 interviews, 0 practice runs, 0 of 6 lessons done';
const BACKUP_KEY = 'cc:backup:progress:2026-11-20T08:00:00.000Z';

const summary = (page: Page) => page.locator('.my-data-summary');
const importField = (page: Page) => page.getByLabel('Export file');

async function openMyData(page: Page): Promise<void> {
  await page.goto('/my-data/');
  await waitForIslands(page);
}

/** `text` as a regular expression matching it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A file for the import field. */
function file(name: string, text: string | Buffer) {
  return { name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text };
}

/** The error the import field names in its aria-describedby. */
async function importError(page: Page): Promise<string> {
  const ids = (await importField(page).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').map((id) => page.locator(`[id="${id}"].field-error`).allInnerTexts()));
  return texts.flat().join(' ');
}

test.describe('what is stored', () => {
  test('an empty browser: nothing stored, saving works', async ({ page }) => {
    await openMyData(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My data');
    await expect(summary(page)).toHaveText(`${EMPTY_SUMMARY}.`);
    expect(await page.locator('.my-data-facts').innerText()).toMatch(/Your details\s+not filled in/);
    await expect(page.getByText('Saving works: what you enter is kept in this browser')).toBeVisible();
    await expect(page.getByText('None: everything saved here could be read.')).toBeVisible();
    await expect(page.locator('storage-notice')).not.toHaveAttribute('data-open', '');
  });

  test('a returning visitor: counts, details, settings and backups in words', async ({ page }) => {
    await seedOnce(page, FULL_STORAGE);
    await openMyData(page);
    await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
    const facts = page.locator('.my-data-facts');
    expect(await facts.innerText()).toMatch(/Your details\s+your name, phone and email/);
    expect(await facts.innerText()).toMatch(/Settings\s+dark theme, sound off, countdown on, 15-second voicemail target/);
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
    expect(download.suggestedFilename()).toBe('callback-coach-backup-progress-2026-11-20T08-00-00.txt');
    expect(await readFile(await download.path(), 'utf8')).toBe(FULL_STORAGE[BACKUP_KEY]);

    await page.getByRole('button', { name: /^Delete the backup: Lesson progress/ }).click();
    await expect(page.getByText(/^Deleted the backup of lesson progress/)).toBeVisible();
    await expect(page.getByText('None: everything saved here could be read.')).toBeVisible();
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

test.describe('export and import', () => {
  test('an exported file brings everything back in a fresh browser', async ({ page, browser, baseURL }) => {
    await seedOnce(page, FULL_STORAGE);
    await page.goto('/lessons/tone-of-voice/');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await openMyData(page);
    await expect(summary(page)).toHaveText('2 interviews (1 archived), 2 practice runs, 3 of 6 lessons done.');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^callback-coach-data-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.getByText(`Downloaded ${download.suggestedFilename()}.`, { exact: false })).toBeVisible();
    const saved = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    const exported = JSON.parse(await readFile(saved, 'utf8')) as { type: string; version: number; data: Record<string, unknown> };
    expect(exported).toMatchObject({ type: 'callback-coach-data', version: 1, data: { profile: PROFILE } });

    const context = await browser.newContext({ baseURL: baseURL ?? '' });
    try {
      const { page: fresh, check } = await watchedPage(context, new URL(baseURL ?? '').origin);
      await openMyData(fresh);
      await expect(summary(fresh)).toHaveText(`${EMPTY_SUMMARY}.`);
      await importField(fresh).setInputFiles(saved);
      const preview = fresh.getByRole('group', { name: 'Replace your data with this file?' });
      await expect(preview).toBeVisible();
      await expect(fresh.getByRole('heading', { name: 'Replace your data with this file?' })).toBeFocused();
      expect(await preview.innerText()).toContain(`Now in this browser\n${EMPTY_SUMMARY}; details: not filled in`);
      expect(await preview.innerText()).toContain(
        `In ${download.suggestedFilename()}\n2 interviews (1 archived), 2 practice runs, 3 of 6 lessons done; details: your name, phone and email`,
      );
      await preview.getByRole('button', { name: 'Replace my data' }).click();
      await expect(fresh.getByText(`Done: your data now comes from ${download.suggestedFilename()}.`)).toBeFocused();
      await expect(summary(fresh)).toHaveText('2 interviews (1 archived), 2 practice runs, 3 of 6 lessons done.');
      await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'dark');

      // The data is really saved: it is there on other pages, after a reload.
      await fresh.goto('/lessons/tone-of-voice/');
      await expect(fresh.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'true');
      const stored = await readStorage(fresh);
      expect(JSON.parse(stored['cc:applications'] ?? '{}')).toMatchObject({ version: 1, data: { activeId: 'app-1' } });
      expect(JSON.parse(stored['cc:profile'] ?? '{}')).toEqual({ version: 1, data: PROFILE });
      expect(Object.keys(stored).filter((key) => key.startsWith('cc:backup:'))).toEqual([]);
      if ((await builtToolPaths(fresh)).includes('/tools/when-to-call/')) {
        await fresh.goto('/tools/when-to-call/');
        await waitForIslands(fresh);
        await expect(fresh.getByLabel('Company')).toHaveValue(APPLICATION.company);
        await expect(fresh.getByLabel('Interview date')).toHaveValue(APPLICATION.interviewDate);
      }
      check();
    } finally {
      await context.close();
    }
  });

  test('a preview can be cancelled: nothing changes', async ({ page }) => {
    await seedOnce(page, FULL_STORAGE);
    await openMyData(page);
    const before = await readStorage(page);
    const other = { type: 'callback-coach-data', version: 1, exportedAt: '2026-11-28T10:00:00.000Z', data: { progress: { done: [] } } };
    await importField(page).setInputFiles(file('other.json', JSON.stringify(other)));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('group', { name: 'Replace your data with this file?' })).toHaveCount(0);
    await expect(importField(page)).toBeFocused();
    await expect(importField(page)).toHaveValue('');
    expect(await readStorage(page)).toEqual(before);
    await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
  });

  const BAD_FILES = [
    { what: 'not JSON', text: 'Dear hiring manager,', error: 'This file is not a Callback Coach export: it is not a JSON file.' },
    { what: 'some other JSON', text: '{"name":"my-app","version":"1.0.0"}', error: 'This file is not a Callback Coach export.' },
    {
      what: 'from a newer version',
      text: JSON.stringify({ type: 'callback-coach-data', version: 99, exportedAt: '2030-01-01T00:00:00.000Z', data: {} }),
      error: 'This file comes from a newer version of Callback Coach. Reload this page to get the newest version, then import the file again.',
    },
    {
      what: 'holding an invalid interview',
      text: JSON.stringify({
        type: 'callback-coach-data', version: 1, exportedAt: '2026-11-28T10:00:00.000Z',
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
      await expect.poll(() => importError(page)).toMatch(typeof error === 'string' ? new RegExp(`^${escapeRegExp(error)}$`) : error);
      await expect(page.getByRole('button', { name: 'Replace my data' })).toHaveCount(0);
      expect(await readStorage(page)).toEqual(before);
      await expect(summary(page)).toHaveText(`${FULL_SUMMARY}.`);
    });
  }

  test('a file too big to be an export is refused before it is read', async ({ page }) => {
    await openMyData(page);
    await importField(page).setInputFiles(file('huge.json', Buffer.alloc(6 * 1024 * 1024, 0x20)));
    await expect.poll(() => importError(page)).toBe(
      'This file is 6.0 MB, too big to be a Callback Coach export: exports are well under 5 MB. Choose the file you exported.',
    );
  });

  test('a good file after a bad one clears the error', async ({ page }) => {
    await openMyData(page);
    await importField(page).setInputFiles(file('bad.json', '{'));
    await expect(importField(page)).toHaveAttribute('aria-invalid', 'true');
    const good = { type: 'callback-coach-data', version: 1, exportedAt: '2026-11-28T10:00:00.000Z', data: { profile: PROFILE } };
    await importField(page).setInputFiles(file('good.json', JSON.stringify(good)));
    await expect(importField(page)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field-error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Replace my data' }).click();
    expect(await page.locator('.my-data-facts').innerText()).toMatch(/Your details\s+your name, phone and email/);
  });
});

test.describe('delete all my data', () => {
  test('asks first; "Keep my data" changes nothing', async ({ page }) => {
    await seedOnce(page, FULL_STORAGE);
    await openMyData(page);
    const before = await readStorage(page);
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    const confirm = page.getByRole('group', { name: /^Delete everything Callback Coach saved in this browser\?/ });
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
    await expect(page.getByText('Deleted: Callback Coach has nothing of yours saved in this browser now.')).toBeFocused();
    await expect(summary(page)).toHaveText(`${EMPTY_SUMMARY}.`);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await readStorage(page)).toEqual({ [BACKUP_KEY]: FULL_STORAGE[BACKUP_KEY], 'another-site-key': 'kept' });
    await page.reload();
    await waitForIslands(page);
    await expect(summary(page)).toHaveText(`${EMPTY_SUMMARY}.`);
    await expect(page.locator('.my-data-backup-list li')).toHaveCount(1);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe empty, with data, with an import error, a preview and the delete confirm (${scheme})`, async ({ page }) => {
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

      const good = { type: 'callback-coach-data', version: 1, exportedAt: '2026-11-28T10:00:00.000Z', data: {} };
      await importField(page).setInputFiles(file('good.json', JSON.stringify(good)));
      await expect(page.getByRole('button', { name: 'Replace my data' })).toBeVisible();
      await test.step('with the import preview', () => expectNoAxeViolations(page));

      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await expect(page.getByRole('button', { name: 'Delete everything' })).toBeVisible();
      await test.step('with the delete confirm', () => expectNoAxeViolations(page));
    });
  }
});

test.describe('privacy', () => {
  const MARKER = 'zq-marker-7351';
  const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'password', '']);
  const RISKY = /delete|remove|reset|replace|clear|discard|archive|erase/i;

  /** Open every disclosure, then type the marker into every text field on the page. */
  async function typeMarker(page: Page): Promise<number> {
    for (const summaryLine of await page.locator('main details:not([open]) > summary').all()) {
      await summaryLine.click().catch(() => {});
    }
    let typed = 0;
    for (const field of await page.locator('input:visible, textarea:visible').all()) {
      const kind = await field.evaluate((el) => (el instanceof HTMLInputElement ? el.getAttribute('type') ?? '' : 'textarea'));
      if (kind !== 'textarea' && !TEXT_TYPES.has(kind)) continue;
      if (!(await field.isEditable())) continue;
      await field.fill(`${MARKER} ${typed}`);
      await field.blur();
      typed++;
    }
    return typed;
  }

  /** Click every visible, enabled button in the main content that neither deletes nor navigates. */
  async function clickButtons(page: Page, path: string): Promise<void> {
    const count = await page.locator('main button').count();
    for (let i = 0; i < count; i++) {
      const button = page.locator('main button').nth(i);
      if (!(await button.isVisible().catch(() => false)) || !(await button.isEnabled().catch(() => false))) continue;
      const name = (await button.innerText().catch(() => '')) || ((await button.getAttribute('aria-label')) ?? '');
      if (RISKY.test(name)) continue;
      await button.click({ timeout: 2_000 }).catch(() => {});
      await page.keyboard.press('Escape');
      if (new URL(page.url()).pathname !== path) await page.goto(path);
    }
  }

  test('nothing typed is sent anywhere, and no request leaves the site', async ({ page, context }) => {
    test.slow();
    const leaks: string[] = [];
    context.on('request', (request) => {
      const text = `${request.url()}\n${request.postData() ?? ''}\n${JSON.stringify(request.headers())}`;
      if (text.includes(MARKER)) leaks.push(`${request.method()} ${request.url()}`);
    });
    const tools = await builtToolPaths(page);
    for (const path of [...tools, '/my-data/']) {
      await test.step(path, async () => {
        await page.goto(path);
        await waitForIslands(page);
        expect(await typeMarker(page)).toBeGreaterThan(0);
        await clickButtons(page, path);
        await typeMarker(page);
        await page.reload();
        await waitForIslands(page);
      });
    }
    if (tools.length > 0) expect(JSON.stringify(await readStorage(page))).toContain(MARKER);
    expect(leaks).toEqual([]);
  });
});

test.describe('a returning visitor', () => {
  const SEEDED = {
    'cc:profile': envelope(PROFILE),
    'cc:applications': envelope({ items: [APPLICATION], activeId: APPLICATION.id }),
  };

  test('the script builder shows their fields and links right after hydration', async ({ page }) => {
    test.skip(!(await builtToolPaths(page)).includes('/tools/script-builder/'), 'the script builder is not in this build yet');
    await seedOnce(page, SEEDED);
    await page.goto('/tools/script-builder/');
    await waitForIslands(page);
    const values = await page.locator('main input, main textarea').evaluateAll((fields) =>
      fields.map((field) => (field as HTMLInputElement).value),
    );
    expect(values).toEqual(expect.arrayContaining([PROFILE.fullName, APPLICATION.company]));
    const email = page.getByRole('tab', { name: 'Email', exact: true });
    if ((await email.count()) > 0) await email.click();
    const mailto = page.locator('main a[href^="mailto:"]').first();
    await expect(mailto).toHaveAttribute('href', new RegExp(`^mailto:${escapeRegExp(APPLICATION.interviewerEmail)}\\?subject=`));
    expect(decodeURIComponent((await mailto.getAttribute('href')) ?? '')).toContain(PROFILE.fullName);
  });

  test('the calculator shows their interview right after hydration', async ({ page }) => {
    test.skip(!(await builtToolPaths(page)).includes('/tools/when-to-call/'), 'the calculator is not in this build yet');
    await seedOnce(page, SEEDED);
    await page.goto('/tools/when-to-call/');
    await waitForIslands(page);
    await expect(page.getByLabel('Interview date')).toHaveValue(APPLICATION.interviewDate);
    await expect(page.getByLabel('Company')).toHaveValue(APPLICATION.company);
  });
});
