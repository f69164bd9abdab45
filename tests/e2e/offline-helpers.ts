import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Visit `path` once and wait until the service worker has precached the site and controls the page. */
export async function installOfflineCopy(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // `ready` resolves once the worker is active, which is after it has precached everything;
  // clientsClaim then makes it control this page without a reload.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The first field in the page's main content that takes typing (not a checkbox or a button). */
export function firstTypingField(page: Page): Locator {
  const skipped = [
    'checkbox',
    'radio',
    'hidden',
    'button',
    'submit',
    'reset',
    'file',
    'range',
    'color',
    'image',
  ];
  const input = `input:not(${skipped.map((type) => `[type=${type}]`).join(', ')})`;
  return page.locator(`main :is(textarea, ${input}):visible:enabled`).first();
}

/** Type a value that suits the field, and check the field kept it. */
export async function expectTypingWorks(field: Locator): Promise<void> {
  const type = (await field.getAttribute('type')) ?? 'text';
  const numeric = type === 'number' || (await field.getAttribute('inputmode')) === 'numeric';
  const samples: Record<string, string> = {
    date: '2030-03-11',
    time: '10:30',
    'datetime-local': '2030-03-11T10:30',
  };
  const value = samples[type] ?? (numeric ? '12' : 'Acme');
  if (samples[type]) {
    await field.fill(value);
  } else {
    await field.click();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(value);
  }
  await expect(field).toHaveValue(value);
}
