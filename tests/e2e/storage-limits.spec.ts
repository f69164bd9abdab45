import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  envelope,
  fillStorage,
  readStorage,
  seedOnce,
  throwOnStorageAccess,
  waitForIslands,
} from './data-helpers';
import { file, importField, openMyData, summary } from './my-data-page';

/**
 * Issue 17, on the built site: the size cap, backups that restore in one step, imports
 * that keep a copy of what they replace, data from a newer version left untouched and
 * said so, messages that match what was saved, ids and backup names that break nothing.
 */
const NOW = new Date('2026-11-28T10:00:00');

/** An interview as the tracker saves it. */
function interview(n: number, note = 'No answer; left the short message and my number.') {
  const id = `${n}`.padStart(20, '0');
  return {
    id,
    company: `Company ${n}`,
    jobTitle: 'Junior Accountant',
    interviewerName: 'Dana Lee',
    interviewDate: '2026-11-24',
    createdAt: '2026-11-24T10:00:00.000Z',
    log: [{ id: `${id}1`, kind: 'sent-email', date: '2026-11-25', note }],
  };
}

/** An export file of `count` interviews. */
function exportOf(count: number, note?: string): string {
  const items = Array.from({ length: count }, (_, n) => interview(n + 1, note));
  return JSON.stringify({
    type: 'callback-coach-data',
    version: 1,
    exportedAt: '2026-11-28T10:00:00.000Z',
    data: { applications: { items, activeId: items[0]?.id ?? null } },
  });
}

const TWO = envelope({ items: [interview(1), interview(2)], activeId: interview(1).id });

async function openTracker(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto('/follow-ups/');
  await expect(page.locator('.fu-loading')).toHaveCount(0);
}

test('an import over the size cap is refused before anything is replaced', async ({ page }) => {
  await seedOnce(page, { 'cc:applications': TWO });
  await openMyData(page);
  await importField(page).setInputFiles(file('big.json', exportOf(3000, 'n'.repeat(400))));
  await expect(page.locator('.field-error')).toContainText(
    'more than the 2 MB this browser keeps for it. In the browser it came from, export a copy to keep, delete interviews you have finished with',
  );
  await expect(page.getByRole('button', { name: 'Replace my data' })).toHaveCount(0);
  await page.reload();
  await waitForIslands(page);
  await expect(summary(page)).toContainText('2 interviews');
  expect((await readStorage(page))['cc:applications']).toBe(TWO);
});

test('2,000 interviews import, save and stay after a reload', async ({ page }) => {
  test.slow();
  await openMyData(page);
  await importField(page).setInputFiles(file('many.json', exportOf(2000)));
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.locator('.my-data-section .notice--success')).toContainText(
    'Done: your data now comes from many.json.',
  );
  await page.reload();
  await waitForIslands(page);
  await expect(summary(page)).toContainText('2000 interviews');
});

test('an import keeps a backup of what it replaces, and Restore brings it back', async ({ page }) => {
  await seedOnce(page, { 'cc:applications': TWO });
  await openMyData(page);
  await importField(page).setInputFiles(file('one.json', exportOf(1)));
  const preview = page.getByRole('group', { name: 'Replace your data with this file?' });
  await expect(preview).toContainText('a copy of what is saved now is kept under “Backups kept”');
  await preview.getByRole('button', { name: 'Replace my data' }).click();
  await expect(
    page.getByText('A copy of what it replaced is kept under “Backups kept”, with Restore.'),
  ).toBeVisible();
  await expect(summary(page)).toContainText('1 interview,');

  const backups = page.locator('.my-data-backup-list li');
  await expect(backups).toHaveCount(1);
  await expect(backups).toContainText('Interviews');
  await backups.getByRole('button', { name: /^Restore/ }).click();
  const restore = page.getByRole('group', { name: 'Restore this backup?' });
  await expect(restore).toContainText('Now in this browser1 interview');
  await expect(restore).toContainText('2 interviews');
  await expect(restore.getByRole('heading', { name: 'Restore this backup?' })).toBeFocused();
  await expectNoAxeViolations(page);
  await restore.getByRole('button', { name: 'Restore the backup' }).click();
  await expect(page.locator('.my-data-backups [role="status"]')).toContainText(
    'Done: your data now comes from the backup',
  );
  await expect(summary(page)).toContainText('2 interviews');
  await page.reload();
  await waitForIslands(page);
  await expect(summary(page)).toContainText('2 interviews');
});

test('a downloaded backup imports back through Import data', async ({ page }) => {
  const raw = envelope({ items: [interview(7)], activeId: null });
  await seedOnce(page, { 'cc:backup:applications:2026-11-20T08:00:00.000Z': raw });
  await openMyData(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download the backup/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('callback-coach-backup-applications-2026-11-20T08-00-00.json');
  const saved = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  await expect(importField(page)).toHaveAttribute('accept', /\.json/);
  await importField(page).setInputFiles(saved);
  const preview = page.getByRole('group', { name: 'Restore this backup?' });
  await preview.getByRole('button', { name: 'Restore the backup' }).click();
  await expect(summary(page)).toContainText('1 interview,');
  // An older .txt download (the raw stored text) is accepted too.
  await importField(page).setInputFiles({
    name: 'callback-coach-backup-applications-2026-11-20T08-00-00.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(envelope({ items: [interview(7), interview(8)], activeId: null })),
  });
  await page.getByRole('button', { name: 'Restore the backup', exact: true }).click();
  await expect(summary(page)).toContainText('2 interviews');
});

test('interviews saved by a newer version are left untouched, and adding says it was not added', async ({
  page,
}) => {
  const newer = envelope({ items: [], fromTheFuture: true }, 2);
  await seedOnce(page, { 'cc:applications': newer });
  await openTracker(page);
  await expect(page.locator('storage-notice [role="status"]')).toContainText(
    'saved by a newer version of Callback Coach; it is left untouched',
  );
  await expect(page.locator('storage-notice')).not.toContainText('reset');
  const form = page.locator('#fu-add-form');
  // Said where the user types, before anything is typed.
  await expect(form.locator('.notice--warning')).toContainText(
    'Your interviews in this browser were saved by a newer version of Callback Coach, so this page leaves them untouched: what you enter here is not saved.',
  );
  await form.getByLabel('Company').fill('New Co.');
  await form.getByLabel('Job title').fill('Analyst');
  await form.getByLabel("Interviewer's name").fill('Dana Lee');
  await form.getByLabel('Interview date', { exact: true }).fill('2026-11-24');
  await form.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.locator('.fu-message')).toContainText('New Co. was not added. Nothing was changed');
  await expect(page.locator('.fu-message')).not.toContainText('Added');
  // What was typed is still there, to copy elsewhere.
  await expect(form.getByLabel('Company')).toHaveValue('New Co.');
  expect((await readStorage(page))['cc:applications']).toBe(newer);
});

test('imported ids that would break selectors and element ids are re-keyed', async ({ page }) => {
  const items = ['a)b', '%', 'main', 'list'].map((id, n) => ({ ...interview(n + 1), id }));
  const text = JSON.stringify({
    type: 'callback-coach-data',
    version: 1,
    exportedAt: '2026-11-28T10:00:00.000Z',
    data: { applications: { items, activeId: 'a)b' } },
  });
  await openMyData(page);
  await importField(page).setInputFiles(file('ids.json', text));
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await expect(summary(page)).toContainText('4 interviews');
  const stored = JSON.parse((await readStorage(page))['cc:applications'] ?? '') as {
    data: { items: { id: string }[]; activeId: string };
  };
  for (const { id } of stored.data.items) expect(id).toMatch(/^[\w-]*\d[\w-]*$/);
  expect(stored.data.items.map((item) => item.id)).toContain(stored.data.activeId);
  await openTracker(page);
  await expect(page.getByRole('article')).toHaveCount(4);
  await expect(page.locator('[id="main"]')).toHaveCount(1);
});

test('backups named after built-in object properties show as data and can be deleted', async ({ page }) => {
  await seedOnce(page, {
    'cc:backup:constructor:2026-11-20T08:00:00.000Z': 'one',
    'cc:backup:__proto__:2026-11-21T08:00:00.000Z': 'two',
  });
  await openMyData(page);
  const backups = page.locator('.my-data-backup-list li');
  await expect(backups).toHaveCount(2);
  await expect(page.locator('.my-data-backups')).not.toContainText('function');
  await expect(backups.nth(0)).toContainText('__proto__');
  await expect(backups.nth(1)).toContainText('constructor');
  for (let left = 1; left >= 0; left--) {
    await backups
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(backups).toHaveCount(left);
  }
  const stored = await readStorage(page);
  expect(Object.keys(stored).filter((key) => key.startsWith('cc:backup:'))).toEqual([]);
});

test('after "Delete everything" no earlier message stays on screen', async ({ page }) => {
  await seedOnce(page, { 'cc:applications': TWO, 'cc:backup:progress:2026-11-20T08:00:00.000Z': '[[' });
  await openMyData(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  await downloading;
  await expect(page.getByText(/^Downloaded callback-coach-data-/)).toBeVisible();
  await page.getByRole('button', { name: 'Keep my data safe in this browser' }).click();
  await expect(page.locator('#keep-title ~ .my-data-message')).not.toBeEmpty();
  await expect(page.locator('.my-data-section').filter({ hasText: 'Delete all my data' })).toContainText(
    'The copies listed under “Backups kept” stay, so you can still restore one',
  );
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(
    page.getByText('Deleted: Callback Coach has nothing of yours saved in this browser now.'),
  ).toBeFocused();
  await expect(page.getByText(/^Downloaded callback-coach-data-/)).toHaveCount(0);
  await expect(page.locator('#keep-title ~ .my-data-message')).toBeEmpty();
  await expect(summary(page)).toContainText('0 interviews');
});

test('with storage full, My data says so at load, before anything is written', async ({ page }) => {
  await page.goto('/my-data/');
  await fillStorage(page);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('.my-data-status')).toContainText(
    'This browser’s storage is full: what you change now cannot be saved.',
  );
  await expect(page.locator('.my-data-status')).not.toContainText('Saving works');
});

test.describe('storage that throws on access', () => {
  test.beforeEach(({ page }) => throwOnStorageAccess(page));

  test('an import says it lasts only while the page is open, not until the tab is closed', async ({
    page,
  }) => {
    await openMyData(page);
    await importField(page).setInputFiles(file('one.json', exportOf(1)));
    await page.getByRole('button', { name: 'Replace my data' }).click();
    const done = page.locator('.my-data-section .notice--warning');
    await expect(done).toContainText(
      'Your data now comes from one.json, for this page only: this browser does not let Callback Coach save anything, so reloading or following a link loses it.',
    );
    await expect(done).not.toContainText('until you close');
  });
});
