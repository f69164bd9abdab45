import type { Page } from '@playwright/test';
import { expect, sitemapPaths, test, COACH_BASE_URL } from './fixtures';
import {
  APPLICATION,
  STORE_NAMES,
  builtToolPaths,
  envelope,
  fillStorage,
  readStorage,
  seedEveryLoad,
  seedOnce,
  throwOnStorageAccess,
  waitForIslands,
  watchedPage,
  type StoreName,
} from './data-helpers';
import { lessonsDone } from './course';

/**
 * What happens when storage lets the user down: unreadable saved values, storage that
 * throws on access, a full quota, and two pages open at once. In every case the page
 * keeps working, nothing saved is lost, and a notice says what happened.
 */
const RECOVERED =
  'Some saved data could not be read, so that part started afresh. A copy of it was kept: see My data.';
const NEWER =
  'Some of your data was saved by a newer version of Callback Coach; it is left untouched, and changes to it on this page are not saved. Reload to get the newest version, or see My data.';
const SAVING_OFF =
  'Saving is off in this browser: what you enter is lost when you reload or leave this page. See My data to export.';
const STORAGE_FULL =
  'This browser’s storage is full: your latest changes are kept only while this page is open. See My data.';
const LESSON = '/lessons/when-to-call/';

const notice = (page: Page) => page.locator('storage-notice');
const toggle = (page: Page) => page.locator('progress-toggle button');

/** The notice is open, shows exactly this sentence, and links to My data. */
async function expectNotice(page: Page, sentence: string, myData = '/my-data/'): Promise<void> {
  await expect(notice(page)).toHaveAttribute('data-open', '');
  await expect(notice(page).locator('[role="status"]')).toHaveText(sentence, { useInnerText: true });
  await expect(notice(page).getByRole('link', { name: 'My data' })).toHaveAttribute('href', myData);
}

/** A value of the right JSON but the wrong shape, for each store. */
const WRONG_TYPES: Record<StoreName, string> = {
  progress: envelope({ done: 'when-to-call' }),
  settings: envelope({ theme: 42 }),
  profile: envelope({ fullName: ['Ada'] }),
  applications: envelope({ items: { 0: APPLICATION } }),
  practice: envelope({ runs: [{ id: 1 }] }),
};

const UNREADABLE: { what: string; raw: (name: StoreName) => string; tooNew?: boolean }[] = [
  { what: 'text that is not JSON', raw: () => '{"version":1,"data":{' },
  { what: 'the wrong types', raw: (name) => WRONG_TYPES[name] },
  {
    what: 'a __proto__ key in a broken envelope',
    raw: () => '{"__proto__":{"polluted":"yes"},"version":"1","data":{}}',
  },
  { what: 'a string over the size cap', raw: () => envelope({ note: 'x'.repeat(2_200_000) }) },
  { what: 'a version from the future', raw: () => envelope({ fromTheFuture: true }, 99), tooNew: true },
];

/** How My data names each store's backup. */
const LABELS: Record<StoreName, string> = {
  progress: 'Lesson progress',
  settings: 'Settings',
  profile: 'Your contact details',
  applications: 'Interviews',
  practice: 'Practice history',
};

test.describe('unreadable saved values', () => {
  for (const name of STORE_NAMES) {
    for (const { what, raw: rawOf, tooNew } of UNREADABLE) {
      test(`cc:${name} holding ${what}: pages work, a copy is kept, the notice links to My data`, async ({
        page,
      }) => {
        const raw = rawOf(name);
        // Seeded before every load, as if each page found it so.
        await seedEveryLoad(page, { [`cc:${name}`]: raw });

        await page.goto(LESSON);
        await expect(page.locator('h1')).toBeVisible();
        if (name === 'progress') await expectNotice(page, tooNew ? NEWER : RECOVERED);
        await toggle(page).click();
        // Progress from a newer version is left untouched: the tick is refused, and the note says so.
        if (name === 'progress' && tooNew) {
          await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
          await expect(page.locator('progress-toggle .note')).toHaveText(
            /^Not changed: your lesson progress/,
          );
        } else await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

        await page.goto('/my-data/');
        await waitForIslands(page);
        await expect(page.locator('h1')).toHaveText('My data');
        await expectNotice(page, tooNew ? NEWER : RECOVERED);
        expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();

        const stored = await readStorage(page);
        const copies = Object.entries(stored).filter(([key]) => key.startsWith(`cc:backup:${name}:`));
        // The same unreadable text, found on two page loads, is kept once.
        expect(copies.map(([, value]) => value)).toEqual([raw]);
        // A newer version's value is left where it is; any other is replaced once copied.
        if (tooNew) expect(stored[`cc:${name}`]).toBe(raw);
        else expect(stored[`cc:${name}`]).not.toBe(raw);
        const listed = page.locator('.my-data-backup-list li');
        await expect(listed).toHaveCount(1);
        await expect(listed).toContainText(LABELS[name]);
        if (tooNew) {
          await expect(
            page.getByText(
              /(was|were) saved by a newer version of Callback Coach, and (is|are) left untouched/,
            ),
          ).toBeVisible();
          await expect(page.getByText(/could not be read and was started afresh/)).toHaveCount(0);
        } else {
          await expect(
            page.getByText(
              `On this visit, ${LABELS[name].toLowerCase()} could not be read and was started afresh.`,
            ),
          ).toBeVisible();
        }
      });
    }
  }

  test('every page works with every value unreadable at once', async ({ page }) => {
    test.slow();
    await seedEveryLoad(page, Object.fromEntries(STORE_NAMES.map((name) => [`cc:${name}`, '{not json'])));
    for (const path of await sitemapPaths(page)) {
      await test.step(path, async () => {
        await page.goto(path);
        await waitForIslands(page);
        await expect(page.locator('h1')).toBeVisible();
      });
    }
    await page.goto('/my-data/');
    await waitForIslands(page);
    await expectNotice(page, RECOVERED);
    await expect(page.locator('.my-data-backup-list li')).toHaveCount(STORE_NAMES.length);
  });

  test('unknown fields and __proto__ keys in a good value are dropped, not reset', async ({ page }) => {
    const junk = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"extra":1';
    const withJunk = (data: object) => `{"version":1,"data":{${junk},${JSON.stringify(data).slice(1)}}`;
    await seedOnce(page, {
      'cc:progress': withJunk({ done: ['when-to-call'] }),
      'cc:settings': withJunk({ theme: 'light' }),
      'cc:profile': withJunk({ fullName: 'Ada Lovelace' }),
      'cc:applications': withJunk({ items: [APPLICATION], activeId: APPLICATION.id }),
      'cc:practice': withJunk({ runs: [] }),
    });
    await page.goto('/my-data/');
    await waitForIslands(page);
    await expect(page.locator('.my-data-summary')).toHaveText(
      `1 interview, 0 practice runs, ${lessonsDone(1)}.`,
    );
    await expect(notice(page)).not.toHaveAttribute('data-open', '');
    await expect(page.locator('.my-data-backups')).toContainText('None yet.');
    expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
  });
});

test.describe('storage that throws on access', () => {
  test.beforeEach(({ page }) => throwOnStorageAccess(page));

  test('a lesson still ticks off, in memory, and the note says saving is off', async ({ page }) => {
    await page.goto(LESSON);
    await expectNotice(page, SAVING_OFF);
    // Probed at load: the note says so before the first click, and never "Saved".
    await expect(page.locator('progress-toggle .note')).toHaveText(
      /^This browser does not let Callback Coach save anything/,
    );
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('progress-toggle .note')).toHaveText(/^Not saved: this browser does not let/);
    await expect(page.locator('.lesson-aside li[data-slug="when-to-call"]')).toHaveAttribute('data-done', '');
  });

  test('every tool page works, and keeps what is typed for the visit', async ({ page }) => {
    for (const path of await builtToolPaths(page)) {
      await test.step(path, async () => {
        await page.goto(path);
        await waitForIslands(page);
        await expect(page.locator('h1')).toBeVisible();
        await expectNotice(page, SAVING_OFF);
        const field = page
          .locator('main')
          .locator(
            'input[type="date"], input[type="text"], input[type="email"], input[type="tel"], input:not([type]), textarea',
          )
          .first();
        const value =
          (await field.getAttribute('type')) === 'date'
            ? '2026-11-17'
            : (await field.getAttribute('inputmode')) === 'numeric'
              ? '15'
              : 'Greenway Dental';
        await field.fill(value);
        await field.blur();
        await expect(field).toHaveValue(value);
        await expect(page.locator('h1')).toBeVisible();
      });
    }
  });

  test('My data says so, and export still works', async ({ page }) => {
    await page.goto('/my-data/');
    await waitForIslands(page);
    await expect(page.locator('.my-data-status')).toHaveText(
      'Saving is off in this browser (private mode or storage disabled): what you enter lasts only while this page is open, and is lost when you reload or follow a link. Export your data to keep it.',
      { useInnerText: true },
    );
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    expect((await downloading).suggestedFilename()).toMatch(/^callback-coach-data-.+\.json$/);
  });
});

test.describe('a full storage quota', () => {
  test('a change that cannot be saved is kept for the visit, with a notice; what was saved stays', async ({
    page,
  }) => {
    const saved = envelope({ done: ['why-it-works'] });
    await seedOnce(page, { 'cc:progress': saved });
    await page.goto(LESSON);
    await fillStorage(page);
    await page.reload();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.lesson-aside li[data-slug="why-it-works"]')).toHaveAttribute('data-done', '');
    // The test write at load fails: the page says storage is full before anything is changed.
    await expectNotice(page, STORAGE_FULL);
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('progress-toggle .note')).toHaveText(
      /^Not saved: this browser’s storage is full/,
    );
    await expect(page.locator('progress-toggle .note')).not.toHaveText(/Saved in this browser/);
    expect((await readStorage(page))['cc:progress']).toBe(saved);
  });
});

test.describe('the storage notice', () => {
  test('can be dismissed, and hands focus to the page', async ({ page }) => {
    await seedEveryLoad(page, { 'cc:progress': 'not json' });
    await page.goto(LESSON);
    await expectNotice(page, RECOVERED);
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice(page)).not.toHaveAttribute('data-open', '');
    await expect(notice(page).getByText(RECOVERED)).toBeHidden();
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('the storage notice under a base path', () => {
  test.use({ baseURL: COACH_BASE_URL });

  test('links to My data under the base path', async ({ page }) => {
    await seedEveryLoad(page, { 'cc:progress': 'not json' });
    await page.goto('lessons/when-to-call/');
    await expectNotice(page, RECOVERED, '/coach/my-data/');
  });
});

test.describe('two pages open at once', () => {
  test('a lesson ticked in one shows in the other without a reload', async ({ page, context, baseURL }) => {
    await page.goto('/');
    await expect(page.locator('.progress-summary .count')).toHaveText(lessonsDone(0));
    const { page: other, check } = await watchedPage(context, new URL(baseURL ?? '').origin);
    await other.goto('/my-data/');
    await waitForIslands(other);
    const lesson = await context.newPage();
    await lesson.goto(LESSON);
    await lesson.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.locator('.progress-summary .count')).toHaveText(lessonsDone(1));
    await expect(other.locator('.my-data-summary')).toHaveText(
      `0 interviews, 0 practice runs, ${lessonsDone(1)}.`,
    );
    await lesson.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.locator('.progress-summary .count')).toHaveText(lessonsDone(0));
    check();
  });
});
