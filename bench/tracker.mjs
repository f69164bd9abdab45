/**
 * Follow-up tracker with 200 interviews: how long /follow-ups/ takes to show them, and
 * how long the list takes to follow when one activity is logged.
 *
 * Seeds `cc:applications` (the stored envelope `{"version":1,"data":{items,activeId}}`,
 * as src/stores/applications.ts and src/lib/storage/stored-value.ts write it) with 200
 * interviews spread around today, a third with a log and a tenth archived, before
 * every load. Both times are taken inside the page (performance.now()), so the DevTools
 * round trip is left out:
 * - render: from navigation start to the moment every current interview's card is in
 *   the DOM (a MutationObserver installed before the page's own scripts), 5 loads;
 * - log: from the "Add to log" click to the new entry in the DOM, and to the next frame
 *   after it (a task queued from the next requestAnimationFrame), 10 entries.
 * Budgets: render ≤ 1000 ms (median), and the log update painted within 100 ms
 * (median), the RAIL "response" goal. A hook bench: see bench/hooks.mjs.
 *
 * Alone: `node bench/tracker.mjs http://localhost:4321/` against a served build.
 */
import { pathToFileURL } from 'node:url';

/** The report's heading. */
export const title = 'Follow-up tracker with 200 interviews';

const COUNT = 200;
const LOADS = 5;
const LOGS = 10;
const RENDER_BUDGET_MS = 1000;
const UPDATE_BUDGET_MS = 100;
const KINDS = ['left-voicemail', 'sent-email', 'called-spoke', 'they-replied', 'second-interview'];

const ms = (value) => Math.round(value * 10) / 10;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** `YYYY-MM-DD` of the local day `offset` days from now. */
function isoDay(offset) {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()]
    .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
    .join('-');
}

/** 200 valid applications: interviews from 60 days ago to 10 days ahead. */
export function seedApplications(count = COUNT) {
  const createdAt = new Date().toISOString();
  const items = Array.from({ length: count }, (_, index) => {
    const id = index.toString(16).padStart(20, '0');
    const interviewOffset = -60 + ((index * 7) % 71);
    const log =
      index % 3 === 0
        ? [
            {
              id: `${id.slice(0, 16)}a000`,
              kind: KINDS[index % KINDS.length],
              date: isoDay(Math.min(0, interviewOffset + 8)),
              note: `Note ${index}`,
            },
          ]
        : [];
    return {
      id,
      company: `Company ${index} Ltd`,
      jobTitle: ['Office Manager', 'Front Desk Agent', 'Receptionist', 'Data Analyst'][index % 4],
      interviewerName: `Interviewer ${index}`,
      interviewerEmail: index % 2 ? `person${index}@example.org` : '',
      interviewerPhone: index % 2 ? '555 010 0142' : '',
      interviewDate: isoDay(interviewOffset),
      givenDate: index % 5 === 0 ? isoDay(interviewOffset + 10) : '',
      givenDateMeaning: index % 10 === 0 ? 'decide-by' : 'call-on',
      achievements: [],
      scripts: {},
      log,
      archived: index % 10 === 9,
      createdAt,
    };
  });
  return { items, activeId: items[0].id };
}

/** One load of /follow-ups/: ms from navigation start until `expected` cards are in the list. */
async function timeRender(page, url, expected) {
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.__trackerShownAt, undefined, { timeout: 60_000 });
  const shownAt = await handle.jsonValue();
  const cards = await page.locator('.fu-list').first().locator(':scope > li').count();
  if (cards !== expected)
    throw new Error(`expected ${expected} cards, found ${cards}: did the seeded data load?`);
  return shownAt;
}

/** Log one voicemail on the first card: ms to the new entry in the DOM, and to the next frame. */
async function timeLog(page) {
  const card = page.locator('.fu-list > li article').first();
  await card.getByRole('button', { name: /^Log what happened/ }).click();
  await card.getByLabel('What happened').selectOption('left-voicemail');
  return card.evaluate(
    (article) =>
      new Promise((resolve, reject) => {
        const before = article.querySelectorAll('.fu-entry').length;
        const submit = article.querySelector('.fu-log-form button[type="submit"]');
        const timer = setTimeout(() => reject(new Error('the new entry never appeared')), 10_000);
        let start = 0;
        const observer = new MutationObserver(() => {
          if (article.querySelectorAll('.fu-entry').length <= before) return;
          const dom = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          // A task queued from the next animation frame runs once that frame is painted.
          requestAnimationFrame(() => setTimeout(() => resolve({ dom, frame: performance.now() - start })));
        });
        observer.observe(article, { childList: true, subtree: true });
        start = performance.now();
        submit.click();
      }),
  );
}

/** Run the bench against a served site; see bench/hooks.mjs for the contract. */
export async function run({ baseUrl, browser }) {
  const seed = seedApplications();
  const expected = seed.items.filter((item) => !item.archived).length;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(
      ({ stored, expected: count }) => {
        localStorage.setItem('cc:applications', stored);
        // Watch the list fill up from before the page's own scripts run.
        const observer = new MutationObserver(() => {
          const list = document.querySelector('.fu-list');
          if (list && list.children.length >= count) {
            window.__trackerShownAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      },
      { stored: JSON.stringify({ version: 1, data: seed }), expected },
    );

    const url = new URL('follow-ups/', baseUrl).href;
    await timeRender(page, url, expected); // warm-up: caches and compiled code, not counted
    const renders = [];
    for (let i = 0; i < LOADS; i += 1) renders.push(await timeRender(page, url, expected));
    const updates = [];
    for (let i = 0; i < LOGS; i += 1) updates.push(await timeLog(page));

    const renderMedian = ms(median(renders));
    const frameMedian = ms(median(updates.map((u) => u.frame)));
    const budget = (name, measured, limit, pass) => ({
      name,
      label: name,
      measured,
      detail: measured,
      limit,
      pass,
    });
    return {
      rows: [
        {
          label: 'Interviews stored (shown, archived)',
          value: `${COUNT} (${expected}, ${COUNT - expected})`,
        },
        {
          label: `Render /follow-ups/: navigation start to all cards shown, median of ${LOADS} (ms)`,
          value: renderMedian,
        },
        { label: 'Render /follow-ups/: worst (ms)', value: ms(Math.max(...renders)) },
        {
          label: `Log one entry: click to entry in the DOM, median of ${LOGS} (ms)`,
          value: ms(median(updates.map((u) => u.dom))),
        },
        { label: 'Log one entry: click to the next frame, median (ms)', value: frameMedian },
        {
          label: 'Log one entry: click to the next frame, worst (ms)',
          value: ms(Math.max(...updates.map((u) => u.frame))),
        },
      ],
      budgets: [
        budget(
          `Tracker render with ${COUNT} interviews ≤ ${RENDER_BUDGET_MS} ms`,
          `${renderMedian} ms median`,
          `≤ ${RENDER_BUDGET_MS} ms`,
          renderMedian <= RENDER_BUDGET_MS,
        ),
        budget(
          `Tracker update after logging ≤ ${UPDATE_BUDGET_MS} ms`,
          `${frameMedian} ms median`,
          `≤ ${UPDATE_BUDGET_MS} ms`,
          frameMedian <= UPDATE_BUDGET_MS,
        ),
      ],
      notes:
        'Times are taken in the page with performance.now(). Render runs from navigation start (HTML, scripts, ' +
        'hydration, reading and decoding the stored list, sorting by next action) to the last card in the DOM. The ' +
        'log update includes saving to localStorage, re-sorting all 200 and redrawing; the logged card moves in the list.',
    };
  } finally {
    await context.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { launchPlaywright } = await import('./chromium.mjs');
  const browser = await launchPlaywright();
  try {
    console.log(
      JSON.stringify(await run({ baseUrl: process.argv[2] ?? 'http://localhost:4321/', browser }), null, 2),
    );
  } finally {
    await browser.close();
  }
}
