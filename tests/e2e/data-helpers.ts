/**
 * Helpers for the data-layer tests (my-data.spec.ts, storage-failures.spec.ts,
 * storage-limits.spec.ts): stored values in their real format, seeding them before a page
 * loads, storage that is full or throws, reading storage back, the tool pages present in
 * this build, and the fixture's checks for extra pages.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, sitemapPaths } from './fixtures';
import { lessonsDone } from './course';

/** Every store's name; its key is `cc:<name>`. */
export const STORE_NAMES = ['progress', 'settings', 'profile', 'applications', 'practice'] as const;

/** One store's name. */
export type StoreName = (typeof STORE_NAMES)[number];

/** The tool pages the course plans; a test uses those the build has. */
export const TOOL_PATHS = [
  '/tools/when-to-call/',
  '/tools/script-builder/',
  '/tools/practice/',
  '/follow-ups/',
] as const;

/** A stored value in its envelope, as the stores write it. */
export function envelope(data: unknown, version = 1): string {
  return JSON.stringify({ version, data });
}

/** A profile, filled in. */
export const PROFILE = { fullName: 'Ada Lovelace', phone: '+44 20 7946 0000', email: 'ada@example.org' };

/** An interview as the applications store keeps it. */
export const APPLICATION = {
  id: 'app-1',
  company: 'Analytical Engines Ltd',
  jobTitle: 'Data analyst',
  interviewerName: 'Charles Babbage',
  interviewerEmail: 'charles@example.org',
  interviewerPhone: '020 7946 0001',
  interviewDate: '2026-11-17',
  givenDate: '',
  givenDateMeaning: 'call-on',
  achievements: ['Cut report time by half'],
  scripts: {},
  log: [],
  archived: false,
  createdAt: '2026-11-17T16:00:00.000Z',
};

const RUN = {
  id: 'run-1',
  at: '2026-11-20T09:30:00.000Z',
  seconds: 12.4,
  wordsPerMinute: 152,
  fit: true,
  textSource: 'sample',
  textPreview: 'Hello, this is Ada Lovelace calling about the analyst role',
};

/** A returning visitor's storage: every store filled, and one backup kept. */
export const FULL_STORAGE: Record<string, string> = {
  'cc:profile': envelope(PROFILE),
  'cc:applications': envelope({
    items: [APPLICATION, { ...APPLICATION, id: 'app-2', company: 'Difference Co', archived: true }],
    activeId: 'app-1',
  }),
  'cc:practice': envelope({
    runs: [RUN, { ...RUN, id: 'run-2', at: '2026-11-21T10:00:00.000Z' }],
    paceSince: null,
  }),
  'cc:progress': envelope({ done: ['when-to-call', 'prepare-your-script'] }),
  'cc:settings': envelope({ theme: 'dark', sound: false, leadIn: true, targetSeconds: 15 }),
  'cc:backup:progress:2026-11-20T08:00:00.000Z': '{"version":1,"data":{"done":"oops"',
};

/** What My data says about FULL_STORAGE. */
export const FULL_SUMMARY = `2 interviews (1 archived), 2 practice runs, ${lessonsDone(2)}`;

/**
 * Put these values in localStorage before the page's first script runs, on the first
 * load of this tab only (a reload then shows what the page did with them).
 */
export async function seedOnce(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
}

/** Save these interviews (the first one active) before the page's first load in this tab. */
export async function seedApplications(
  page: Page,
  items: readonly ({ id: string } & Record<string, unknown>)[],
): Promise<void> {
  await seedOnce(page, { 'cc:applications': envelope({ activeId: items[0]?.id ?? null, items }) });
}

/** Put these values in localStorage before every load of the page. */
export async function seedEveryLoad(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
}

/** Fill the page's localStorage to the last character, as a browser near its quota would be. */
export async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Halving the chunk that no longer fits reaches the last free character whatever the quota.
    let size = 1 << 20;
    for (let i = 0; size >= 1;) {
      try {
        localStorage.setItem(`e2e-filler-${i}`, 'x'.repeat(size));
        i++;
      } catch {
        size >>= 1;
      }
    }
  });
}

/** Make any access to localStorage throw from the page's first script on, as some private modes do. */
export async function throwOnStorageAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
}

/** Everything in the page's localStorage. */
export function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...localStorage }));
}

/** The tool pages this build has, from its sitemap. */
export async function builtToolPaths(page: Page): Promise<string[]> {
  const paths = await sitemapPaths(page);
  // Every tool must be built: a missing one fails here instead of being quietly left out.
  expect(paths).toEqual(expect.arrayContaining([...TOOL_PATHS]));
  return [...TOOL_PATHS];
}

/**
 * Wait until every island on the page has hydrated (Astro drops `ssr` then), scrolling
 * those that wait to be visible (`client:visible`, in lessons) into view.
 */
export async function waitForIslands(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island[ssr]').all()) {
    await island.scrollIntoViewIfNeeded({ timeout: 1_000 }).catch(() => {});
  }
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * The fixture's checks for a page it does not watch (a second page, another context):
 * console errors, uncaught errors and requests to other origins. Call the result at the end.
 */
export function watchPage(page: Page, origin: string): () => void {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin)
      problems.push(`request to another origin: ${url}`);
  });
  return () => expect(problems, problems.join('\n')).toEqual([]);
}

/** A fresh context's new page, watched like the fixture's own. */
export async function watchedPage(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; check: () => void }> {
  const page = await context.newPage();
  return { page, check: watchPage(page, origin) };
}
