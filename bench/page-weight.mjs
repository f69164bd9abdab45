/**
 * Page weight: what each page loads before any interaction (load event, then 500 ms of
 * network quiet), and the running total after the reader opens search once (focus the
 * header field, type "voicemail", wait for results). A fresh browser context a page, so
 * nothing comes from cache. Requests a service worker makes on its own (precaching) are
 * not the page's and are not counted.
 */
import { logResources, summarize } from './resource-log.mjs';

const SEARCH_INPUT = '#site-search-input';
const SEARCH_RESULT = '#site-search-results li';
const SEARCH_TERM = 'voicemail';

/** The JavaScript files a page loaded, heaviest (gzip) first, as site paths. */
function scriptsBySize(entries) {
  return entries
    .filter((e) => e.kind === 'js')
    .map((e) => ({ path: new URL(e.url).pathname, raw: e.raw, gzip: e.gzip }))
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * Measure one page.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
export async function measurePage(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const log = logResources(page);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await log.idle();
    const before = summarize(log.entries);
    const scripts = scriptsBySize(log.entries);

    let afterSearch = null;
    let searchError = null;
    if ((await page.locator(SEARCH_INPUT).count()) > 0) {
      try {
        await page.focus(SEARCH_INPUT);
        await page.keyboard.type(SEARCH_TERM);
        await page.locator(SEARCH_RESULT).first().waitFor({ state: 'visible', timeout: 15_000 });
        await log.idle();
        afterSearch = summarize(log.entries);
      } catch (error) {
        searchError = String(error.message ?? error).split('\n')[0];
      }
    } else {
      searchError = 'no search field';
    }
    return { before, afterSearch, searchError, scripts };
  } finally {
    await context.close();
  }
}

/**
 * Measure every page in `pages` (site paths) under `origin`, one after another.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4600
 * @param {{ path: string, kind: string }[]} pages
 */
export async function measurePageWeights(browser, origin, pages) {
  const results = [];
  for (const { path, kind } of pages) {
    try {
      results.push({ path, kind, ...(await measurePage(browser, origin + path)) });
    } catch (error) {
      results.push({ path, kind, error: String(error.message ?? error).split('\n')[0] });
    }
    const last = results.at(-1);
    console.log(`  weight ${path}: ${last.error ?? `${(last.before.jsGzip / 1024).toFixed(1)} KB gzip JS`}`);
  }
  return results;
}
