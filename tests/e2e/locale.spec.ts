import { expect, expectNoAxeViolations, test } from './fixtures';
import { APPLICATION, envelope, FULL_STORAGE, seedOnce } from './data-helpers';

/**
 * Issue 16 item 10: a reader whose browser speaks British English sees British dates
 * ("Tuesday 24 November") and 24-hour times; the course's words stay US English.
 * Thursday, November 19, 2026, two days after a Tuesday interview, on London's clock.
 */
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const NOW = new Date('2026-11-19T10:00:00Z');

// An edited voicemail written the day after the interview: "yesterday" is wrong on the call day.
const EDITED = {
  ...APPLICATION,
  scripts: {
    voicemail: 'Hello, this is Ada Lovelace. I interviewed with you yesterday for the analyst role.',
  },
};

// 2:05 PM in London: a 12-hour clock would say "2:05 PM".
const AFTERNOON_RUN = {
  id: 'run-pm',
  at: '2026-11-18T14:05:00.000Z',
  seconds: 31.5,
  wordsPerMinute: 148,
  fit: true,
  textSource: 'sample',
  textPreview: 'Hello, this is Ada Lovelace calling about the analyst role',
};

test.describe('dates for an en-GB reader', () => {
  test('the calculator writes its days day-first', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await seedOnce(page, { 'cc:applications': envelope({ items: [APPLICATION], activeId: APPLICATION.id }) });
    await page.goto('tools/when-to-call/');
    const summary = page.locator('.wtc-summary');
    await expect(summary).toContainText('Suggested dayTuesday 24 November');
    await expect(summary).toContainText('Tuesday 24 November to Tuesday 1 December');
    await expect(page.locator('.wtc-advice')).toContainText('Wait 5 more days, until Tuesday 24 November.');
    await expect(page.locator('.timeline-date').first()).toHaveText('Tue 17 Nov');
    // The reminder loads as it comes near the screen.
    await page.locator('.wtc-reminder').scrollIntoViewIfNeeded();
    await expect(page.locator('.wtc-reminder')).toContainText('Tuesday 24 November, all day');
    // The course's own words stay US English.
    await expect(page.getByRole('heading', { name: 'Day by day after your interview' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the tracker writes its days day-first and flags a stale edited voicemail by the calendar download', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await seedOnce(page, { 'cc:applications': envelope({ items: [EDITED], activeId: EDITED.id }) });
    await page.goto('follow-ups/');
    await expect(page.locator('.fu-loading')).toHaveCount(0);
    const card = page.getByRole('article', { name: /^Analytical Engines Ltd/ });
    await expect(card.locator('.fu-when')).toHaveText('Next: Tuesday 24 November');
    await expect(card.locator('.fu-facts')).toContainText('Tuesday 17 November');
    await expect(card.locator('.fu-facts')).toContainText('Tue 24 Nov to Tue 1 Dec');

    // The downloads load as their section nears the screen.
    await page.getByRole('region', { name: 'Keep a copy' }).scrollIntoViewIfNeeded();
    const download = page.getByRole('button', { name: 'Download calendar (.ics)' });
    const warning = page.locator('#fu-stale-voicemails');
    await expect(warning).toContainText(
      'Check the day before the voicemail script for Analytical Engines Ltd goes in the calendar: your text says “yesterday”, which will not be right on Tuesday 24 November',
    );
    await expect(download).toHaveAttribute('aria-describedby', 'fu-stale-voicemails');
    // The warning sits next to the button, not far above it.
    const [warningBox, buttonBox] = await Promise.all([warning.boundingBox(), download.boundingBox()]);
    expect(Math.abs((buttonBox?.y ?? 0) - ((warningBox?.y ?? 0) + (warningBox?.height ?? 0)))).toBeLessThan(
      80,
    );
    await expectNoAxeViolations(page);
  });

  test('the home page’s Today writes its days day-first', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await seedOnce(page, { 'cc:applications': envelope({ items: [APPLICATION], activeId: APPLICATION.id }) });
    await page.goto('');
    await expect(page.locator('.today-summary')).toContainText('Call on Tuesday 24 November');
  });

  test('practice runs and backups show 24-hour times', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await seedOnce(page, {
      ...FULL_STORAGE,
      'cc:practice': envelope({ runs: [AFTERNOON_RUN], paceSince: null }),
    });
    await page.goto('my-data/');
    // Kept at 08:00 UTC, which is 08:00 in London in November.
    await expect(page.locator('.my-data-backup-list time')).toHaveText('20 Nov 2026, 08:00');
    await expectNoAxeViolations(page);

    await page.goto('tools/practice/');
    await page.locator('.practice-history').scrollIntoViewIfNeeded();
    await page.getByText('Show the runs as a table').click();
    const table = page.getByRole('table');
    await expect(table).toContainText('18 Nov, 14:05');
    await expect(table).not.toContainText('PM');
  });
});
