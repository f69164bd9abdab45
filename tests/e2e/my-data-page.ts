/** The My data page, for its tests: opening it, its summary and import field, files to import. */
import type { Page } from '@playwright/test';
import { waitForIslands } from './data-helpers';
import { lessonsDone } from './course';

/** What My data says with nothing stored. */
export const EMPTY_SUMMARY = `0 interviews, 0 practice runs, ${lessonsDone(0)}`;
/** The backup kept in FULL_STORAGE. */
export const BACKUP_KEY = 'cc:backup:progress:2026-11-20T08:00:00.000Z';

/** The sentence counting what is stored. */
export const summary = (page: Page) => page.locator('.my-data-summary');
/** The import's file field. */
export const importField = (page: Page) => page.getByLabel('Export or backup file');

/** Open My data and wait for it to hydrate. */
export async function openMyData(page: Page): Promise<void> {
  await page.goto('/my-data/');
  await waitForIslands(page);
}

/** `text` as a regular expression matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A file for the import field. */
export function file(name: string, text: string | Buffer) {
  return { name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text };
}

/** The error the import field names in its aria-describedby. */
export async function importError(page: Page): Promise<string> {
  const ids = (await importField(page).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids.split(' ').map((id) => page.locator(`[id="${id}"].field-error`).allInnerTexts()),
  );
  return texts.flat().join(' ');
}
