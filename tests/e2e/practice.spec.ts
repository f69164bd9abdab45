import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PAGE = '/tools/practice/';

/** Settings as stored (`cc:settings`); the lead-in is off unless a test wants it. */
function seedSettings(
  page: Page,
  settings: { leadIn?: boolean; sound?: boolean; targetSeconds?: number } = {},
) {
  const data = { theme: 'system', sound: false, leadIn: false, targetSeconds: 10, ...settings };
  return page.addInitScript(
    (value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('cc:settings', value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    JSON.stringify({ version: 1, data }),
  );
}

/** Open the timer and wait until it has hydrated. */
async function openTimer(page: Page, path = PAGE) {
  await page.goto(path);
  await expect(page.locator('.practice[data-ready]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
}

type SavedRun = { seconds: number; fit: boolean; textSource: string; outcome: string };

/** The saved runs, from storage. */
async function savedRuns(page: Page): Promise<SavedRun[]> {
  const raw = await page.evaluate(() => localStorage.getItem('cc:practice'));
  return raw ? (JSON.parse(raw) as { data: { runs: SavedRun[] } }).data.runs : [];
}

/** Install Playwright's clock and hold it still, so runs last exactly what runFor says. */
async function holdClock(page: Page) {
  await page.clock.install();
  return async () => page.clock.pauseAt(new Date(Date.now() + 5_000));
}

const timer = (page: Page) => page.getByRole('timer');
/** The timer's own live region (the page has others, such as the storage notice). */
const status = (page: Page) => page.locator('.practice').getByRole('status');

test.describe('voicemail practice timer', () => {
  test('a 9.5-second run shows 9.5 and is saved', async ({ page }) => {
    const pause = await holdClock(page);
    await seedSettings(page);
    await openTimer(page);
    await expect(page.getByRole('heading', { name: 'Sample voicemail (made-up details)' })).toBeVisible();
    await pause();

    await page.getByRole('button', { name: 'Start' }).click();
    await expect(status(page)).toHaveText('Started. Read your voicemail aloud now.');
    await page.clock.runFor(9_500);
    await page.getByRole('button', { name: 'Stop' }).click();

    await expect(timer(page)).toContainText('9.5');
    const result = page.getByRole('region', { name: 'Your last run' });
    await expect(result).toContainText('Whole message');
    await expect(result).toContainText('9.5 s');
    await expect(status(page)).toHaveText(/^Stopped at 9\.5 seconds, \d+ words a minute\./);
    const runs = await savedRuns(page);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ seconds: 9.5, fit: true, textSource: 'sample' });
    await page.clock.runFor(500); // let the history redraw
    await expect(page.getByText(/Your pace: \d+ words a minute \(from your last run\)/)).toBeVisible();
  });

  test('the lead-in counts down first and the run starts when it ends', async ({ page }) => {
    const pause = await holdClock(page);
    await seedSettings(page, { leadIn: true, sound: true });
    await openTimer(page);
    await pause();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText('Starting in 3…')).toBeVisible();
    await page.clock.runFor(3_000);
    await expect(status(page)).toHaveText('Started. Read your voicemail aloud now.');
    await page.clock.runFor(9_500);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(timer(page)).toContainText('9.5');
    expect((await savedRuns(page))[0]?.seconds).toBe(9.5);
  });

  test('the clock marks the key-facts target and keeps going; a full reading is scored, never "overtime"', async ({
    page,
  }) => {
    const pause = await holdClock(page);
    await seedSettings(page, { sound: true });
    await openTimer(page);
    await expect(page.getByText('Key facts by 10 s · whole message 20–40 s')).toBeVisible();
    await pause();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(12_000);
    await expect(status(page)).toHaveText(/^10 seconds: your key facts should be said by now\./);
    await expect(timer(page)).not.toContainText('10.0');
    await page.clock.runFor(10_400);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(timer(page)).toContainText('22.4');
    const result = page.getByRole('region', { name: 'Your last run' });
    await expect(result).toContainText('within the 10-second target');
    await expect(result).toContainText('The whole message took 22.4 s, within the 20 to 40 seconds');
    await expect(page.locator('.practice')).not.toContainText(/overtime/i);
    expect((await savedRuns(page))[0]).toMatchObject({ seconds: 22.4, fit: true, outcome: 'complete' });
  });

  test('a run stopped early is kept as incomplete, not scored', async ({ page }) => {
    const pause = await holdClock(page);
    await seedSettings(page);
    await openTimer(page);
    await pause();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(7_000);
    await page.getByRole('button', { name: 'Stop' }).click();
    const result = page.getByRole('region', { name: 'Your last run: incomplete' });
    await expect(result).toContainText('That was faster than anyone can read it aloud: did you stop early?');
    await expect(result).not.toContainText('within');
    expect((await savedRuns(page))[0]).toMatchObject({ seconds: 7, fit: false, outcome: 'too-fast' });
    await page.locator('.practice-history').scrollIntoViewIfNeeded();
    await page.clock.runFor(500); // a paused clock holds Preact's effects: the chart loads when they run
    await page.getByText('Show the runs as a table').click();
    await expect(page.getByRole('table')).toContainText('Incomplete: not scored');
  });

  test('runs with the keyboard alone: Space on the page, then Tab to the button and Enter', async ({
    page,
  }) => {
    const pause = await holdClock(page);
    await seedSettings(page);
    await openTimer(page);
    await pause();

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.clock.runFor(9_500);
    await page.keyboard.press('Space');
    await expect(timer(page)).toContainText('9.5');
    expect(await page.evaluate(() => window.scrollY)).toBe(0); // Space did not scroll the page

    const start = page.getByRole('button', { name: 'Start' });
    for (
      let presses = 0;
      presses < 40 && !(await start.evaluate((el) => el === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');
    const stop = page.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeFocused();
    await page.clock.runFor(5_000);
    await page.keyboard.press('Enter');
    await expect(start).toBeFocused();
    await expect(timer(page)).toContainText('5.0');
    expect((await savedRuns(page)).map((run) => run.seconds)).toEqual([9.5, 5]);
  });

  test('records an attempt with the microphone, plays it back, and discards it', async ({ page }) => {
    await page.addInitScript(() => {
      // Keep every stream handed out, to check the microphone is let go.
      const streams: MediaStream[] = [];
      (window as unknown as { streams: MediaStream[] }).streams = streams;
      const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await open(constraints);
        streams.push(stream);
        return stream;
      };
    });
    await seedSettings(page);
    await openTimer(page);
    const toggle = page.getByLabel('Record my practice');
    await toggle.check();
    await expect(page.getByText('Checking the microphone…')).toBeHidden();
    await expect(toggle).toBeChecked();
    await expect(page.locator('#practice-record-problem')).toHaveCount(0);

    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForTimeout(1_500);
    await page.getByRole('button', { name: 'Stop' }).click();

    const audio = page.locator('.practice-take audio');
    await expect(audio).toHaveAttribute('src', /^blob:/);
    await expect
      .poll(() => audio.evaluate((el: HTMLAudioElement) => el.readyState >= 1 || el.duration > 0), {
        timeout: 10_000,
      })
      .toBe(true);
    // The microphone was opened twice (the check when ticked, then the take) and let go both times.
    const tracks = await page.evaluate(() =>
      (window as unknown as { streams: MediaStream[] }).streams.flatMap((stream) =>
        stream.getTracks().map((track) => track.readyState),
      ),
    );
    expect(tracks).toEqual(['ended', 'ended']);

    await page.getByRole('button', { name: 'Discard recording' }).click();
    await expect(audio).toHaveCount(0);
    await expect(toggle).toBeFocused();
    expect(await savedRuns(page)).toHaveLength(1);
  });

  test.describe('without microphone permission', () => {
    test('says so next to the toggle, and timing still works', async ({ page }) => {
      await page.addInitScript(() => {
        navigator.mediaDevices.getUserMedia = () =>
          Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      });
      const pause = await holdClock(page);
      await seedSettings(page);
      await openTimer(page);
      const toggle = page.getByLabel('Record my practice');
      await toggle.click(); // ticks, then unticks itself once the browser says no
      await expect(page.locator('#practice-record-problem')).toHaveText(
        /The microphone is blocked for this site/,
      );
      await expect(toggle).not.toBeChecked();

      await pause();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(9_500);
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(timer(page)).toContainText('9.5');
      expect((await savedRuns(page))[0]?.seconds).toBe(9.5);
    });
  });

  test('a returning visitor sees their settings and runs after hydration', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem(
        'cc:settings',
        JSON.stringify({
          version: 1,
          data: { theme: 'system', sound: false, leadIn: false, targetSeconds: 15 },
        }),
      );
      const run = (day: number, seconds: number) => ({
        id: `run${day}`,
        at: `2026-01-0${day}T10:00:00.000Z`,
        seconds,
        wordsPerMinute: 140 + day,
        fit: true,
        textSource: 'sample',
        textPreview: 'Hi',
      });
      localStorage.setItem(
        'cc:practice',
        JSON.stringify({ version: 1, data: { runs: [run(1, 14), run(2, 12), run(3, 11)], paceSince: null } }),
      );
    });
    await openTimer(page);
    await expect(page.getByLabel('Key facts target (seconds)')).toHaveValue('15');
    await expect(page.getByText('Key facts by 15 s · whole message 20–40 s')).toBeVisible();
    await expect(page.getByLabel(/Count down 3, 2, 1/)).not.toBeChecked();
    await expect(page.getByText('Your pace: 142 words a minute (median of your last 3 runs)')).toBeVisible();
    // The chart's code loads when the history scrolls into view (the stored runs were migrated to version 2).
    await page.locator('.practice-history').scrollIntoViewIfNeeded();
    await expect(
      page.getByRole('img', { name: /^Your last 3 scored runs, oldest first: 14\.0, 12\.0, 11\.0 seconds/ }),
    ).toBeVisible();
    await page.getByText('Show the runs as a table').click();
    await expect(page.getByRole('table', { name: 'Your last 3 runs, newest first' })).toBeVisible();

    await page.getByRole('button', { name: 'Reset my pace' }).click();
    await expect(page.getByText(/Your pace: not measured yet/)).toBeVisible();
    expect(
      await page.evaluate(
        () =>
          (JSON.parse(localStorage.getItem('cc:practice') ?? '{}') as { data: { paceSince: unknown } }).data
            .paceSince,
      ),
    ).toMatch(/^\d{4}-/);
  });

  test('a returning visitor practises their own voicemail, as edited in the script builder', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const text =
        'Hello Mr. Chen, this is Sam Rivera. I interviewed with you on Monday, January 5, for the Data Analyst position at Acme. Please call me at 555-0199.';
      localStorage.setItem(
        'cc:profile',
        JSON.stringify({ version: 1, data: { fullName: 'Sam Rivera', phone: '555-0199', email: '' } }),
      );
      localStorage.setItem(
        'cc:applications',
        JSON.stringify({
          version: 1,
          data: {
            activeId: 'app1',
            items: [
              {
                id: 'app1',
                company: 'Acme',
                jobTitle: 'Data Analyst',
                interviewerName: 'Mr. Chen',
                interviewerEmail: '',
                interviewerPhone: '',
                interviewDate: '2026-01-05',
                givenDate: '',
                givenDateMeaning: 'call-on',
                achievements: [],
                scripts: { voicemail: text },
                log: [],
                archived: false,
                createdAt: '2026-01-05T12:00:00.000Z',
              },
            ],
          },
        }),
      );
    });
    const pause = await holdClock(page);
    await seedSettings(page);
    await openTimer(page);
    await expect(
      page.getByRole('heading', { name: 'Your voicemail for Data Analyst at Acme' }),
    ).toBeVisible();
    await expect(page.locator('.practice-text mark.key-facts')).toContainText('this is Sam Rivera');
    await expect(page.locator('.practice-text')).toContainText('Please call me at 555-0199.');
    await pause();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(8_000);
    await page.getByRole('button', { name: 'Stop' }).click();
    expect((await savedRuns(page))[0]).toMatchObject({ seconds: 8, textSource: 'voicemail' });
  });

  test('has no accessibility violations before and after a run, light and dark', async ({ page }) => {
    test.slow(); // four axe passes
    await seedSettings(page);
    await openTimer(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForTimeout(1_200);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('region', { name: 'Your last run: incomplete' })).toBeVisible();
    await page.locator('.practice-history').scrollIntoViewIfNeeded();
    await page.getByText('Show the runs as a table').click();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('fits a 320-pixel screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await seedSettings(page);
    await openTimer(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForTimeout(1_100);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.locator('.practice-history').scrollIntoViewIfNeeded();
    await page.getByText('Show the runs as a table').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('server HTML has no style attribute and names no one', async ({ page }) => {
    const html = await (await page.request.get(PAGE)).text();
    const island = html.slice(html.indexOf('<astro-island'), html.indexOf('</astro-island>'));
    expect(island).not.toMatch(/\sstyle=/);
    expect(island).not.toContain('Alvarez');
    expect(island).toContain('role="timer"');
  });
});

test.describe('practice timer in the voicemail lesson', () => {
  test('wakes up when scrolled to, works, leaves Space to the page, and passes axe', async ({ page }) => {
    test.slow(); // two axe passes over a long page
    await seedSettings(page);
    await page.goto('/lessons/leave-a-voicemail/');
    const island = page.locator('.practice');
    await island.scrollIntoViewIfNeeded();
    await expect(page.locator('.practice[data-ready]')).toBeAttached();
    await expect(
      island.getByRole('heading', { level: 3, name: 'Sample voicemail (made-up details)' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await expect(island.getByRole('button', { name: 'Start' })).toBeVisible();

    await island.getByRole('button', { name: 'Start' }).click();
    await page.waitForTimeout(1_100);
    await island.getByRole('button', { name: 'Stop' }).click();
    await expect(island.getByRole('region', { name: 'Your last run' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
