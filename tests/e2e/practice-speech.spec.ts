import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * "Check what I said (on this device)" with a stand-in for the browser's on-device
 * recogniser, injected before the page loads: it records every recogniser's `lang` and
 * `processLocally`, refuses (and records) a start without `processLocally = true`, and
 * emits a scripted reading on the page's timers, so Playwright's clock drives it.
 * Real recognition needs a browser with the on-device model; this checks everything
 * around it.
 */
type Script = { at: number; text: string }[];

async function fakeRecognition(page: Page, options: { answer: string; script?: Script }) {
  await page.addInitScript(
    ({ answer, script }) => {
      const log = {
        starts: [] as { lang: string; processLocally: unknown; track?: string }[],
        refused: 0,
        installs: 0,
      };
      (window as unknown as { speechLog: typeof log }).speechLog = log;
      let current = answer;
      class FakeRecognition extends EventTarget {
        static available(options: { langs: string[]; processLocally: boolean }) {
          return Promise.resolve(options.processLocally === true ? current : 'available');
        }
        static install() {
          log.installs += 1;
          current = 'available';
          return Promise.resolve(true);
        }
        lang = '';
        continuous = false;
        interimResults = false;
        processLocally = false;
        #timers: number[] = [];
        start(track?: MediaStreamTrack) {
          if (this.processLocally !== true) {
            log.refused += 1;
            throw new Error('SpeechRecognition started without processLocally = true');
          }
          log.starts.push({
            lang: this.lang,
            processLocally: this.processLocally,
            // The recording's microphone track, when the page shares it: kind and state.
            ...(track ? { track: `${track.kind} ${track.readyState}` } : {}),
          });
          const heard: string[] = [];
          for (const line of script) {
            this.#timers.push(
              window.setTimeout(() => {
                heard.push(line.text);
                const results = heard.map((transcript) => Object.assign([{ transcript }], { isFinal: true }));
                this.dispatchEvent(Object.assign(new Event('result'), { resultIndex: 0, results }));
              }, line.at),
            );
          }
        }
        stop() {
          for (const timer of this.#timers) clearTimeout(timer);
          void Promise.resolve().then(() => this.dispatchEvent(new Event('end')));
        }
        abort() {
          this.stop();
        }
      }
      Object.defineProperty(window, 'SpeechRecognition', { value: FakeRecognition, configurable: true });
    },
    { answer: options.answer, script: options.script ?? [] },
  );
}

/** Settings with the lead-in off, as stored. */
async function seedSettings(page: Page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem(
      'cc:settings',
      JSON.stringify({
        version: 1,
        data: { theme: 'system', sound: false, leadIn: false, targetSeconds: 10 },
      }),
    );
    sessionStorage.setItem('seeded', '1');
  });
}

async function openTimer(page: Page) {
  await page.goto('/tools/practice/');
  await expect(page.locator('.practice[data-ready]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
}

const checkBox = (page: Page) => page.getByLabel('Check what I said (on this device)');

const READING: Script = [
  { at: 1_800, text: 'Hi Ms. Alvarez, this is Jordan Lee.' },
  { at: 5_200, text: 'I interviewed with you last Tuesday for the office coordinator, um, position.' },
  { at: 9_000, text: 'Thanks again for your time.' },
  { at: 15_500, text: 'If any questions come up, please call me back at 312-555-0148. Have a great day!' },
];

test.describe('checking what was said, on the device only', () => {
  test('hears the key facts, says when, and never listens without processLocally', async ({ page }) => {
    test.slow(); // three axe passes
    await fakeRecognition(page, { answer: 'available', script: READING });
    await seedSettings(page);
    await page.clock.install();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await openTimer(page);
    await expectNoAxeViolations(page); // off

    const before = scripts.length;
    await checkBox(page).check();
    await expect(checkBox(page)).toBeChecked();
    await expect(page.getByText(/Checking this browser/)).toBeHidden();
    // The check's code came with the tick, not with the page.
    expect(scripts.slice(before).some((path) => /\/speech\.[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.slice(0, before).some((path) => /\/speech\.[\w-]+\.js$/.test(path))).toBe(false);

    await page.clock.pauseAt(new Date(Date.now() + 5_000));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(20_000);
    await page.getByRole('button', { name: 'Stop' }).click();

    const said = page.getByRole('region', { name: 'What you said' });
    await expect(said.getByRole('listitem')).toHaveText([
      '✓ Your name: heard at 1.8 s',
      '✓ The job title: heard at 5.2 s',
      '✓ The interview day: heard at 5.2 s',
      '✓ Your phone number: heard at 15.5 s',
    ]);
    await expect(said).toContainText(
      'Your name, the job and the interview day were all heard within 10 seconds.',
    );
    await expect(said).toContainText('1 filler word heard');
    await expect(said.locator('.practice-transcript mark').first()).toContainText('Jordan');
    await expect(page.locator('.practice').getByRole('status')).toContainText('What you said:');
    await page.clock.resume(); // axe waits on timers
    await expectNoAxeViolations(page); // result

    const log = await page.evaluate(() => (window as unknown as { speechLog: unknown }).speechLog);
    expect(log).toEqual({ starts: [{ lang: 'en-US', processLocally: true }], refused: 0, installs: 0 });
    const run = await page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('cc:practice') ?? '{}') as { data: { runs: unknown[] } }).data
          .runs[0],
    );
    expect(run).toMatchObject({
      outcome: 'complete',
      check: { inTime: 3, fillers: 1, transcript: expect.stringContaining('Jordan Lee') as unknown },
    });
  });

  test('passes axe while listening', async ({ page }) => {
    await fakeRecognition(page, { answer: 'available', script: READING });
    await seedSettings(page);
    await openTimer(page);
    await checkBox(page).check();
    await expect(checkBox(page)).toBeChecked();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expectNoAxeViolations(page); // listening
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('region', { name: /^Your last run/ })).toBeVisible();
  });

  test("with recording on too, the check listens to the recording's microphone track", async ({ page }) => {
    await fakeRecognition(page, { answer: 'available', script: READING });
    await seedSettings(page);
    await openTimer(page);
    await page.getByLabel('Record my practice').check();
    await checkBox(page).check();
    await expect(checkBox(page)).toBeChecked();
    // Both have loaded their code and asked for the microphone before the run starts.
    await expect(page.getByText('Checking the microphone…')).toBeHidden();
    await expect(page.getByText(/Checking this browser/)).toBeHidden();
    await page.getByRole('button', { name: 'Start' }).click();
    // The microphone opens first (a fake device here), then the recogniser starts on its track.
    await expect
      .poll(
        () =>
          page.evaluate(() => (window as unknown as { speechLog: { starts: unknown[] } }).speechLog.starts),
        { timeout: 15_000 },
      )
      .toEqual([{ lang: 'en-US', processLocally: true, track: 'audio live' }]);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('region', { name: /^Your last run/ })).toBeVisible();
  });

  test('offers the download where the language pack is missing, then switches on', async ({ page }) => {
    await fakeRecognition(page, { answer: 'downloadable' });
    await seedSettings(page);
    await openTimer(page);
    await checkBox(page).check();
    const download = page.getByRole('button', { name: 'Download speech recognition' });
    await expect(download).toBeVisible();
    await expect(page.getByText(/downloads the language pack once, then works offline/)).toBeVisible();
    await expectNoAxeViolations(page); // downloadable
    await download.click();
    await expect(checkBox(page)).toBeChecked();
    await expect(download).toBeHidden();
    expect(
      await page.evaluate(
        () => (window as unknown as { speechLog: { installs: number } }).speechLog.installs,
      ),
    ).toBe(1);
  });

  test('where the browser cannot listen on the device, the box is off with one sentence', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Chromium's own recogniser has no on-device check here: it must count as not offered.
      Reflect.deleteProperty(window, 'SpeechRecognition');
      Reflect.deleteProperty(window, 'webkitSpeechRecognition');
    });
    await openTimer(page);
    await expect(checkBox(page)).toBeDisabled();
    await expect(page.getByText(/This browser cannot listen on this device/)).toBeVisible();
    await expectNoAxeViolations(page); // unavailable
  });

  test.describe('with the microphone blocked', () => {
    test('says so next to the box, leaves it off, and the timer still works', async ({ page }) => {
      await fakeRecognition(page, { answer: 'available' });
      await page.addInitScript(() => {
        navigator.mediaDevices.getUserMedia = () =>
          Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      });
      await seedSettings(page);
      await openTimer(page);
      await checkBox(page).click();
      await expect(page.locator('#practice-speech-problem')).toHaveText(
        /The microphone is blocked for this site/,
      );
      await expect(checkBox(page)).not.toBeChecked();
      await expect(checkBox(page)).toHaveAttribute('aria-describedby', /practice-speech-problem/);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(page.getByRole('region', { name: /^Your last run/ })).toBeVisible();
      const log = await page.evaluate(
        () => (window as unknown as { speechLog: { starts: unknown[] } }).speechLog,
      );
      expect(log.starts).toEqual([]);
    });
  });
});
