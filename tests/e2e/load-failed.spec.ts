import type { Page } from '@playwright/test';
import { APPLICATION, envelope, seedApplications, seedEveryLoad, waitForIslands } from './data-helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Code loaded on an action that cannot load (offline before the site was saved for
 * offline use, or a tab left open across a new version whose old files are gone): the
 * page says so where the part would be, with Try again, and nothing saved is touched.
 */
const NOW = new Date('2026-11-28T10:00:00');
const FAILED =
  'Part of this page could not load. Check your connection, then try again or reload the page. Nothing you saved is lost.';

// No service worker, so page.route decides what arrives (a worker would answer first).
test.use({
  serviceWorkers: 'block',
  // The blocked file, as the browser reports it.
  expectedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/],
});

/** Block (until the returned function is called) the files whose names start with `name`. */
async function block(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = `**/_astro/${name}.*`;
  await page.route(pattern, (route) => route.abort());
  return () => page.unroute(pattern);
}

const savedApplications = (page: Page) => page.evaluate(() => localStorage.getItem('cc:applications'));

test('the tracker’s add form: says it could not load, then Try again brings it', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('follow-ups/');
  // An empty tracker shows its add form at once: add one interview, so the form waits for its button.
  const form = page.locator('#fu-add-form');
  await form.getByLabel('Company').fill('Greenway Dental');
  await form.getByLabel('Job title').fill('Office Manager');
  await form.getByLabel("Interviewer's name").fill('Mr. Okafor');
  await form.getByLabel('Interview date', { exact: true }).fill('2026-11-17');
  await form.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('article', { name: /^Greenway Dental/ })).toBeVisible();
  const saved = await savedApplications(page);

  // A fresh visit whose forms' file cannot be fetched.
  const unblock = await block(page, 'forms');
  await page.reload();
  const toggle = page.getByRole('button', { name: 'Add an interview' });
  await toggle.click();
  await expect(form.getByRole('alert')).toHaveText(FAILED);
  await expect(form.getByText('Loading the form…')).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expectNoAxeViolations(page);

  // Back online: Tab reaches Try again, and Enter brings the form, focus on its first field.
  await unblock();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Company')).toBeFocused();
  await expect(form.getByRole('alert')).toHaveCount(0);
  expect(await savedApplications(page)).toBe(saved);
});

test('the calculator’s calendar file: says so beside the button, then Try again downloads', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const unblock = await block(page, 'reminders');
  await page.goto('tools/when-to-call/');
  // Typed before the island wakes, the date would arrive without the focus that loads the reminder.
  await waitForIslands(page);
  await page.getByLabel('Interview date').fill('2026-11-17');
  const reminder = page.locator('.wtc-reminder');
  const add = reminder.getByRole('button', { name: 'Add to calendar' });
  await add.scrollIntoViewIfNeeded();
  await add.click();
  await expect(reminder.getByRole('alert')).toHaveText(FAILED);
  const saved = await savedApplications(page);

  await unblock();
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Try again' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.ics$/);
  await expect(reminder.getByRole('alert')).toHaveCount(0);
  await expect(add).toBeFocused();
  expect(await savedApplications(page)).toBe(saved);
});

test('the stale-day check: an edited voicemail is said to be unchecked, not waved through', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await seedApplications(page, [
    {
      ...APPLICATION,
      scripts: { voicemail: 'Hello, this is Ada. We met yesterday about the analyst role.' },
    },
  ]);
  const unblock = await block(page, 'stale-day');
  await page.goto('tools/when-to-call/');
  // The reminder loads as it nears the view.
  await page.locator('.site-footer').scrollIntoViewIfNeeded();
  const reminder = page.locator('.wtc-reminder');
  const warning = reminder.locator('#wtc-stale-voicemail');
  await expect(warning).toContainText('your words were not checked for days like “yesterday”');
  await expect(reminder.getByRole('button', { name: 'Add to calendar' })).toHaveAttribute(
    'aria-describedby',
    'wtc-stale-voicemail',
  );
  await expectNoAxeViolations(page);

  // Reloaded with the check's file back, the real check names the stale word.
  await unblock();
  await page.reload();
  await page.locator('.site-footer').scrollIntoViewIfNeeded();
  await expect(warning).toContainText('your text says “yesterday”');
});

test('the practice result: the run is saved and announced, the result says it could not load, Try again shows it', async ({
  page,
}) => {
  await seedEveryLoad(page, {
    'cc:settings': envelope({ theme: 'system', sound: false, leadIn: false, targetSeconds: 10 }),
  });
  const unblock = await block(page, 'Result');
  await page.goto('tools/practice/');
  await expect(page.locator('.practice[data-ready]')).toBeAttached();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(1_500);
  await page.getByRole('button', { name: 'Stop' }).click();
  const practice = page.locator('.practice');
  await expect(practice.getByRole('alert')).toHaveText(FAILED);
  await expect(practice.getByRole('status').first()).toHaveText(/^Stopped at /);
  const runs = await page.evaluate(() => localStorage.getItem('cc:practice'));
  expect(runs).toContain('"runs":[{');
  await expectNoAxeViolations(page);

  await unblock();
  await practice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('region', { name: /^Your last run/ })).toBeVisible();
  await expect(practice.getByRole('alert')).toHaveCount(0);
});

test('the tracker’s downloads: say they could not load in their section, then Try again brings them', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await seedApplications(page, [APPLICATION]);
  const unblock = await block(page, 'ExportActions');
  await page.goto('follow-ups/');
  const section = page.getByRole('region', { name: 'Keep a copy' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('alert')).toHaveText(FAILED);
  await expect(section.getByText('Loading the downloads…')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await unblock();
  await section.getByRole('button', { name: 'Try again' }).click();
  await expect(section.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
});
