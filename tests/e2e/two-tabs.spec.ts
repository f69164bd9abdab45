import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { envelope, seedOnce, waitForIslands } from './data-helpers';

/**
 * Issue 17.6: two tabs of the site open at once (two pages in one browser context share
 * localStorage and get each other's `storage` events). Writes merge interview by interview
 * and field by field; what one tab is typing survives the other tab's save; and no tab
 * says "Added" or "Logged" for something that is then lost.
 */
const NOW = new Date('2026-11-28T10:00:00');

async function openTracker(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto('/follow-ups/');
  await expect(page.locator('.fu-loading')).toHaveCount(0);
}

/** A second tab, in the same browser as the first. */
async function secondTab(context: BrowserContext): Promise<Page> {
  return context.newPage();
}

/** The companies saved in this browser, as either tab reads them now. */
async function storedCompanies(page: Page): Promise<string[]> {
  const raw = await page.evaluate(() => localStorage.getItem('cc:applications'));
  const data = (JSON.parse(raw ?? '{"data":{"items":[]}}') as { data: { items: { company: string }[] } })
    .data;
  return data.items.map((item) => item.company).sort();
}

async function fillAdd(page: Page, company: string): Promise<void> {
  const form = page.locator('#fu-add-form');
  if (!(await form.isVisible())) await page.getByRole('button', { name: 'Add an interview' }).click();
  await form.getByLabel('Company').fill(company);
  await form.getByLabel('Job title').fill('Analyst');
  await form.getByLabel("Interviewer's name").fill('Dana Lee');
  await form.getByLabel('Interview date', { exact: true }).fill('2026-11-24');
}

test('a half-filled first interview survives the other tab adding one', async ({ page, context }) => {
  await openTracker(page);
  const other = await secondTab(context);
  await openTracker(other);

  // Tab B starts its first interview…
  const formB = other.locator('#fu-add-form');
  await formB.getByLabel('Company').fill('Typed In B');
  await formB.getByLabel('Job title').fill('Bookkeeper');
  // …while tab A adds one.
  await fillAdd(page, 'Added In A');
  await page.locator('#fu-add-form').getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added Added In A.' })).toBeVisible();

  await expect(other.getByRole('article', { name: /^Added In A/ })).toBeVisible();
  await expect(formB.getByLabel('Company')).toHaveValue('Typed In B');
  await expect(formB.getByLabel('Job title')).toHaveValue('Bookkeeper');
  await formB.getByLabel("Interviewer's name").fill('Sam Park');
  await formB.getByLabel('Interview date', { exact: true }).fill('2026-11-25');
  await formB.getByRole('button', { name: 'Add interview' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Added Typed In B.' })).toBeVisible();

  // Tab A's storage hears tab B's write a moment later.
  await expect.poll(() => storedCompanies(page)).toEqual(['Added In A', 'Typed In B']);
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(2);
});

test('two tabs adding an interview at the same moment keep both', async ({ page, context }) => {
  await openTracker(page);
  const other = await secondTab(context);
  await openTracker(other);
  await fillAdd(page, 'First Co');
  await fillAdd(other, 'Second Co');
  await Promise.all([
    page.locator('#fu-add-form').getByRole('button', { name: 'Add interview' }).click(),
    other.locator('#fu-add-form').getByRole('button', { name: 'Add interview' }).click(),
  ]);
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(other.getByRole('article')).toHaveCount(2);
  await expect.poll(() => storedCompanies(page)).toEqual(['First Co', 'Second Co']);
  await other.reload();
  await expect(other.getByRole('article')).toHaveCount(2);
});

test('two tabs logging at the same moment keep both entries', async ({ page, context }) => {
  const item = {
    id: 'app-1',
    company: 'Acme',
    jobTitle: 'Analyst',
    interviewerName: 'Dana Lee',
    interviewDate: '2026-11-20',
    createdAt: '2026-11-20T10:00:00.000Z',
  };
  await seedOnce(page, { 'cc:applications': envelope({ items: [item], activeId: 'app-1' }) });
  await openTracker(page);
  const other = await secondTab(context);
  await openTracker(other);
  for (const [tab, kind] of [
    [page, 'Left a voicemail'],
    [other, 'Sent an email'],
  ] as const) {
    const card = tab.getByRole('article', { name: /^Acme/ });
    await card.getByRole('button', { name: /^Log what happened/ }).click();
    await card.getByLabel('What happened').selectOption({ label: kind });
  }
  await Promise.all(
    [page, other].map((tab) =>
      tab.getByRole('article', { name: /^Acme/ }).getByRole('button', { name: 'Add to log' }).click(),
    ),
  );
  // Both tabs settle on storage holding both entries (a tab that lost the race merges
  // its entry back in), and both entries survive a reload.
  for (const tab of [page, other]) {
    await expect
      .poll(() => tab.evaluate(() => localStorage.getItem('cc:applications')))
      .toMatch(/left-voicemail.*sent-email|sent-email.*left-voicemail/);
  }
  for (const tab of [page, other]) await tab.reload();
  for (const tab of [page, other]) {
    await expect(tab.locator('.fu-loading')).toHaveCount(0);
    const log = await tab.evaluate(() => localStorage.getItem('cc:applications'));
    expect(log).toContain('left-voicemail');
    expect(log).toContain('sent-email');
    await expect(tab.getByRole('article', { name: /^Acme/ }).locator('.fu-entry')).toHaveCount(2);
  }
});

test('My data in one tab follows a lesson ticked in the other', async ({ page, context }) => {
  await page.goto('/my-data/');
  await waitForIslands(page);
  const other = await secondTab(context);
  await other.goto('/lessons/when-to-call/');
  await other.getByRole('button', { name: 'Mark as done' }).click();
  await expect(other.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.my-data-summary')).toContainText(/\b1 of \d+ lessons done/);
});

test('typing the same script builder field in two tabs never mixes the two names', async ({
  page,
  context,
}) => {
  await page.goto('/tools/script-builder/');
  await waitForIslands(page);
  const other = await secondTab(context);
  await other.goto('/tools/script-builder/');
  await waitForIslands(other);
  const nameA = page.locator('#sb-full-name');
  const nameB = other.locator('#sb-full-name');

  // A tab that is not typing follows the other tab's save…
  await nameA.press('A');
  await expect(nameB).toHaveValue('A');
  // …but once both are typing, letter by letter in turn, neither takes the other's letters.
  await nameB.fill('');
  for (const [a, b] of [...'lice'].map((letter, i) => [letter, 'Bob_'[i]!] as const)) {
    await nameA.press(a);
    if (b !== '_') await nameB.press(b);
  }
  await expect(nameA).toHaveValue('Alice');
  await expect(nameB).toHaveValue('Bob');

  // What is saved is one whole name, the last one written (which tab's last keystroke or
  // leaving reached storage last depends on when each tab hears the other): never a mix.
  await nameB.blur();
  await nameA.blur();
  await other.reload();
  await expect(other.locator('#sb-full-name')).toHaveValue(/^(Alice|Bob)$/);
});
