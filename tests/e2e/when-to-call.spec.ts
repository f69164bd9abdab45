import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, COACH_BASE_URL } from './fixtures';
import { seedApplications, waitForIslands } from './data-helpers';

/**
 * The when-to-call tool in a real browser, with the clock and time zone set by the test.
 * The instant below is Thursday, November 19 in Los Angeles and already Friday,
 * November 20 in Auckland: "today" must be the device's own day, not UTC's.
 */
const NOW = new Date('2026-11-19T20:00:00Z');
const TOOL = 'tools/when-to-call/';

const advice = (page: Page) => page.locator('.wtc-advice');
const suggestedDay = (page: Page) =>
  page.locator('.wtc-summary div', { hasText: 'Suggested day' }).locator('dd');
const timelineRow = (page: Page, text: string) => page.locator('.timeline li', { hasText: text });

async function openTool(page: Page, path = TOOL): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
  // Lessons hydrate their tool when it scrolls into view; tool pages at once.
  await waitForIslands(page);
}

async function eventOf(download: Download): Promise<{ raw: string; event: ICAL.Event }> {
  const raw = await readFile(await download.path(), 'utf8');
  const [vevent] = ICAL.Component.fromString(raw).getAllSubcomponents('vevent');
  if (!vevent) throw new Error('No VEVENT in the file');
  return { raw, event: new ICAL.Event(vevent) };
}

for (const { timezoneId, today, waitDays } of [
  { timezoneId: 'Pacific/Auckland', today: 'Fri, Nov 20', waitDays: 4 },
  { timezoneId: 'America/Los_Angeles', today: 'Thu, Nov 19', waitDays: 5 },
]) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('dates in, advice and a calendar file out; a reload keeps them', async ({ page }) => {
      await openTool(page);
      await expect(advice(page)).toHaveText('Enter your interview date to see when to call.');
      await page.getByLabel('Interview date').fill('2026-11-17');
      await expect(advice(page)).toContainText('Too soon to call');
      await expect(advice(page)).toContainText(`Wait ${waitDays} more days, until Tuesday, November 24.`);
      await expect(suggestedDay(page)).toHaveText('Tuesday, November 24');
      await expect(timelineRow(page, 'Today')).toContainText(today);
      await expect(timelineRow(page, 'Suggested day')).toContainText('Tue, Nov 24');

      await page.getByText('Details for your reminder', { exact: true }).click();
      await page.getByLabel('Company').fill('Smith, Jr.; PhD Dental 😀');
      await page.getByLabel('Job title').fill('Office Manager');
      await page.getByLabel("Interviewer's name").fill('Zoë Ñúñez');
      await page.getByLabel("Interviewer's phone (optional)").fill('(555) 010-0142');
      await expect(page.locator('.wtc-for')).toHaveText(
        /For: Office Manager at Smith, Jr.; PhD Dental 😀\s*Switch interview/,
      );

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Add to calendar' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('call-smith-jr-phd-dental-2026-11-24.ics');
      const { raw, event } = await eventOf(download);
      expect(raw).toContain('\r\nDTSTART;VALUE=DATE:20261124\r\n');
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe('2026-11-24');
      expect(event.endDate.toString()).toBe('2026-11-25');
      expect(event.summary).toBe('Call Smith, Jr.; PhD Dental 😀 about the Office Manager job');
      expect(event.description).toContain('Smith, Jr.; PhD Dental 😀');
      expect(event.description).toContain('Ask for: Zoë Ñúñez');
      expect(event.description).toContain('Call: (555) 010-0142');
      await expect(page.getByText(/^Downloaded call-smith-jr-phd-dental-2026-11-24\.ics/)).toBeVisible();

      // Google Calendar opens in a new tab; what goes to Google is said beside the button.
      await page.evaluate(() => {
        window.open = (url?: string | URL) => {
          document.body.dataset['opened'] = String(url);
          return null;
        };
      });
      const google = page.getByRole('button', { name: /Open in Google Calendar/ });
      await expect(google).toHaveAccessibleDescription(/phone numbers go to Google/);
      await google.click();
      await expect(page.locator('body')).toHaveAttribute('data-opened', /^https:\/\/calendar\.google\.com\//);
      const href = new URL((await page.locator('body').getAttribute('data-opened')) ?? '');
      expect(href.origin + href.pathname).toBe('https://calendar.google.com/calendar/render');
      expect(href.searchParams.get('dates')).toBe('20261124/20261125');

      await page.reload();
      await expect(page.getByLabel('Interview date')).toHaveValue('2026-11-17');
      await expect(page.getByLabel('Company')).toHaveValue('Smith, Jr.; PhD Dental 😀');
      await expect(advice(page)).toContainText(`Wait ${waitDays} more days`);
    });
  });
}

test.describe('the date they gave', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('the radio says what the date means, and the reminder follows it', async ({ page }) => {
    await openTool(page);
    await page.getByLabel('Interview date').fill('2026-11-17');
    const meaning = page.getByRole('group', { name: 'What did they say about that date?' });
    await expect(meaning).toBeHidden();
    await page.getByLabel('Date they gave you (optional)').fill('2026-11-27');
    await expect(meaning.getByLabel('Call me on this day')).toBeChecked();
    await expect(suggestedDay(page)).toHaveText('Friday, November 27');
    await meaning.getByLabel('We will decide by this day').check();
    // The second working day after a Friday decision: Tuesday.
    await expect(suggestedDay(page)).toHaveText('Tuesday, December 1');
    await expect(page.locator('.wtc-basis')).toContainText('decide by Friday, November 27');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const { event } = await eventOf(await downloading);
    expect(event.startDate.toString()).toBe('2026-12-01');

    await page.reload();
    await expect(page.getByLabel('We will decide by this day')).toBeChecked();
  });

  test('a returning visitor with a full profile gets the voicemail and their number in the event', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (localStorage.getItem('cc:profile')) return;
      localStorage.setItem(
        'cc:profile',
        JSON.stringify({
          version: 1,
          data: { fullName: 'Priya Shah', phone: '(555) 010-0148', email: '' },
        }),
      );
    });
    await openTool(page);
    await page.getByLabel('Interview date').fill('2026-11-17');
    await page.getByText('Details for your reminder', { exact: true }).click();
    await page.getByLabel('Company').fill('Greenway Dental');
    await page.getByLabel('Job title').fill('Office Manager');
    await page.getByLabel("Interviewer's name").fill('Ms. Alvarez');
    await expect(page.locator('.wtc-reminder')).toContainText('your voicemail script');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const { event } = await eventOf(await downloading);
    expect(event.description).toContain('Your number (to leave in a voicemail): (555) 010-0148');
    expect(event.description).toContain('If you reach voicemail, say:\nHi Ms. Alvarez, this is Priya Shah.');
    expect(event.description).toContain('November 17');
  });
});

test.describe('checks', () => {
  test.use({ timezoneId: 'Pacific/Auckland' });

  test('errors show next to the field, and bad input is not saved', async ({ page }) => {
    await openTool(page);
    const interview = page.getByLabel('Interview date');
    await interview.fill('2026-11-17');
    await interview.blur();
    await expect(advice(page)).toContainText('Too soon to call');
    await interview.fill('2028-01-04');
    await interview.blur();
    await expect(page.locator('#wtc-interview-date-error')).toHaveText(
      'That is more than a year from today. Check the year.',
    );
    await expect(interview).toHaveAttribute('aria-invalid', 'true');
    await expect(advice(page)).toHaveText('Fix the date marked above to see when to call.');

    await page.reload();
    await expect(interview).toHaveValue('2026-11-17');
    const given = page.getByLabel('Date they gave you (optional)');
    await given.fill('2026-11-10');
    await expect(page.locator('#wtc-given-date-error')).toHaveText(
      'This date is before your interview. Check both dates.',
    );
    await expect(page.locator('body')).not.toContainText(/NaN|Invalid Date/);
  });

  test('an impossible date typed into the field gets a message', async ({ page }) => {
    await openTool(page);
    const interview = page.getByLabel('Interview date');
    await interview.click();
    await page.keyboard.type('02302026');
    await interview.blur();
    await expect(page.locator('#wtc-interview-date-error')).toHaveText(
      'Check this date: it is incomplete, or that day does not exist.',
    );
  });

  test('axe: no violations with values entered and with errors shown', async ({ page }) => {
    await openTool(page);
    await page.getByLabel('Interview date').fill('2026-11-17');
    await page.getByLabel('Date they gave you (optional)').fill('2026-11-20');
    await page.getByText('Details for your reminder', { exact: true }).click();
    await page.getByLabel('Company').fill('Greenway Dental');
    await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);

    await page.getByLabel('Date they gave you (optional)').fill('2026-11-10');
    await page.getByLabel("Interviewer's phone (optional)").fill('call me');
    await page.getByLabel("Interviewer's phone (optional)").blur();
    await expect(page.locator('.field-error')).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test('keyboard only: Tab to the fields, type the dates, pick the meaning, Enter on "Add to calendar"', async ({
    page,
  }) => {
    await openTool(page);
    const tabTo = async (name: string) => {
      for (let presses = 0; presses < 40; presses++) {
        if (
          await page.evaluate((label) => {
            const active = document.activeElement;
            return (
              active?.id === label ||
              active?.textContent?.trim() === label ||
              (active as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() === label
            );
          }, name)
        )
          return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await tabTo('wtc-interview-date');
    await page.keyboard.type('11172026');
    await tabTo('wtc-given-date');
    await page.keyboard.type('11202026');
    await tabTo('Call me on this day');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('We will decide by this day')).toBeChecked();
    // The second working day after a Friday decision: Tuesday.
    await expect(suggestedDay(page)).toHaveText('Tuesday, November 24');
    await tabTo('Add to calendar');
    const button = page.getByRole('button', { name: 'Add to calendar' });
    await expect(button).toBeFocused();
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const { event } = await eventOf(await downloading);
    expect(event.startDate.toString()).toBe('2026-11-24');
  });

  test('text typed before the island hydrates is kept and saved', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_astro\/WhenToCall\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(TOOL, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Interview date').fill('2026-11-17');
    release();
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
    await expect(advice(page)).toContainText('Too soon to call');
    await expect(page.getByLabel('Interview date')).toHaveValue('2026-11-17');
    await page.reload();
    await expect(page.getByLabel('Interview date')).toHaveValue('2026-11-17');
  });
});

test.describe('in the lesson', () => {
  test('the lesson embeds the calculator, outside the search index', async ({ page }) => {
    await openTool(page, 'lessons/when-to-call/');
    const island = page.locator('.lesson-body .when-to-call');
    await expect(island).toHaveAttribute('data-pagefind-ignore', '');
    await island.getByLabel('Interview date').fill('2026-11-17');
    await expect(island.locator('.wtc-advice')).toContainText('Too soon to call');
    await expect(
      island.getByRole('heading', { level: 3, name: 'Day by day after your interview' }),
    ).toBeVisible();
    // The tool styles come with the island.
    expect(await island.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
    await expectNoAxeViolations(page);
  });
});

test.describe('under a base path', () => {
  test.use({ baseURL: COACH_BASE_URL, timezoneId: 'America/Los_Angeles' });

  test('every link the island makes follows the base path', async ({ page }) => {
    await seedApplications(page, [
      {
        id: 'a1',
        company: 'Greenway Dental',
        interviewDate: '2026-10-27',
        createdAt: '2026-10-27T18:00:00.000Z',
      },
    ]);
    await openTool(page);
    await expect(page.getByLabel('Interview date')).toHaveValue('2026-10-27');
    await expect(advice(page)).toContainText('Your call window has passed');
    await expect(page.getByRole('link', { name: 'How to follow up by email instead' })).toHaveAttribute(
      'href',
      '/coach/lessons/email-instead/',
    );
    await expect(page.getByRole('link', { name: 'Switch interview' })).toHaveAttribute(
      'href',
      '/coach/follow-ups/',
    );
  });
});

test.describe('after a voicemail', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('only the email day and its reminder show', async ({ page }) => {
    await seedApplications(page, [
      {
        id: 'a1',
        company: 'Greenway Dental',
        jobTitle: 'Office Manager',
        interviewerName: 'Ms. Alvarez',
        interviewerEmail: 'alvarez@example.com',
        interviewDate: '2026-11-10',
        createdAt: '2026-11-10T18:00:00.000Z',
        log: [{ id: 'l1', kind: 'left-voicemail', date: '2026-11-18', note: '' }],
      },
    ]);
    await openTool(page);
    await expect(advice(page)).toContainText("You left a voicemail yesterday, so don't call again.");
    await expect(page.locator('.wtc-summary')).toHaveText(/^Email day\s*Wednesday, November 25$/);
    const tool = page.locator('.when-to-call');
    await expect(tool.getByText('Suggested day', { exact: true })).toHaveCount(0);
    await expect(tool.getByText('Call window', { exact: true })).toHaveCount(0);
    await expect(page.locator('.wtc-basis')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Day by day after your interview' })).toHaveCount(0);

    const reminder = page.getByRole('region', { name: 'Set a reminder to email' });
    // The reminder's code loads as it comes into view.
    await reminder.scrollIntoViewIfNeeded();
    await expect(reminder).toContainText('Wednesday, November 25, all day: “Email Greenway Dental');
    const downloading = page.waitForEvent('download');
    await reminder.getByRole('button', { name: 'Add to calendar' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('email-greenway-dental-2026-11-25.ics');
    const { event } = await eventOf(download);
    expect(event.startDate.toString()).toBe('2026-11-25');
    expect(event.summary).toBe('Email Greenway Dental about the Office Manager job');
    expect(event.description).toContain('alvarez@example.com');
    await expect(reminder.getByRole('status')).toContainText(
      'Downloaded email-greenway-dental-2026-11-25.ics',
    );
    await expectNoAxeViolations(page);
  });
});

test.describe('on a wide screen', () => {
  test.use({ timezoneId: 'America/Los_Angeles', viewport: { width: 1280, height: 900 } });

  test('the timeline is a calendar whose weeks start on Monday, with the decision day marked', async ({
    page,
  }) => {
    await openTool(page);
    // Tuesday, November 17: the first day sits in the Tuesday column, under "Tue".
    await page.getByLabel('Interview date').fill('2026-11-17');
    await page.getByLabel('Date they gave you (optional)').fill('2026-11-20');
    await page.getByLabel('We will decide by this day').check();
    const headings = page.locator('.timeline-weekdays span');
    await expect(headings).toHaveText(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const rows = page.locator('.timeline li');
    const left = async (index: number) => (await rows.nth(index).boundingBox())?.x ?? -1;
    const columnLeft = async (index: number) => (await headings.nth(index).boundingBox())?.x ?? -2;
    expect(Math.round(await left(0))).toBe(Math.round(await columnLeft(1)));
    // Day 6, Monday, November 23, starts the second row, in the Monday column.
    await expect(rows.nth(6)).toContainText('Mon, Nov 23');
    expect(Math.round(await left(6))).toBe(Math.round(await columnLeft(0)));
    await expect(timelineRow(page, 'Decision day')).toContainText('Fri, Nov 20');
    await expectNoAxeViolations(page);
  });

  test('says when it saves a new interview, and where to see it', async ({ page }) => {
    await openTool(page);
    await page.getByLabel('Interview date').fill('2026-11-17');
    await expect(page.getByText(/Saved in this browser as a new interview/)).toHaveCount(0);
    await page.getByLabel('Interview date').blur();
    const note = page.getByRole('status').filter({ hasText: 'Saved in this browser as a new interview' });
    await expect(note.getByRole('link', { name: 'Your follow-ups' })).toHaveAttribute('href', '/follow-ups/');
  });
});

test.describe('loading on the way', () => {
  test.use({ timezoneId: 'America/Los_Angeles', viewport: { width: 375, height: 700 } });

  test("the reminder's code loads as it comes into view, not with the page", async ({ page }) => {
    await seedApplications(page, [
      {
        id: 'a1',
        company: 'Greenway Dental',
        jobTitle: 'Office Manager',
        interviewerName: 'Ms. Alvarez',
        interviewDate: '2026-11-17',
        createdAt: '2026-11-17T18:00:00.000Z',
        log: [],
      },
    ]);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await openTool(page);
    await expect(suggestedDay(page)).toHaveText('Tuesday, November 24');
    const reminder = page.getByRole('region', { name: 'Set a reminder' });
    await expect(reminder).toContainText('Loading the reminder…');
    expect(scripts.filter((path) => path.includes('/CalendarActions.'))).toEqual([]);

    await reminder.scrollIntoViewIfNeeded();
    await expect(reminder).toContainText('Tuesday, November 24, all day: “Call Greenway Dental');
    expect(scripts.filter((path) => path.includes('/CalendarActions.'))).toHaveLength(1);
    await expect(reminder.getByRole('button', { name: 'Add to calendar' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
