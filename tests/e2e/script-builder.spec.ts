import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, COACH_BASE_URL } from './fixtures';
import { waitForIslands } from './data-helpers';

/**
 * The script builder in a real browser, with the clock fixed on Saturday, November 28,
 * 2026. An interview on Tuesday the 17th is called about on Monday the 30th (the next
 * weekday in its call window), so the texts say "on Tuesday, November 17": "last
 * Tuesday" would no longer be right on Monday.
 */
const NOW = new Date('2026-11-28T10:00:00');
const TOOL = 'tools/script-builder/';
const XSS = '<img src=x onerror=alert(1)>';
const COPY_BLOCKED = 'Copying was blocked: the text is selected, press Ctrl+C (or ⌘C) to copy it.';

const DETAILS: ReadonlyArray<[label: string, value: string]> = [
  ['Your full name', 'Zoë Ñúñez'],
  ['Your phone number', '(555) 010-0148'],
  ['Your email (optional)', 'zoe@example.com'],
  ['Job title', 'Office Manager'],
  ['Company', 'Greenway Dental & Co'],
  ["Interviewer's name", "Ms. O'Brien-Smith"],
  ['Interview date', '2026-11-17'],
  ["Interviewer's email (optional)", 'obrien@greenway.example'],
  ['Achievement 1', 'cut supply costs by 15%'],
];

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const panel = (page: Page) => page.getByRole('tabpanel');
const actionStatus = (page: Page) => panel(page).locator('.sb-action-status');

async function openTool(page: Page, path = TOOL): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
  // Lessons hydrate their tool when it scrolls into view; tool pages at once.
  await waitForIslands(page);
}

async function fillIn(page: Page, details = DETAILS): Promise<void> {
  for (const [label, value] of details) await page.getByLabel(label, { exact: true }).fill(value);
}

test('fill in the form, read the three texts, edit and reset the voicemail', async ({ page }) => {
  await openTool(page);
  await expect(page.getByLabel('Phone call text', { exact: true })).toHaveValue(/this is \[your full name\]/);
  await fillIn(page);
  await expect(page.locator('.sb-for')).toHaveText(
    'For: Office Manager at Greenway Dental & Co · Switch interview',
  );

  const phone = page.getByLabel('Phone call text', { exact: true });
  await expect(phone).toHaveValue(
    /^If they pick up\nHello Ms\. O'Brien-Smith, this is Zoë Ñúñez\. I interviewed with you on Tuesday, November 17, for the Office Manager position at Greenway Dental & Co\./,
  );
  await expect(phone).toHaveValue(/In our interview we talked about cut supply costs by 15%/);
  await expect(panel(page).locator('.sb-timing')).toContainText(
    /\d+ words: about [\w ]+ at an average pace of 150 words a minute\./,
  );
  await expect(panel(page).locator('.sb-checklist')).toContainText('6 of 6 done');

  await tab(page, 'Voicemail').click();
  const voicemail = page.getByLabel('Voicemail text', { exact: true });
  await expect(voicemail).toHaveValue(
    "Hi Ms. O'Brien-Smith, this is Zoë Ñúñez. I interviewed with you on Tuesday, November 17, for the Office Manager position at Greenway Dental & Co. " +
      "Thank you again for taking the time to meet with me; I enjoyed our conversation, and I'm still very interested in the role. " +
      'If you have any questions for me, please call me back at (555) 010-0148. ' +
      "Once more, that's (555) 010-0148. Thanks so much, and have a great day!",
  );
  // The read view marks where 10 seconds falls, and the sentence quotes the words reached by then.
  const [before = '', after = ''] = (await panel(page).locator('.sb-readview').innerText()).split('10 s');
  expect(`${before.trimEnd()} ${after.trimStart()}`).toBe(await voicemail.inputValue());
  expect(before).toContain('for the Office Manager position');
  const reached = (
    await panel(page)
      .getByText(/^At 10 seconds you reach: /)
      .innerText()
  ).match(/“…(.+)”$/)?.[1];
  expect(reached && before.trimEnd().endsWith(reached)).toBe(true);
  await expect(panel(page).getByRole('status').filter({ hasText: 'mark' })).toHaveText(
    /^Your name, the job and the interview day all come before the 10-second mark, in about \d+ seconds\.$/,
  );

  await tab(page, 'Email').click();
  await expect(page.getByLabel('Email subject', { exact: true })).toHaveValue(
    'Following up on the Office Manager interview – Zoë Ñúñez',
  );
  await expect(page.getByLabel('Email body', { exact: true })).toHaveValue(
    /^Dear Ms\. O'Brien-Smith,\n\nThank you again for meeting with me on Tuesday, November 17,/,
  );
  await expect(page.getByLabel('Email body', { exact: true })).toHaveValue(
    /Best regards,\nZoë Ñúñez\n\(555\) 010-0148\nzoe@example\.com$/,
  );

  // Edit: saved, noted, re-checked; the 10-second warning speaks up.
  await tab(page, 'Voicemail').click();
  const original = await voicemail.inputValue();
  await voicemail.fill(
    `Hello there, I hope you are having a wonderful week and that all is well at the office. ${original.replace(/please call me back at \(555\) 010-0148\. Once more, that's \(555\) 010-0148\. /, '')}`,
  );
  await expect(panel(page)).toContainText('You edited this text.');
  await expect(panel(page).getByRole('status').filter({ hasText: 'mark' })).toHaveText(
    /^Say your name, the job and the interview day before the 10-second mark\. .* after it\.$/,
  );
  await expect(panel(page).locator('.sb-checklist li', { hasText: 'Your phone number' })).toContainText(
    'missing',
  );
  await page.reload();
  await page.getByRole('tab', { name: 'Voicemail' }).click();
  await expect(voicemail).toHaveValue(/^Hello there, I hope/);
  await expect(panel(page)).toContainText('You edited this text.');

  await panel(page).getByRole('button', { name: 'Reset to generated' }).click();
  await expect(voicemail).toHaveValue(original);
  await expect(panel(page)).not.toContainText('You edited this text.');
  await expect(panel(page).locator('.sb-checklist')).toContainText('6 of 6 done');
});

test('a reload keeps everything, and the email link is encoded right', async ({ page }) => {
  await openTool(page);
  await fillIn(page);
  await tab(page, 'Email').click();
  await expect(panel(page).getByRole('link', { name: 'Open in email app' })).toBeVisible();
  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  for (const [label, value] of DETAILS)
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);

  await tab(page, 'Email').click();
  const subject = await page.getByLabel('Email subject', { exact: true }).inputValue();
  const body = await page.getByLabel('Email body', { exact: true }).inputValue();
  const href =
    (await panel(page).getByRole('link', { name: 'Open in email app' }).getAttribute('href')) ?? '';
  const [address, query = ''] = href.split('?');
  expect(address).toBe('mailto:obrien@greenway.example');
  const params = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]));
  expect(Object.keys(params)).toEqual(['subject', 'body']);
  expect(decodeURIComponent(params.subject!)).toBe(subject);
  expect(decodeURIComponent(params.body!)).toBe(body.replace(/\n/g, '\r\n'));
  expect(params.subject).toContain('%20');
  expect(href).not.toContain('+');
  expect(params.body).toContain('%0D%0A');
  expect(params.body).toContain('%26%20Co'); // "&" cannot end the body early
  expect(params.body).toContain('15%25');
});

test.describe('copy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the text to the clipboard', async ({ page }) => {
    await openTool(page);
    await fillIn(page);
    await tab(page, 'Voicemail').click();
    await panel(page).getByRole('button', { name: 'Copy' }).click();
    await expect(actionStatus(page)).toHaveText('Copied the voicemail to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.getByLabel('Voicemail text', { exact: true }).inputValue(),
    );
    await tab(page, 'Email').click();
    await panel(page).getByRole('button', { name: 'Copy body' }).click();
    await expect(actionStatus(page)).toHaveText('Copied the email to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.getByLabel('Email body', { exact: true }).inputValue(),
    );
  });
});

test('when the clipboard is refused, the text is selected and the message says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Clipboard.prototype, 'writeText', {
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
  });
  await openTool(page);
  await fillIn(page);
  await panel(page).getByRole('button', { name: 'Copy' }).click();
  await expect(actionStatus(page)).toHaveText(COPY_BLOCKED);
  await expect(page.getByLabel('Phone call text', { exact: true })).toBeFocused();
  const selection = await page.evaluate(() => {
    const area = document.activeElement as HTMLTextAreaElement;
    return { start: area.selectionStart, end: area.selectionEnd, length: area.value.length };
  });
  expect(selection.length).toBeGreaterThan(100);
  expect(selection).toMatchObject({ start: 0, end: selection.length });
  await expect(page.locator('main')).not.toContainText('Copied');
});

test('markup typed as a name stays text: nothing runs, no element is made', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await openTool(page);
  await fillIn(page, [...DETAILS.filter(([label]) => label !== 'Your full name'), ['Your full name', XSS]]);
  await expect(page.getByLabel('Phone call text', { exact: true })).toHaveValue(
    new RegExp(`this is ${XSS.replace(/[()]/g, '\\$&')}\\.`),
  );
  await tab(page, 'Voicemail').click();
  expect(await panel(page).locator('.sb-readview').innerText()).toContain(`this is ${XSS}.`);
  await tab(page, 'Email').click();
  const href =
    (await panel(page).getByRole('link', { name: 'Open in email app' }).getAttribute('href')) ?? '';
  expect(href).toContain(encodeURIComponent(XSS));
  await page.reload();
  await expect(page.getByLabel('Your full name', { exact: true })).toHaveValue(XSS);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('bad input gets an inline error and is not saved', async ({ page }) => {
  test.slow();
  await openTool(page);
  await fillIn(page);
  const phone = page.getByLabel('Your phone number', { exact: true });
  await phone.fill('555-CALL');
  await phone.blur();
  await expect(page.locator('#sb-phone-error')).toHaveText(
    'Use digits only; an extension can go at the end, like "ext 12".',
  );
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  const email = page.getByLabel("Interviewer's email (optional)", { exact: true });
  await email.fill('obrien at greenway');
  await email.blur();
  await expect(page.locator('#sb-interviewer-email-error')).toContainText(
    'does not look like an email address',
  );
  await tab(page, 'Email').click();
  await expect(panel(page).getByRole('button', { name: 'Open in email app' })).toBeDisabled();
  await expect(panel(page)).toContainText("To open it in your email app, fix the interviewer's email.");
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(phone).toHaveValue('(555) 010-0148');
  await expect(email).toHaveValue('obrien@greenway.example');
});

test('axe: no violations, empty and filled in, light and dark', async ({ page }) => {
  test.slow();
  await openTool(page);
  await expectNoAxeViolations(page);
  await fillIn(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const name of ['Phone call', 'Voicemail', 'Email']) {
      await tab(page, name).click();
      await expectNoAxeViolations(page);
    }
  }
});

test('keyboard only: Tab through the fields, arrows between the tabs', async ({ page }) => {
  await openTool(page);
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  for (let presses = 0; presses < 40 && (await focusedId()) !== 'sb-full-name'; presses++)
    await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('sb-full-name');
  const order = [
    'sb-full-name',
    'sb-phone',
    'sb-email',
    'sb-job-title',
    'sb-company',
    'sb-interviewer-name',
    'sb-interview-date',
  ];
  const values = ['Priya Shah', '555 010 0148', '', 'Office Manager', 'Greenway Dental', 'Ms. Alvarez'];
  for (const [index, id] of order.entries()) {
    expect(await focusedId()).toBe(id);
    if (id === 'sb-interview-date') {
      await page.keyboard.type('11172026');
      break;
    }
    if (values[index]) await page.keyboard.type(values[index]);
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue('2026-11-17');
  for (let presses = 0; presses < 20 && (await focusedId()) !== 'sb-tab-phone'; presses++)
    await page.keyboard.press('Tab');
  await expect(tab(page, 'Phone call')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Voicemail')).toBeFocused();
  await expect(tab(page, 'Voicemail')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Voicemail text', { exact: true })).toHaveValue(
    /^Hi Ms\. Alvarez, this is Priya Shah\./,
  );
  await page.keyboard.press('End');
  await expect(tab(page, 'Email')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab(page, 'Phone call')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Email')).toBeFocused();
  // One tab stop for the tab list: the next Tab goes into the panel.
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('sb-text-emailSubject');
});

test.describe('before the island starts', () => {
  test('what is typed as soon as the field shows is kept', async ({ page }) => {
    // Hold the scripts back, so the typing certainly comes first.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.clock.setFixedTime(NOW);
    await page.goto(TOOL, { waitUntil: 'commit' });
    const name = page.getByLabel('Your full name', { exact: true });
    await name.fill('Priya Shah');
    await page.getByLabel('Company', { exact: true }).fill('Greenway Dental');
    expect(await page.locator('astro-island').getAttribute('ssr')).toBe('');
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
    await expect(name).toHaveValue('Priya Shah');
    await expect(page.getByLabel('Phone call text', { exact: true })).toHaveValue(
      /this is Priya Shah\. .* at Greenway Dental\./,
    );
    await page.reload();
    await expect(name).toHaveValue('Priya Shah');
    await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Greenway Dental');
  });
});

test('print shows the chosen script alone, then the page comes back', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await openTool(page);
  await fillIn(page);
  await tab(page, 'Voicemail').click();
  await panel(page).getByRole('button', { name: 'Print' }).click();
  // The print view's code loads on the button (warmed as the pointer reaches it).
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main')).toBeHidden();
  await expect(page.locator('.script-print-view')).toBeVisible();
  await expect(page.locator('.script-print-title')).toHaveText(
    'Voicemail: Office Manager at Greenway Dental & Co',
  );
  expect(await page.locator('.script-print-text').innerText()).toBe(
    await page.getByLabel('Voicemail text', { exact: true }).inputValue(),
  );
  const size = await page
    .locator('.script-print-text')
    .evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.script-print-view')).toHaveCount(0);
  await expect(page.locator('main')).toBeVisible();
});

test('the voicemail tab leads to the practice timer', async ({ page }) => {
  await openTool(page);
  await tab(page, 'Voicemail').click();
  await expect(panel(page).getByRole('link', { name: 'Practice this voicemail' })).toHaveAttribute(
    'href',
    '/tools/practice/',
  );
});

test('layout: no sideways scrolling at 320 px; form beside the texts on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page);
  await fillIn(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const details = page.locator('.sb-details');
  const scripts = page.locator('.sb-scripts');
  expect((await scripts.boundingBox())!.y).toBeGreaterThan((await details.boundingBox())!.y);
  await page.setViewportSize({ width: 1280, height: 900 });
  const [left, right] = [(await details.boundingBox())!, (await scripts.boundingBox())!];
  expect(right.x).toBeGreaterThan(left.x + left.width - 1);
  expect(Math.abs(right.y - left.y)).toBeLessThan(5);
  expect(await page.locator('main [style]').count()).toBe(0);
});

test('on a phone: a link jumps from the form to the script and back; legends stay inside their box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openTool(page);
  await fillIn(page);
  await page.getByRole('link', { name: 'Jump to your script' }).click();
  const scripts = page.getByRole('heading', { name: 'Your scripts' });
  await expect(scripts).toBeFocused();
  await expect(scripts).toBeInViewport();
  await page.getByRole('link', { name: 'Back to your details' }).click();
  await expect(page.getByRole('heading', { name: 'Your details' })).toBeFocused();
  // A legend drawn across the top border would start above its fieldset's box.
  for (const fieldset of await page.locator('.sb-details fieldset').all()) {
    const box = (await fieldset.boundingBox())!;
    const legend = (await fieldset.locator('legend').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(box.y);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('link', { name: 'Jump to your script' })).toBeHidden();
});

test.describe('for a reader in the UK', () => {
  test.use({ locale: 'en-GB' });

  test("dates follow the reader's locale, the words stay US English", async ({ page }) => {
    await openTool(page);
    await fillIn(page);
    await expect(page.getByLabel('Phone call text', { exact: true })).toHaveValue(
      /I interviewed with you on Tuesday 17 November for the Office Manager position/,
    );
    await expect(page.locator('.sb-wording')).toHaveText(/texts give the interview’s date/);
  });
});

test('an edited voicemail whose day words will be wrong on the call day is flagged', async ({ page }) => {
  await openTool(page);
  await fillIn(page);
  await tab(page, 'Voicemail').click();
  const voicemail = page.getByLabel('Voicemail text', { exact: true });
  await voicemail.fill("Hi Ms. O'Brien-Smith, this is Zoë Ñúñez. We met last Tuesday. Thanks!");
  const note = panel(page).locator('.sb-stale');
  await expect(note).toHaveText(
    /your text says “last Tuesday”, which will not be right on Monday, November 30, the day you plan to call\. Say “on Tuesday, November 17” instead\./,
  );
  await expect(panel(page).getByRole('button', { name: 'Copy', exact: true })).toHaveAccessibleDescription(
    /^Check the day before you copy or print this/,
  );
  await expectNoAxeViolations(page);
});

test('the calculator flags an edited voicemail whose day will be wrong before it goes in the calendar', async ({
  page,
}) => {
  await openTool(page);
  await fillIn(page);
  await tab(page, 'Voicemail').click();
  await page
    .getByLabel('Voicemail text', { exact: true })
    .fill("Hi Ms. O'Brien-Smith, this is Zoë Ñúñez. I interviewed with you yesterday. Thanks!");
  await openTool(page, 'tools/when-to-call/');
  // The reminder's code loads as it comes into view.
  await page.getByRole('region', { name: 'Set a reminder' }).scrollIntoViewIfNeeded();
  const warning = page.locator('#wtc-stale-voicemail');
  await expect(warning).toContainText(
    /^Check the day before your voicemail script goes in the calendar: your text says “yesterday”, which will not be right on \w+day, \w+ \d+, the day you plan to call\. Say “(?:on|last) Tuesday, November 17” instead\./,
  );
  await expect(page.getByRole('button', { name: 'Add to calendar' })).toHaveAccessibleDescription(
    /^Check the day before your voicemail script goes in the calendar/,
  );
  await expectNoAxeViolations(page);
});

test("every field for the interviewer's name gives the same hint, in every tool", async ({ page }) => {
  const hint =
    /^As you will greet them: the name they gave you, or their title and surname, e\.g\. Ms\. Alvarez\.$/;
  for (const path of [TOOL, 'tools/when-to-call/', 'follow-ups/']) {
    await openTool(page, path);
    const fields = page.getByLabel("Interviewer's name", { exact: true });
    // The empty tracker's add form loads its code straight after the page; the calculator's
    // field sits in a closed section.
    await expect(fields.first(), path).toBeAttached();
    for (const field of await fields.all()) {
      const id = (await field.getAttribute('aria-describedby'))!.split(' ')[0]!;
      await expect(page.locator(`[id="${id}"]`), path).toHaveText(hint);
    }
  }
});

test('in the lesson: the builder works and axe passes', async ({ page }) => {
  test.slow();
  await openTool(page, 'lessons/prepare-your-script/');
  const builder = page.locator('.script-builder');
  await expect(builder).toHaveAttribute('data-pagefind-ignore', '');
  await expect(builder.getByRole('heading', { level: 3, name: 'Your details' })).toBeVisible();
  await builder.getByLabel('Your full name', { exact: true }).fill('Priya Shah');
  await expect(builder.getByLabel('Phone call text', { exact: true })).toHaveValue(/this is Priya Shah\./);
  await expectNoAxeViolations(page);
});

test.describe('under the /coach/ base path, for a returning visitor', () => {
  test.use({ baseURL: COACH_BASE_URL });

  test('saved details show after load, and every link follows the base path', async ({ page }) => {
    await page.addInitScript(() => {
      if (localStorage.getItem('cc:applications')) return;
      localStorage.setItem(
        'cc:profile',
        JSON.stringify({ version: 1, data: { fullName: 'Priya Shah', phone: '(555) 010-0148', email: '' } }),
      );
      localStorage.setItem(
        'cc:applications',
        JSON.stringify({
          version: 1,
          data: {
            activeId: 'a1',
            items: [
              {
                id: 'a1',
                company: 'Greenway Dental',
                jobTitle: 'Office Manager',
                interviewerName: 'Ms. Alvarez',
                interviewerEmail: 'd.alvarez@greenway.example',
                interviewerPhone: '+1 (555) 010-0142',
                interviewDate: '2026-11-17',
                createdAt: '2026-11-17T18:00:00.000Z',
              },
            ],
          },
        }),
      );
    });
    await openTool(page);
    await expect(page.getByLabel('Your full name', { exact: true })).toHaveValue('Priya Shah');
    await expect(page.locator('.sb-for a')).toHaveAttribute('href', '/coach/follow-ups/');
    await expect(panel(page).getByRole('link', { name: 'Call +1 (555) 010-0142' })).toHaveAttribute(
      'href',
      'tel:+15550100142',
    );
    await tab(page, 'Voicemail').click();
    await expect(panel(page).getByRole('link', { name: 'Practice this voicemail' })).toHaveAttribute(
      'href',
      '/coach/tools/practice/',
    );
    await tab(page, 'Email').click();
    await expect(panel(page).getByRole('link', { name: 'Open in email app' })).toHaveAttribute(
      'href',
      /^mailto:d\.alvarez@greenway\.example\?subject=Following%20up%20on%20the%20Office%20Manager%20interview/,
    );
    await expect(page.getByRole('link', { name: 'Prepare your script' })).toHaveAttribute(
      'href',
      '/coach/lessons/prepare-your-script/',
    );
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 700 } });

  test('the speaking time and checklist load as they come into view, or once the form is used', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await openTool(page);
    const checks = () => scripts.filter((path) => path.includes('/PanelChecks.'));
    await expect(panel(page)).toContainText('Loading the speaking time and checklist…');
    expect(checks()).toEqual([]);

    // The first Tab into the tool loads them, so they are there to be tabbed to; focus stays put.
    await page.getByLabel('Your full name', { exact: true }).focus();
    await expect(panel(page).getByRole('region', { name: /Checklist/ })).toHaveCount(1);
    await expect(page.getByLabel('Your full name', { exact: true })).toBeFocused();
    expect(checks()).toHaveLength(1);
    await panel(page)
      .getByRole('region', { name: /Checklist/ })
      .scrollIntoViewIfNeeded();
    await expect(panel(page).getByRole('region', { name: 'Speaking time' })).toContainText(
      'at an average pace',
    );
    await expectNoAxeViolations(page);
  });
});
