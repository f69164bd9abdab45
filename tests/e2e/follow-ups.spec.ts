import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The follow-up tracker in a real browser, under a fixed clock: Saturday, November 28,
 * 2026. Nothing is due on a weekend (calls move to Monday), so "Due today" stays empty.
 */
const NOW = new Date('2026-11-28T10:00:00');
const TRACKER = 'follow-ups/';

interface Interview {
  company: string;
  jobTitle: string;
  interviewer: string;
  date: string;
  given?: { date: string; meaning: 'Call me on this day' | 'We will decide by this day' };
}

// In the window (call on Monday), past the window (overdue), and a decision date two weeks away.
const GREENWAY: Interview = {
  company: 'Greenway Dental',
  jobTitle: 'Office Manager',
  interviewer: 'Mr. Okafor',
  date: '2026-11-17',
};
const BLUE_BAY: Interview = {
  company: 'Blue Bay Hotel',
  jobTitle: 'Front Desk Agent',
  interviewer: 'Ms. Lee',
  date: '2026-11-10',
};
const HARBOR: Interview = {
  company: 'Harbor Clinic, Inc.',
  jobTitle: '=Receptionist',
  interviewer: 'Dr. Park',
  date: '2026-11-26',
  given: { date: '2026-12-11', meaning: 'We will decide by this day' },
};

async function openTracker(page: Page, hash = ''): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto(TRACKER + hash);
  await expect(page.locator('.fu-loading')).toHaveCount(0);
}

const card = (page: Page, company: string): Locator =>
  page.getByRole('article', { name: new RegExp(`^${company.replace(/[.,]/g, '\\$&')}`) });

async function addInterview(page: Page, interview: Interview): Promise<void> {
  const form = page.locator('#fu-add-form');
  if (!(await form.isVisible())) await page.getByRole('button', { name: 'Add an interview' }).click();
  await form.getByLabel('Company').fill(interview.company);
  await form.getByLabel('Job title').fill(interview.jobTitle);
  await form.getByLabel("Interviewer's name").fill(interview.interviewer);
  await form.getByLabel('Interview date', { exact: true }).fill(interview.date);
  if (interview.given) {
    await form.getByLabel('Date they gave you (optional)').fill(interview.given.date);
    await form.getByLabel(interview.given.meaning).check();
  }
  await form.getByRole('button', { name: 'Add interview' }).click();
  await expect(card(page, interview.company).getByRole('heading', { level: 3 })).toBeFocused();
}

type StoredItem = { id: string; company: string; interviewDate: string; log: unknown[] };

/** The saved applications, as the page stored them. */
async function storedItems(page: Page): Promise<StoredItem[]> {
  const raw = await page.evaluate(() => localStorage.getItem('cc:applications'));
  return raw ? (JSON.parse(raw) as { data: { items: StoredItem[] } }).data.items : [];
}

/** A strict RFC 4180 reader (rows end in CRLF; quoted cells may hold anything). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const pattern = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/gy;
  let row: string[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const cell = match[1] ?? '';
    row.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
    if (match[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
    if (pattern.lastIndex === text.length) break;
  }
  expect(pattern.lastIndex, 'the whole file parses').toBe(text.length);
  return rows;
}

test('three interviews: sorted by next action, summarised on the home page, followed by the tools', async ({
  page,
}) => {
  await openTracker(page);
  await expect(page.getByText('No interviews yet.')).toBeVisible();
  for (const interview of [GREENWAY, BLUE_BAY, HARBOR]) await addInterview(page, interview);

  const headings = page.locator('.fu-list h3');
  await expect(headings).toHaveText([/^Blue Bay Hotel/, /^Greenway Dental/, /^Harbor Clinic, Inc\./]);
  await expect(card(page, BLUE_BAY.company).locator('.fu-when')).toHaveText(
    'Overdue since Tuesday, November 24',
  );
  await expect(card(page, GREENWAY.company).locator('.fu-when')).toHaveText('Next: Monday, November 30');
  await expect(card(page, HARBOR.company).locator('.fu-when')).toHaveText('Next: Tuesday, December 15');
  await expect(card(page, HARBOR.company).getByText('Active', { exact: true })).toBeVisible();
  const ids = Object.fromEntries((await storedItems(page)).map((item) => [item.company, item.id]));

  await page.goto('');
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.getByRole('heading', { name: 'Overdue (1)' })).toBeVisible();
  await expect(today.getByRole('heading', { name: 'Coming up in the next 7 days (1)' })).toBeVisible();
  await expect(today.getByRole('heading', { name: /Due today/ })).toHaveCount(0);
  await expect(today.getByRole('link', { name: 'Blue Bay Hotel' })).toHaveAttribute(
    'href',
    `/follow-ups/#fu-card-${ids[BLUE_BAY.company]}`,
  );
  await expect(today.getByRole('listitem')).toHaveText([
    'Blue Bay Hotel: Call or email, overdue since Tuesday, November 24',
    'Greenway Dental: Call on Monday, November 30',
  ]);
  await expectNoAxeViolations(page);

  // The link lands on the card, once the list has been drawn.
  await today.getByRole('link', { name: 'Greenway Dental' }).click();
  await expect(page).toHaveURL(new RegExp(`/follow-ups/#fu-card-${ids[GREENWAY.company]}$`));
  const greenway = card(page, GREENWAY.company);
  await expect(greenway.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(greenway.locator('.fu-headline')).toHaveText('Time to call');

  // A voicemail: no more calls; wait, then email, and keep applying.
  await greenway.getByRole('button', { name: /^Log what happened/ }).click();
  await expect(greenway.getByLabel('What happened')).toBeFocused();
  await greenway.getByLabel('What happened').selectOption({ label: 'Left a voicemail' });
  await expect(greenway.getByLabel('Date', { exact: true })).toHaveValue('2026-11-28');
  await greenway.getByRole('button', { name: 'Add to log' }).click();
  await expect(greenway.locator('.fu-headline')).toHaveText('You left a voicemail');
  await expect(greenway.locator('.fu-sentence')).toHaveText(
    "You left a voicemail today, so don't call again. If they haven't called back by Monday, December 7, send a short email; meanwhile, keep applying.",
  );
  await expect(greenway.locator('.fu-entries li')).toHaveText([/Sat, Nov 28\s*Left a voicemail/]);
  await expect(page.locator('.fu-message')).toHaveText('Logged “Left a voicemail” for Greenway Dental.');

  // Make one active: the tools work on it.
  await card(page, BLUE_BAY.company).getByRole('button', { name: 'Make active for Blue Bay Hotel' }).click();
  await expect(card(page, BLUE_BAY.company).getByText('Active', { exact: true })).toBeVisible();
  await expect(card(page, HARBOR.company).getByText('Active', { exact: true })).toHaveCount(0);
  await card(page, GREENWAY.company).getByRole('link', { name: 'Open script for Greenway Dental' }).click();
  await expect(page).toHaveURL(/\/tools\/script-builder\/$/);
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue(GREENWAY.company);
});

test.describe('with three interviews saved', () => {
  test.beforeEach(async ({ page }) => {
    await openTracker(page);
    for (const interview of [GREENWAY, BLUE_BAY, HARBOR]) await addInterview(page, interview);
  });

  test('exports a CSV that parses back, and one calendar with every next action', async ({ page }) => {
    await card(page, BLUE_BAY.company).getByRole('button', { name: 'Archive for Blue Bay Hotel' }).click();
    await expect(page.getByRole('button', { name: 'Archived (1)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toBe('follow-ups-2026-11-28.csv');
    const csv = await readFile(await csvFile.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'Company',
      'Job title',
      'Interviewer',
      'Interviewer email',
      'Interviewer phone',
      'Interview date',
      'Date they gave',
      'What that date means',
      'Status',
      'Archived',
      'Activity date',
      'Activity',
      'Note',
    ]);
    const byCompany = Object.fromEntries(rows.map((row): [string, string[]] => [row[0] ?? '', row]));
    expect(Object.keys(byCompany).sort()).toEqual([BLUE_BAY.company, GREENWAY.company, HARBOR.company]);
    expect(byCompany[HARBOR.company]?.slice(1, 10)).toEqual([
      "'=Receptionist",
      'Dr. Park',
      '',
      '',
      '2026-11-26',
      '2026-12-11',
      'We will decide by this day',
      'Too soon to call',
      'No',
    ]);
    expect(byCompany[BLUE_BAY.company]?.[9]).toBe('Yes');

    const icsDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
    const icsFile = await icsDownload;
    expect(icsFile.suggestedFilename()).toBe('follow-up-reminders-2026-11-28.ics');
    const calendar = ICAL.Component.fromString(await readFile(await icsFile.path(), 'utf8'));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    // Blue Bay is archived: only the two calls still ahead.
    expect(events.map((event) => [event.startDate.toString(), event.summary]).sort()).toEqual([
      ['2026-11-30', 'Call Greenway Dental about the Office Manager job'],
      ['2026-12-15', 'Call Harbor Clinic, Inc. about the =Receptionist job'],
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
    // The message sits beside the button that caused it, in view.
    const said = page.getByRole('region', { name: 'Keep a copy' }).getByRole('status');
    await expect(said).toContainText('with 2 reminders');
    await expect(said).toBeInViewport();
  });

  test('fits a phone screen, cards out of view included', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
  });

  test('deletes only after confirmation, from storage too; axe passes with data', async ({ page }) => {
    await card(page, GREENWAY.company)
      .getByRole('button', { name: /^Log what happened/ })
      .click();
    await expectNoAxeViolations(page);

    await card(page, BLUE_BAY.company).getByRole('button', { name: 'Delete for Blue Bay Hotel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Blue Bay Hotel?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('This removes its dates, scripts and log from this browser.');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(
      card(page, BLUE_BAY.company).getByRole('button', { name: 'Delete for Blue Bay Hotel' }),
    ).toBeFocused();
    expect((await storedItems(page)).map((item) => item.company)).toContain(BLUE_BAY.company);

    await card(page, BLUE_BAY.company).getByRole('button', { name: 'Delete for Blue Bay Hotel' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(card(page, BLUE_BAY.company)).toHaveCount(0);
    await expect(card(page, GREENWAY.company).getByRole('heading', { level: 3 })).toBeFocused();
    expect((await storedItems(page)).map((item) => item.company).sort()).toEqual([
      GREENWAY.company,
      HARBOR.company,
    ]);
    expect(await page.evaluate(() => localStorage.getItem('cc:applications'))).not.toContain('Blue Bay');

    await page.reload();
    await expect(page.locator('.fu-list h3')).toHaveText([/^Greenway Dental/, /^Harbor Clinic/]);
  });
});

test.describe('with one interview saved', () => {
  test.beforeEach(async ({ page }) => {
    await openTracker(page);
    await addInterview(page, GREENWAY);
  });

  test('after a voicemail, the calendar file holds the email, and says so beside the button', async ({
    page,
  }) => {
    const greenway = card(page, GREENWAY.company);
    await greenway.getByRole('button', { name: /^Log what happened/ }).click();
    await greenway.getByLabel('What happened').selectOption({ label: 'Left a voicemail' });
    await greenway.getByRole('button', { name: 'Add to log' }).click();
    await expect(greenway.locator('.fu-headline')).toHaveText('You left a voicemail');

    const button = page.getByRole('button', { name: 'Download calendar (.ics)' });
    const downloading = page.waitForEvent('download');
    await button.click();
    const file = await downloading;
    const calendar = ICAL.Component.fromString(await readFile(await file.path(), 'utf8'));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    // Left on Saturday, November 28: the email is due a week on, Monday, December 7.
    expect(events.map((event) => [event.startDate.toString(), event.summary])).toEqual([
      ['2026-12-07', 'Email Greenway Dental about the Office Manager job'],
    ]);
    const said = page.getByRole('region', { name: 'Keep a copy' }).getByRole('status');
    await expect(said).toHaveText(
      'Downloaded follow-up-reminders-2026-11-28.ics with one reminder: open it to add them to your calendar.',
    );
    await expect(said).toBeInViewport();
  });

  test('warns before adding the same interview again, and opens the saved one', async ({ page }) => {
    await page.getByRole('button', { name: 'Add an interview' }).click();
    const form = page.locator('#fu-add-form');
    await form.getByLabel('Company').fill('greenway dental');
    await form.getByLabel('Job title').fill(GREENWAY.jobTitle);
    await form.getByLabel("Interviewer's name").fill(GREENWAY.interviewer);
    await form.getByLabel('Interview date', { exact: true }).fill(GREENWAY.date);
    await form.getByRole('button', { name: 'Add interview' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'You already have' });
    await expect(warning).toContainText(
      'You already have Greenway Dental (Office Manager), interview on Tue, Nov 17',
    );
    expect(await storedItems(page)).toHaveLength(1);
    await expectNoAxeViolations(page);
    await warning.getByRole('button', { name: 'Open the saved one' }).click();
    await expect(card(page, GREENWAY.company).getByRole('heading', { level: 3 })).toBeFocused();
    await expect(page.locator('#fu-add-form')).toBeHidden();
    expect(await storedItems(page)).toHaveLength(1);
  });

  test('a link with a broken escape in its hash opens the page without an error', async ({ page }) => {
    await page.goto(`${TRACKER}#%E0%A4%A`);
    await expect(card(page, GREENWAY.company)).toBeVisible();
  });
});

test('axe: every card is its own landmark, its log named by its interview', async ({ page }) => {
  await openTracker(page);
  await addInterview(page, GREENWAY);
  await addInterview(page, BLUE_BAY);
  await expect(page.getByRole('region', { name: /^Activity\W/ })).toHaveCount(2);
  await expect(
    page.getByRole('region', {
      name: /^Activity\W+Front Desk Agent at Blue Bay Hotel, interview Tue, Nov 10$/,
    }),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test.describe('forms loaded on the action that opens them', () => {
  // No service worker, so page.route can hold the forms' code back (a worker would answer first).
  test.use({ serviceWorkers: 'block' });

  test('none at load; edit, log and delete open and work by keyboard, focus landing as the code arrives', async ({
    page,
  }) => {
    await openTracker(page);
    await addInterview(page, GREENWAY);
    await addInterview(page, BLUE_BAY);
    // A visit with interviews saved: what it fetches before any interaction.
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.reload();
    await expect(page.locator('.fu-list h3')).toHaveCount(2);
    const atLoad = new Set(scripts);
    // Any script fetched from now on arrives late, as on a slow phone.
    await page.route('**/_astro/**', async (route) => {
      if (!atLoad.has(route.request().url())) await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });

    // Focus on Edit starts loading the forms; Enter before they arrive still ends in the form.
    const blueBay = card(page, BLUE_BAY.company);
    const warming = page.waitForRequest((request) => request.resourceType() === 'script');
    await blueBay.getByRole('button', { name: 'Edit for Blue Bay Hotel' }).focus();
    await warming;
    await page.keyboard.press('Enter');
    await expect(blueBay.getByLabel('Company')).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.type(' & Spa');
    await page.keyboard.press('Enter');
    await expect(card(page, 'Blue Bay Hotel & Spa').getByRole('heading', { level: 3 })).toBeFocused();
    await expect(page.locator('.fu-message')).toHaveText('Saved your changes to Blue Bay Hotel & Spa.');

    // The log: Enter opens it on "What happened"; an arrow chooses, Tab moves on, Enter adds.
    const greenway = card(page, GREENWAY.company);
    await greenway.getByRole('button', { name: /^Log what happened/ }).focus();
    await page.keyboard.press('Enter');
    await expect(greenway.getByLabel('What happened')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(greenway.getByLabel('What happened')).toHaveValue('left-voicemail');
    await page.keyboard.press('Tab');
    await expect(greenway.getByLabel('Date', { exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(greenway.locator('.fu-entries li')).toHaveText([/Sat, Nov 28\s*Left a voicemail/]);
    await expect(greenway.getByRole('button', { name: /^Log what happened/ })).toBeFocused();

    // Delete: the dialog opens on Cancel; Escape closes it and nothing is deleted.
    await greenway.getByRole('button', { name: 'Delete for Greenway Dental' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete Greenway Dental?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(greenway.getByRole('button', { name: 'Delete for Greenway Dental' })).toBeFocused();

    // Add: Enter on the toggle opens the form on its first field.
    await page.getByRole('button', { name: 'Add an interview' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#fu-add-form').getByLabel('Company')).toBeFocused();
    await expectNoAxeViolations(page);
    expect((await storedItems(page)).map((item) => item.company).sort()).toEqual([
      'Blue Bay Hotel & Spa',
      GREENWAY.company,
    ]);
  });
});
